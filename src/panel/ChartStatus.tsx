/** What was read: size, frames, truncation, selection, and how long it took. */
import type { TabSuggestions } from '../shared/messages';

export function ChartStatus({ data, waitedMs }: { data: TabSuggestions; waitedMs?: number }) {
  const { chart, ms } = data;
  const words = `${Math.round(chart.chars / 1000).toLocaleString()}k characters`;
  return (
    <p class="chart-status" role="status">
      {chart.selectionOnly ? 'Selection' : 'Chart'}: {chart.chars < 1000 ? `${chart.chars} characters` : words}
      {chart.framesRead > 0 && `, ${chart.framesRead} frame${chart.framesRead > 1 ? 's' : ''}`}
      {chart.framesUnreadable > 0 && `; ${chart.framesUnreadable} frame${chart.framesUnreadable > 1 ? 's' : ''} from other sites not read`}
      {chart.truncated && '; long page: only the first 2 MB of text was read'}
      {data.result.partial && '; procedures and supplies still loading…'}
      {waitedMs !== undefined && (
        <span class="timing"> · {Math.round(waitedMs)} ms (read {Math.round(chart.ms)}, suggest {Math.round(ms.suggest)}{ms.engineLoad > 0 ? `, code sets loaded in ${Math.round(ms.engineLoad)}` : ''})</span>
      )}
    </p>
  );
}
