import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

const VENDOR = /[\\/]node_modules[\\/](vue|@vue|vue-router|@urql|@0no-co|wonka|graphql|primevue|@primevue|@primeuix)[\\/]/;
// The heavy data components only the signed-in pages use: a second vendor chunk, so sign-in stays light.
const DATA_COMPONENTS = 'datatable|column|datepicker|organizationchart|autocomplete|multiselect|inputnumber|paginator|selectbutton|togglebutton';
// Overlays and form pieces only the budget pages use (dialogs, the drawer, the stepper), with their styles.
const PAGE_UI = 'dialog|drawer|tag|textarea|radiobutton|checkbox|toggleswitch|progressbar|stepper|steplist|step|steppanels|steppanel|stepitem|focustrap|confirmdialog|popover';
const VENDOR_DATA = new RegExp(
  `[\\\\/]node_modules[\\\\/](primevue[\\\\/](${DATA_COMPONENTS}|${PAGE_UI})|@primeuix[\\\\/]styles[\\\\/]dist[\\\\/](${PAGE_UI})|@primevue[\\\\/]icons[\\\\/](windowmaximize|windowminimize))[\\\\/]`,
);

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Vue, the router, urql and PrimeVue's core and theme are ~150 kB gzipped in one long-cached file.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // Framework and component library change rarely: one long-cached vendor chunk; pages stay in their own lazy chunks.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'vendor-data', test: VENDOR_DATA, priority: 2 },
            { name: 'vendor', test: VENDOR, priority: 1 },
          ],
        },
      },
    },
  },
});
