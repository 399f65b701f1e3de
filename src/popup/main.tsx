// Toolbar popup: instant code search, copy on Enter, and the way into the side panel.
import { render } from 'preact';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('root')!);
