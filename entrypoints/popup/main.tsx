import { render } from 'preact';

render(<main>Intercede</main>, document.getElementById('app')!);
