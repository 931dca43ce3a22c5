import { describe, expect, it } from 'vitest';
import { Lifecycle } from './lifecycle';

type Light = 'RED' | 'GREEN' | 'AMBER';
const light = new Lifecycle<Light>('light', { RED: ['GREEN'], GREEN: ['AMBER'], AMBER: ['RED'] });

describe('a lifecycle', () => {
  it('allows the declared moves only', () => {
    expect(light.next('RED')).toEqual(['GREEN']);
    expect(light.allows('GREEN', 'AMBER')).toBe(true);
    expect(light.allows('GREEN', 'RED')).toBe(false);
  });

  it('refuses any other move with a typed error at the field that asked for it', () => {
    expect(() => light.assert('RED', 'AMBER', 'input.status')).toThrow(
      expect.objectContaining({
        message: 'A red light cannot become amber.',
        extensions: expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'input.status' }),
      }),
    );
    expect(() => light.assert('RED', 'GREEN')).not.toThrow();
  });
});
