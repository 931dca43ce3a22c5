import { computed, type Ref } from 'vue';
import { useQuery } from '@urql/vue';
import { graphql } from '@/gql';
import { currentCycle } from './compensation';

const CompensationCyclesQuery = graphql(`
  query CompensationCycles {
    compensationCycles { id name status effectiveDate }
  }
`);

/**
 * The cycle a compensation page shows: the one in the address, else the current one (open, else
 * approved, else the latest). `cycleId` is undefined while loading and null when there is none.
 */
export function useCycleChoice(id: Ref<string | undefined>) {
  const { data, error, executeQuery } = useQuery({
    query: CompensationCyclesQuery,
    context: { additionalTypenames: ['CompensationCycle'] },
  });
  const cycles = computed(() => data.value?.compensationCycles);
  const cycleId = computed<string | null | undefined>(() => {
    if (id.value) return id.value;
    if (!cycles.value) return undefined;
    return currentCycle(cycles.value)?.id ?? null;
  });
  return { cycles, cycleId, error, refetchCycles: () => executeQuery({ requestPolicy: 'network-only' }) };
}
