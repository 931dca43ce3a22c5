import { computed, watch } from 'vue';
import { useRoute } from 'vue-router';
import { useQuery } from '@urql/vue';
import { graphql } from '@/gql';
import type { PracticeArea } from '@/gql/graphql';

const PracticeAreasQuery = graphql(`
  query PracticeAreas { practiceSetup { areasInUse } }
`);

/**
 * The areas the current practice has started using, or null until known. Asked again on every
 * page change, so the first campaign or budget brings its area into the navigation.
 */
export function usePracticeAreas() {
  const route = useRoute();
  const { data, executeQuery } = useQuery({ query: PracticeAreasQuery, requestPolicy: 'cache-and-network' });
  watch(
    () => route.fullPath,
    () => executeQuery({ requestPolicy: 'network-only' }),
  );
  return computed<ReadonlySet<PracticeArea> | null>(() => (data.value ? new Set(data.value.practiceSetup.areasInUse) : null));
}
