import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Framework, router, urql, GraphQL and PrimeVue's core and theme: one long-cached chunk. PrimeVue's
// components and icons are not in it: each goes with the pages that use it, so the first load stays small.
const VENDOR = /[\\/]node_modules[\\/](vue|@vue|vue-router|@urql|@0no-co|wonka|graphql|@primevue[\\/]core|@primeuix)[\\/]/;

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
    // The vendor chunk is ~105 kB gzipped (about 350 kB minified).
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'vendor', test: VENDOR, priority: 1 }],
        },
      },
    },
  },
});
