import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportFrameMessage } from '../utils/overlay/report-frame';

export interface ReportFrameProps {
  src: string;
  title: string;
  onClose: () => void;
  /** Escape pressed inside the frame: the dialog around it should close. */
  onEscape: () => void;
}

/** Hosts the extension's report form page; grows with its content and closes when it asks. */
export function ReportFrame({ src, title, onClose, onEscape }: ReportFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const onMessage = (event: MessageEvent<ReportFrameMessage>) => {
      // Only our own frame's messages count; the page can post messages too.
      if (event.source !== frame.current?.contentWindow || event.data?.source !== 'wetsignaal-report') return;
      if (event.data.kind === 'close') onClose();
      else if (event.data.kind === 'escape') onEscape();
      else if (event.data.height > 0 && event.data.height < 10_000) setHeight(event.data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onClose, onEscape]);
  return <iframe ref={frame} class="ws-report-frame" src={src} title={title} style={{ height: `${height}px` }} />;
}
