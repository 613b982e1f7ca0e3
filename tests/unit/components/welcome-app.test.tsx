// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomeApp } from '@/components/welcome/welcome-app';

afterEach(cleanup);

describe('the first-run page', () => {
  it('lists the shortcuts as the browser has them, saying which have none', async () => {
    render(
      <WelcomeApp
        shortcuts={async () => [
          { name: 'open-card', shortcut: 'Alt+Shift+V' },
          { name: 'next-reference', shortcut: '' },
          { name: '_execute_browser_action', shortcut: 'Alt+Shift+I' },
          { name: 'something-else', shortcut: 'Ctrl+Q' },
        ]}
        openOptions={() => undefined}
      />,
    );
    await screen.findByRole('heading', { name: 'Keyboard' });
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toEqual([
      'Alt+Shift+VOpen the card of the selected reference, or the first on screen',
      '(no shortcut)Open the next reference on the page',
      'Alt+Shift+IOpen the search box',
    ]);
  });

  it('leaves the keyboard out where the browser has no commands, and opens the settings', async () => {
    const openOptions = vi.fn();
    render(<WelcomeApp shortcuts={async () => []} openOptions={openOptions} />);
    await screen.findByRole('heading', { name: 'Welcome to Intercede' });
    await Promise.resolve();
    expect(screen.queryByRole('heading', { name: 'Keyboard' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open the settings' }));
    expect(openOptions).toHaveBeenCalled();
  });
});
