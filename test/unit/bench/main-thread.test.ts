// The benchmark's trace analysis: which main-thread time it counts as the content script's own.
import { describe, expect, it } from 'vitest';
import { analyseTrace, MOUNTED_MARK, tasksOf, type TraceEvent } from '../../../bench/lib/main-thread';

const PAGE = 'https://wetten.overheid.nl/BWBR0005537/2024-01-01';
const ms = 1000;
const on = { pid: 1, tid: 1, ph: 'X' };
const ev = (name: string, ts: number, dur: number, url?: string, tdur?: number): TraceEvent => ({
  ...on,
  name,
  ts,
  dur,
  ...(tdur !== undefined ? { tdur } : {}),
  ...(url ? { args: { data: { url } } } : {}),
});

/** The page parses, then the content script is evaluated in a task of its own. */
const loadAndEvaluate = [
  ev('RunTask', 0, 40 * ms),
  ev('ParseHTML', 0, 40 * ms, PAGE),
  ev('RunTask', 100 * ms, 5 * ms),
  ev('EvaluateScript', 100 * ms, 5 * ms, 'chrome-extension://id/content-scripts/content.js'),
];

/** A change to the DOM or its styles at `ts` (an instant event), which makes the next frame render. */
const change = (name: 'ScheduleStyleRecalculation' | 'InvalidateLayout', ts: number): TraceEvent => ({ pid: 1, tid: 1, ph: 'I', name, ts });

