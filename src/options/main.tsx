// Options page: defaults, year policy, copy format, sites read automatically, clearing stored data.
import { render } from 'preact';
import { Options } from './Options';

render(<Options />, document.getElementById('root')!);
