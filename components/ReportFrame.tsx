import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReportFrameMessage } from '../utils/overlay/report-frame';
import { focusablesIn } from './dialog-focus';

export interface ReportFrameProps {
  src: string;
  title: string;
  onClose: () => void;
  /** Escape pressed inside the frame: the dialog around it should close. */
  onEscape: () => void;
}

/**
 * The form's own focus() is refused when it loads more than a few seconds after the key press that
 * opened it (a frame of another origin needs the user's recent activation), so the dialog moves the
 * focus into the frame when it is ready, unless the reader has moved on since the dialog opened; and
 * wraps it to the dialog's start when Tab leaves the form's last field.
 */
function moveFocus(frame: HTMLIFrameElement, kind: 'ready' | 'tab-out'): void {
  const dialog = frame.closest('[role="dialog"]');
  if (!dialog) return;
  if (kind === 'tab-out') {
    focusablesIn(dialog)[0]?.focus();
    return;
  }
  const active = (frame.getRootNode() as Document | ShadowRoot).activeElement;
  if (!active || active === dialog.querySelector('h2') || active === document.body) frame.focus();
}

/** Hosts the extension's report form page; grows with its content and closes when it asks. */
export function ReportFrame({ src, title, onClose, onEscape }: ReportFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(600);
  useEffect(() => {
    const onMessage = (event: MessageEvent<ReportFrameMessage>) => {
      // Only our own frame's messages count; the page can post messages too.
      if (event.source !== frame.current?.contentWindow || event.data?.source !== 'wetsignaal-report') return;
      const kind = event.data.kind;
      if (kind === 'close') onClose();
      else if (kind === 'escape') onEscape();
      else if (kind === 'ready' || kind === 'tab-out') moveFocus(frame.current!, kind);
      else if (event.data.height > 0 && event.data.height < 10_000) setHeight(event.data.height);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onClose, onEscape]);
  return <iframe ref={frame} class="ws-report-frame" src={src} title={title} style={{ height: `${height}px` }} />;
}
