import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { currentYear } from '@/shared/today';

/** The year and month a productivity page shows, kept in the address (?year=2026&month=11) so it survives a reload. */
export function usePeriod() {
  const route = useRoute();
  const router = useRouter();
  const year = computed<number>({
    get: () => Number(route.query.year) || currentYear(),
    set: (value) => void router.replace({ query: { ...route.query, year: String(value), month: undefined } }),
  });
  const month = computed<number | null>({
    get: () => (route.query.month ? Number(route.query.month) : null),
    set: (value) => void router.replace({ query: { ...route.query, month: value ? String(value) : undefined } }),
  });
  return { year, month };
}
