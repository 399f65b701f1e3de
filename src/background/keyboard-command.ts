/** The keyboard command (Alt+Shift+K by default) that opens the panel beside the active tab. */
import { browser } from '../shared/browser';
import { fireAndForget } from '../shared/log-error';
import { openPanel } from '../shared/open-panel';
import { getEngineForSuggestions } from './engine';

export function listenToCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-panel' || !tab) return;
    fireAndForget(openPanel(tab), 'ChartCode command'); // first, while the key press still counts as a user gesture
    fireAndForget(getEngineForSuggestions(), 'ChartCode warm-up'); // the panel's first request is its chart
  });
}
