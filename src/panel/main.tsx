// Side panel (Chrome side_panel, Firefox sidebar, or a popup window): suggestions, search and the claim list.
import { render } from 'preact';
import { fireAndForget } from '../shared/log-error';
import { send } from '../shared/send';
import { Panel } from './Panel';

// Wakes the background and starts its engine loading while this page renders: the first suggestions need it.
fireAndForget(send({ type: 'info', first: 'suggest' }), 'ChartCode warm-up');
render(<Panel />, document.getElementById('root')!);
