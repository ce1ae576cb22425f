import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowGate, GATE_SCRIPT, prerenderCss } from '../../build/prerender';

describe('prerenderCss', () => {
  const css = prerenderCss([328, 568, 1150]);

  it('shows each width in a box at least that wide and narrower than the next; the narrowest below that', () => {
    expect(css).toContain(
      '@container (max-width: 567.98px) { .static-chart[data-static-width="328"] { display: block } }',
    );
    expect(css).toContain(
      '@container (min-width: 568px) and (max-width: 1149.98px) { .static-chart[data-static-width="568"] { display: block } }',
    );
    expect(css).toContain(
      '@container (min-width: 1150px) { .static-chart[data-static-width="1150"] { display: block } }',
    );
  });

  it('hides the drawn page unless the gate found the plain address', () => {
    expect(css).toContain('html:not(.plain-address) .prerendered { display: none }');
    expect(GATE_SCRIPT).toContain("classList.add('plain-address')");
  });
});

describe('allowGate', () => {
  const page = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'" />`;

  it('allows the gate script, and no other inline script, by its hash', () => {
    const hash = createHash('sha256').update(GATE_SCRIPT).digest('base64');
    expect(allowGate(page)).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(allowGate(page)).not.toContain('unsafe-inline');
  });

  it('stops the build when the policy it extends is not there', () => {
    expect(() => allowGate('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />')).toThrow(
      /has no "script-src 'self'"/,
    );
  });
});