describe('analyseTrace', () => {
  it("counts a frame's own rendering as induced render, not script, when a callback ran in the same task", () => {
    const frame = [
      change('ScheduleStyleRecalculation', 103 * ms), // the content script inserted something while it was evaluated
      ev('RunTask', 200 * ms, 31 * ms),
      ev('FunctionCall', 200 * ms, 1 * ms), // an IntersectionObserver callback
      ev('Layout', 202 * ms, 12 * ms),
      ev('PrePaint', 215 * ms, 8 * ms),
      ev('Paint', 224 * ms, 6 * ms),
      ev('Paint', 225 * ms, 2 * ms), // nested in the paint before: counted once
    ];
    const result = analyseTrace([...loadAndEvaluate, ...frame], PAGE)!;
    expect(result.pageOwnMs).toBe(40);
    // The frame runs from its layout (202) to the end of its paint (230): the lifecycle's untraced work
    // between the steps is the frame's.
    expect(result.scriptMs).toBe(5 + 31 - 28);
    expect(result.inducedRenderMs).toBe(28);
    expect(result.longestScriptTaskMs).toBe(31); // a task is as long as it is, whatever ran in it
  });

  it("counts the untraced work between a page frame's steps as the frame's, not as the callback's that ran before it", () => {
    const pageFrame = (script: TraceEvent[]) => [
      change('ScheduleStyleRecalculation', 150 * ms), // the parser added text: the frame is the page's own
      ev('RunTask', 200 * ms, 40 * ms),
      ev('FireAnimationFrame', 200 * ms, 2 * ms), // the content script's frame callback
      ev('UpdateLayoutTree', 202 * ms, 10 * ms),
      ev('Layout', 212 * ms, 10 * ms),
      ...script,
      ev('Paint', 230 * ms, 5 * ms),
      ev('Commit', 239 * ms, 1 * ms), // 4 ms of lifecycle work (not traced) before the commit
    ];
    expect(analyseTrace([...loadAndEvaluate, ...pageFrame([])], PAGE)!.scriptMs).toBe(5 + 2);
    // A script that runs between two steps (a resize observer, say) stays the script's, and so does the time after it.
    const observed = analyseTrace([...loadAndEvaluate, ...pageFrame([ev('FunctionCall', 223 * ms, 3 * ms)])], PAGE)!;
    expect(observed.scriptMs).toBe(5 + 2 + 1 + 3 + 4);
    expect(observed.inducedRenderMs).toBe(0);
  });

  it('counts a frame as the extension\'s only when its own scripts alone changed the page since the frame before', () => {
    const frames = [
      // The page's last frame of its own load: parsed text and a font came in after the content script started.
      change('ScheduleStyleRecalculation', 110 * ms),
      ev('RunTask', 120 * ms, 30 * ms),
      ev('Layout', 120 * ms, 20 * ms),
      change('InvalidateLayout', 125 * ms), // a consequence inside the layout, not a cause of the next frame
      ev('PrePaint', 141 * ms, 9 * ms),
      // The content script mounts the summary; the frame after lays it out: that frame is the extension's.
      ev('RunTask', 200 * ms, 2 * ms),
      ev('FunctionCall', 200 * ms, 2 * ms),
      change('ScheduleStyleRecalculation', 201 * ms),
      ev('RunTask', 210 * ms, 25 * ms),
      ev('Layout', 210 * ms, 15 * ms),
      ev('PrePaint', 226 * ms, 9 * ms),
      // A badge goes in while an image the page loads changes the layout too: a frame the page needed anyway.
      ev('RunTask', 300 * ms, 1 * ms),
      ev('FunctionCall', 300 * ms, 1 * ms),
      change('ScheduleStyleRecalculation', 300.5 * ms),
      change('InvalidateLayout', 305 * ms),
      ev('RunTask', 310 * ms, 28 * ms),
      ev('Layout', 310 * ms, 28 * ms),
      // Nothing changed: a paint of the page's own.
      ev('RunTask', 400 * ms, 3 * ms),
      ev('Paint', 400 * ms, 3 * ms),
    ];
    const result = analyseTrace([...loadAndEvaluate, ...frames], PAGE)!;
    expect(result.inducedRenderMs).toBe(25);
    expect(result.longestInducedTaskMs).toBe(25);
    expect(result.scriptMs).toBe(5 + 2 + 1);
  });

  it("splits script time at the content script's trace time stamp: tasks that started by then are at load", () => {
    const stamp = (ts: number, message: string): TraceEvent => ({ pid: 1, tid: 1, ph: 'I', name: 'TimeStamp', ts, args: { data: { message } } });
    const tasks = [
      ev('RunTask', 200 * ms, 4 * ms),
      ev('FunctionCall', 200 * ms, 4 * ms), // the setup answer: mounting, which ends with the stamp
      stamp(203 * ms, MOUNTED_MARK),
      ev('RunTask', 300 * ms, 2 * ms),
      ev('TimerFire', 300 * ms, 2 * ms), // articles near the viewport
    ];
    expect(analyseTrace([...loadAndEvaluate, ...tasks], PAGE)!.phases).toEqual({ loadMs: 5 + 4, laterMs: 2 });
    // Another time stamp (the page's own, say) does not split anything.
    expect(analyseTrace([...loadAndEvaluate, ...tasks.map((e) => (e.name === 'TimeStamp' ? stamp(e.ts, 'page') : e))], PAGE)!.phases).toBeNull();
  });

  it('keeps layout a script forced inside its own time', () => {
    const forced = [ev('RunTask', 200 * ms, 20 * ms), ev('FunctionCall', 200 * ms, 20 * ms), ev('Layout', 205 * ms, 10 * ms)];
    const result = analyseTrace([...loadAndEvaluate, ...forced], PAGE)!;
    expect(result.scriptMs).toBe(25);
    expect(result.forcedLayoutMs).toBe(10);
    expect(result.inducedRenderMs).toBe(0);
  });

  it('adds up the thread (CPU) time of script tasks apart from their wall time, without the frame they share', () => {
    const waited = [
      ev('RunTask', 200 * ms, 10 * ms, undefined, 6 * ms), // 4 ms of it the thread waited for the CPU
      ev('FunctionCall', 200 * ms, 3 * ms, undefined, 2 * ms),
      ev('Layout', 204 * ms, 5 * ms, undefined, 3 * ms), // the frame's own rendering
    ];
    const result = analyseTrace([...loadAndEvaluate, ...waited], PAGE)!;
    expect(result.scriptMs).toBe(5 + 10 - 5);
    expect(result.scriptCpuMs).toBe(5 + 6 - 3); // the evaluation has no thread time recorded: its wall time counts
  });

  it("gives the untraced gap inside a frame the task's share of thread time, so a loaded machine's waits do not make a script's thread time negative", () => {
    const loaded = [
      ev('RunTask', 200 * ms, 20 * ms, undefined, 6 * ms), // 14 ms of it the thread waited for the CPU
      ev('FunctionCall', 200 * ms, 2 * ms, undefined, 2 * ms),
      ev('Layout', 203 * ms, 2 * ms, undefined, 1 * ms),
      ev('Paint', 215 * ms, 2 * ms, undefined, 1 * ms), // 10 ms after the layout: untraced lifecycle work and waiting
    ];
    const result = analyseTrace([...loadAndEvaluate, ...loaded], PAGE)!;
    expect(result.scriptMs).toBe(5 + 20 - 14);
    // The frame's thread time: 1 + 1 traced, and the 10 ms gap at the task's 6/20 of thread to wall time.
    expect(result.scriptCpuMs).toBeCloseTo(5 + (6 - (1 + 1 + 3)));
  });

  it("while scrolling, takes a script task's longest without the page's frame it ran in, and names the whole too", () => {
    const scrolling = [
      ev('RunTask', 0, 40 * ms), // a scroll frame of the page's own, with an observer callback in it
      ev('FunctionCall', 0, 2 * ms),
      ev('Layout', 3 * ms, 20 * ms),
      ev('Paint', 24 * ms, 16 * ms),
      ev('RunTask', 50 * ms, 4 * ms), // a task of the script's own
      ev('TimerFire', 50 * ms, 4 * ms),
    ];
    const totals = tasksOf(scrolling, { pid: 1, tid: 1 }, 'script');
    // The frame runs from its layout to the end of its paint (3–40 ms); the millisecond before it stays the callback's.
    expect(totals).toEqual({ totalMs: 3 + 4, longestMs: 4, longestWholeMs: 40 });
  });
});
