// Splits a Chromium trace of one page load into the page's own main-thread work and the work the
// content script causes. The fixture pages carry no scripts of their own, so every JavaScript task on
// the page's main thread belongs to the extension; in the parser's own tasks (a document_start script
// runs there) only the script's events do. A frame (layout, pre-paint, paint) after the content
// script started is the extension's only when its own scripts alone changed the page since the frame
// before: the content script is injected before the page's `load`, and the page's last frames of its own
// load (the rest of the parse, fonts, images) often come after it.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; message?: string }; beginData?: { url?: string }; name?: string };
}

export interface MainThreadBreakdown {
  /** Main-thread task time of the page itself before the content script ran (parse, style, layout, paint). */
  pageOwnMs: number;
  /**
   * Tasks that ran JavaScript (recognition, messaging, mounting the overlay), less the frame rendering
   * that shared a task with a callback (an IntersectionObserver callback runs inside the frame it observes).
   */
  scriptMs: number;
  /**
   * The same tasks' thread (CPU) time: what the script itself costs, without the time the thread waited
   * for the CPU. On a shared machine wall time varies by a third between runs; this varies less.
   */
  scriptCpuMs: number;
  /** Style and layout the script forced synchronously inside its own tasks (part of scriptMs). */
  forcedLayoutMs: number;
  /**
   * Frames after the content script started that its own changes alone caused: the cost of laying out what
   * it inserted (see frameCauses).
   */
  inducedRenderMs: number;
  /** Longest script task, with the frame it ran in when that frame was the extension's. */
  longestScriptTaskMs: number;
  longestInducedTaskMs: number;
  /** Extension-caused tasks (script or induced rendering) longer than 50 ms. */
  tasksOver50: number;
  longestPageTaskMs: number;
  /**
   * Script time split at the content script's own trace time stamp (`console.timeStamp`), when it
   * sets it: up to `wetsignaal:mounted` (evaluating the script, the setup message, recognition,
   * mounting) and after (the articles near the viewport, late content).
   */
  phases: { loadMs: number; laterMs: number } | null;
}

export const MOUNTED_MARK = 'wetsignaal:mounted';

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'].join(',');

/** Events that only occur while JavaScript runs. */
const JS_EVENTS = new Set([
  'EvaluateScript', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'v8.compile', 'v8.run', 'V8.Execute',
  'v8.callFunction', 'FireAnimationFrame', 'FireIdleCallback', 'V8.StackGuard', 'V8.HandleInterrupts',
  'V8.BytecodeBudgetInterrupt', 'V8.BytecodeBudgetInterruptWithStackCheck',
]);
const RENDER_EVENTS = new Set(['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint', 'Layerize']);
/** Steps of a frame's rendering; inside a script event they are forced by it and stay script time. */
const FRAME_EVENTS = new Set([...RENDER_EVENTS, 'Commit', 'UpdateLayer', 'HitTest']);
/** Marks that the DOM or its styles changed, so the next frame lays out and paints again. */
const INVALIDATIONS = new Set(['ScheduleStyleRecalculation', 'InvalidateLayout']);

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

function isContentScript(e: TraceEvent): boolean {
  return e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').startsWith('chrome-extension://');
}

/** The main thread of the page's renderer: where the content script ran, else where the page was parsed. */
export function mainThread(events: TraceEvent[], pageUrl: string): Thread | null {
  const marker = events.find(isContentScript) ?? events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === pageUrl);
  return marker ? { pid: marker.pid, tid: marker.tid } : null;
}

export type Thread = { pid: number; tid: number };

/** A top-level main-thread task and what ran inside it. */
interface Task {
  ts: number;
  dur: number;
  js: boolean;
  render: boolean;
  /** Style and layout inside the task's script events (forced by a script). */
  layoutUs: number;
  /** Frame rendering in the task outside any script event: the frame's own work, not the script's. */
  frameUs: number;
  /** Thread time of the task, and of that frame rendering. */
  cpuUs: number;
  frameCpuUs: number;
  /** Where that frame rendering starts (null: none in the task). */
  frameTs: number | null;
  /**
   * The page's own parser ran in the task (ParseHTML): a script started at document_start, or an observer of
   * the parse, runs inside the parser's tasks, which are the page's own work; only its events are the
   * extension's (`jsUs`, `jsCpuUs`: the script events at the task's top level).
   */
  parse: boolean;
  jsUs: number;
  jsCpuUs: number;
}

