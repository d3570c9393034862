// A horizontal bar chart as inline SVG (no script, prints well). The table next to it carries the same numbers
// for screen readers, so the chart itself is one labelled image.
type Bar = { label: string; value: number };

const ROW = 22;
const LABEL_WIDTH = 230;
const WIDTH = 560;

function shorten(label: string): string {
  return label.length > 32 ? `${label.slice(0, 31)}…` : label;
}

export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 4;
  const scale = (WIDTH - LABEL_WIDTH - 40) / max;
  return (
    <svg class="ws-chart" role="img" aria-label={title} viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height}>
      {bars.map((bar, i) => (
        <g key={bar.label} transform={`translate(0 ${i * ROW + 2})`}>
          <text x={LABEL_WIDTH - 6} y={ROW / 2 + 4} text-anchor="end">
            {shorten(bar.label)}
          </text>
          <rect class="ws-bar" x={LABEL_WIDTH} y={3} height={ROW - 8} width={Math.max(1, bar.value * scale)} />
          <text x={LABEL_WIDTH + bar.value * scale + 4} y={ROW / 2 + 4}>
            {bar.value}
          </text>
        </g>
      ))}
    </svg>
  );
}
