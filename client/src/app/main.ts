import { createApp } from 'vue';
import PrimeVue from 'primevue/config';
import ToastService from 'primevue/toastservice';
import Tooltip from 'primevue/tooltip';
import urql from '@urql/vue';
import 'primeicons/primeicons.css';
import './styles.css';
import App from './App.vue';
import { PraxisTheme } from './theme';
import { createAppRouter } from './router';
import { session } from './session';

const app = createApp(App);
app.use(PrimeVue, { theme: { preset: PraxisTheme, options: { darkModeSelector: false } } });
app.use(ToastService);
app.directive('tooltip', Tooltip);
app.use(urql, session.client);
app.use(createAppRouter());
app.mount('#app');
