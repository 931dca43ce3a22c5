import { definePreset } from '@primeuix/themes';
import Aura from '@primeuix/themes/aura';

const scale = (palette: string) =>
  Object.fromEntries([50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950].map((s) => [s, `{${palette}.${s}}`]));

/** Aura with a calm clinical palette: teal actions on cool slate surfaces. */
export const PraxisTheme = definePreset(Aura, {
  semantic: {
    primary: scale('teal'),
    focusRing: { width: '2px', style: 'solid', color: '{primary.400}', offset: '2px' },
    colorScheme: {
      light: {
        surface: { 0: '#ffffff', ...scale('slate') },
        primary: {
          color: '{primary.600}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.700}',
          activeColor: '{primary.800}',
        },
        highlight: {
          background: '{primary.50}',
          focusBackground: '{primary.100}',
          color: '{primary.800}',
          focusColor: '{primary.900}',
        },
      },
    },
  },
  components: {
    organizationchart: {
      connector: { color: '{surface.300}', height: '24px', borderRadius: '8px' },
    },
  },
});
