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
          // 700, not Aura's 500/600: white on the button and teal text on white both reach 4.5:1.
          color: '{primary.700}',
          contrastColor: '#ffffff',
          hoverColor: '{primary.800}',
          activeColor: '{primary.900}',
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
  // Aura draws secondary, outlined and text buttons, toggles and messages in 500/600 shades, under
  // WCAG's 4.5:1 on white; these darken them one or two steps (checked by axe in the browser tests).
  components: {
    button: {
      colorScheme: {
        light: {
          root: {
            danger: {
              background: '{red.700}',
              hoverBackground: '{red.800}',
              activeBackground: '{red.900}',
              borderColor: '{red.700}',
              hoverBorderColor: '{red.800}',
              activeBorderColor: '{red.900}',
            },
            secondary: { color: '{surface.700}' },
          },
          outlined: {
            secondary: { color: '{surface.700}', borderColor: '{surface.300}' },
            danger: { color: '{red.700}' },
            success: { color: '{green.700}' },
            warn: { color: '{orange.700}' },
          },
          text: {
            secondary: { color: '{surface.600}' },
            danger: { color: '{red.700}' },
            success: { color: '{green.700}' },
            warn: { color: '{orange.700}' },
          },
        },
      },
    },
    togglebutton: {
      colorScheme: { light: { root: { color: '{surface.600}' }, icon: { color: '{surface.600}' } } },
    },
    message: {
      colorScheme: {
        light: {
          info: { color: '{blue.700}', simple: { color: '{blue.700}' } },
          success: { color: '{green.800}', simple: { color: '{green.800}' } },
          warn: { color: '{yellow.800}', simple: { color: '{yellow.800}' } },
          error: { color: '{red.700}', simple: { color: '{red.700}' } },
          secondary: { color: '{surface.700}', simple: { color: '{surface.700}' } },
        },
      },
    },
    tag: {
      colorScheme: { light: { success: { color: '{green.800}' }, warn: { color: '{orange.800}' }, info: { color: '{sky.800}' } } },
    },
    organizationchart: {
      connector: { color: '{surface.300}', height: '24px', borderRadius: '8px' },
    },
  },
});