/** One change that makes the next frame render: at `ts`, by a script (the extension's) or by the page. */
interface Invalidation {
  ts: number;
  byScript: boolean;
}

/** The page's main-thread events (complete ones, in order) and its top-level tasks, each read once. */
function mainThreadTasks(events: TraceEvent[], thread: Thread | null): { own: TraceEvent[]; tasks: Task[]; invalidations: Invalidation[] } | null {
  if (!thread) return null;
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const own = onThread.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const within = (names: Set<string>) => own.filter((e) => names.has(e.name)).map((e) => [e.ts, e.ts + e.dur!] as const);
  const scripts = within(JS_EVENTS);
  const rendering = within(RENDER_EVENTS);
  const inside = (spans: ReadonlyArray<readonly [number, number]>, ts: number) => spans.some(([from, to]) => from <= ts && ts <= to);
  // A change made while a frame renders (style recalculation invalidating layout) is that frame's own consequence.
  const invalidations = onThread
    .filter((e) => INVALIDATIONS.has(e.name) && !inside(rendering, e.ts))
    .map((e) => ({ ts: e.ts, byScript: inside(scripts, e.ts) }))
    .sort((a, b) => a.ts - b.ts);
  const tasks: Task[] = [];
  for (let i = 0; i < own.length; i++) {
    const e = own[i]!;
    const last = tasks.at(-1);
    if (e.name !== 'RunTask' || (last && e.ts < last.ts + last.dur)) continue;
    const task: Task = { ts: e.ts, dur: e.dur!, js: false, render: false, layoutUs: 0, frameUs: 0, cpuUs: e.tdur ?? e.dur!, frameCpuUs: 0, frameTs: null, parse: false, jsUs: 0, jsCpuUs: 0 };
    // Events are sorted by start, so a task's events follow it directly; an event inside an earlier one
    // (a layout a script forced, a paint within a paint) starts before that one ends.
    let scriptEnd = 0;
    let frameEnd = 0;
    for (let j = i; j < own.length && own[j]!.ts < e.ts + e.dur!; j++) {
      const { name, ts, dur = 0, tdur = dur } = own[j]!;
      const js = JS_EVENTS.has(name);
      task.js ||= js;
      task.render ||= RENDER_EVENTS.has(name);
      task.parse ||= name === 'ParseHTML';
      // Forced: inside a script event (in a parser task the page's own style and layout run too).
      if ((name === 'Layout' || name === 'UpdateLayoutTree') && ts < scriptEnd) task.layoutUs += dur;
      if (js && ts >= scriptEnd) {
        task.jsUs += dur;
        task.jsCpuUs += tdur;
      }
      if (js) scriptEnd = Math.max(scriptEnd, ts + dur);
      else if (FRAME_EVENTS.has(name) && ts >= scriptEnd && ts >= frameEnd) {
        // A frame runs from its first step to the end of its last: the lifecycle's untraced work between two
        // traced steps is the frame's too (LocalFrameView::DidFinishLifecycleUpdate, 3.4–3.6 ms in each of the
        // Awb's own frames without the extension), unless a script ran in between.
        const from = task.frameTs !== null && frameEnd >= scriptEnd ? frameEnd : ts;
        task.frameTs ??= ts;
        task.frameUs += ts + dur - from;
        // The gap's thread time is not traced: it gets the task's share of thread to wall time, so that a gap the
        // thread spent waiting for the CPU (a loaded machine) is not counted as the frame's work.
        task.frameCpuUs += tdur + (ts - from) * Math.min(1, task.cpuUs / task.dur);
        frameEnd = ts + dur;
      }
    }
    tasks.push(task);
  }
  return { own, tasks, invalidations };
}

/**
 * Tells, frame by frame in order, whether the extension caused it: some change since the frame before,
 * and every such change made by a script. Where the page changed too, the frame would have run anyway.
 */
function frameCauses(invalidations: Invalidation[]): (frameTs: number) => boolean {
  let next = 0;
  return (frameTs) => {
    let changes = 0;
    let byPage = false;
    for (; next < invalidations.length && invalidations[next]!.ts < frameTs; next++, changes++) byPage ||= !invalidations[next]!.byScript;
    return changes > 0 && !byPage;
  };
}

