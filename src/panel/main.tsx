// Side panel (Chrome side_panel, Firefox sidebar, or a popup window): suggestions, search and the claim list.
import { render } from 'preact';
import { Panel } from './Panel';

render(<Panel />, document.getElementById('root')!);