export interface TaskTotals {
  totalMs: number;
  /** Longest task, less the frame rendering it shared (script tasks; an observer callback runs in a frame). */
  longestMs: number;
  /** Longest task, whole. */
  longestWholeMs: number;
}

/**
 * Tasks on a known main thread that ran JavaScript (`script`, without the frame rendering they shared a
 * task with) or rendered (`render`, and no script), for a trace taken after the page loaded (e.g. while
 * scrolling, when the frames are the page's own).
 */
export function tasksOf(events: TraceEvent[], thread: Thread, kind: 'script' | 'render'): TaskTotals {
  const result: TaskTotals = { totalMs: 0, longestMs: 0, longestWholeMs: 0 };
  for (const task of mainThreadTasks(events, thread)?.tasks ?? []) {
    if (kind === 'script' ? !task.js : task.js || !task.render) continue;
    const own = (kind === 'script' ? task.dur - task.frameUs : task.dur) / 1000;
    result.totalMs += own;
    result.longestMs = Math.max(result.longestMs, own);
    result.longestWholeMs = Math.max(result.longestWholeMs, task.dur / 1000);
  }
  return result;
}

export function analyseTrace(events: TraceEvent[], pageUrl: string): MainThreadBreakdown | null {
  const thread = mainThread(events, pageUrl);
  const found = mainThreadTasks(events, thread);
  if (!thread || !found) return null;
  const { own, tasks, invalidations } = found;
  const causedByExtension = frameCauses(invalidations);
  const extensionStart = own.find(isContentScript)?.ts ?? Number.POSITIVE_INFINITY;
  const ms = (us: number) => us / 1000;
  const breakdown: MainThreadBreakdown = {
    pageOwnMs: 0, scriptMs: 0, scriptCpuMs: 0, forcedLayoutMs: 0, inducedRenderMs: 0, longestScriptTaskMs: 0, longestInducedTaskMs: 0, tasksOver50: 0, longestPageTaskMs: 0,
    phases: null,
  };
  const mountedAt = events.find((e) => e.name === 'TimeStamp' && e.pid === thread.pid && e.args?.data?.message === MOUNTED_MARK)?.ts;
  const phases = mountedAt !== undefined ? { loadMs: 0, laterMs: 0 } : null;
  for (const task of tasks) {
    const { js, render, layoutUs } = task;
    const end = task.ts + task.dur;
    const duration = ms(task.dur);
    // Every frame is judged in turn, so each one's changes are those since the frame before.
    const ours = task.frameTs !== null && causedByExtension(task.frameTs);
    if (end <= extensionStart) {
      breakdown.pageOwnMs += duration;
      breakdown.longestPageTaskMs = Math.max(breakdown.longestPageTaskMs, duration);
    } else if (js) {
      // In a parser task only the script's own events; elsewhere the whole task less the frame it shared.
      const scriptMs = task.parse ? ms(task.jsUs) : ms(task.dur - task.frameUs);
      breakdown.scriptMs += scriptMs;
      breakdown.scriptCpuMs += task.parse ? ms(task.jsCpuUs) : ms(Math.max(0, task.cpuUs - task.frameCpuUs));
      // An observer callback runs inside a frame: the frame is ours only when our changes alone caused it.
      const caused = ours ? duration : scriptMs;
      if (ours) breakdown.inducedRenderMs += ms(task.frameUs);
      breakdown.forcedLayoutMs += ms(layoutUs);
      breakdown.longestScriptTaskMs = Math.max(breakdown.longestScriptTaskMs, caused);
      if (caused > 50) breakdown.tasksOver50++;
      if (phases) {
        // A task belongs to the phase in which it started; the mark falls inside the task that ends it.
        if (task.ts <= mountedAt!) phases.loadMs += scriptMs;
        else phases.laterMs += scriptMs;
      }
    } else if (render && task.ts >= extensionStart && ours) {
      breakdown.inducedRenderMs += duration;
      breakdown.longestInducedTaskMs = Math.max(breakdown.longestInducedTaskMs, duration);
      if (duration > 50) breakdown.tasksOver50++;
    }
  }
  breakdown.phases = phases;
  return breakdown;
}
