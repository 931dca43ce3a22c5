import { computed } from 'vue';
import { useQuery } from '@urql/vue';
import { useRoute } from 'vue-router';
import { graphql } from '@/gql';
import type { RecordKind } from '@/gql/graphql';
import { session } from '@/app/session';

const RecordOwnerQuery = graphql(`
  query RecordOwner($kind: RecordKind!, $id: ID!) {
    recordOwner(kind: $kind, id: $id) {
      organizationId
      organizationName
    }
  }
`);

/** What a record is called on screen: "This budget belongs to …". */
export const RECORD_NOUN: Record<RecordKind, string> = {
  BUDGET: 'budget',
  CAMPAIGN: 'campaign',
  COMPENSATION_CYCLE: 'merit cycle',
  EMPLOYEE: 'person',
  BILL: 'bill',
  PURCHASE_ORDER: 'purchase order',
  EQUIPMENT_ASSET: 'piece of equipment',
  TIME_CARD: 'time card',
};

/**
 * For a record page that found nothing: the viewer's other practice that holds the route's record
 * (the route declares its kind in `meta.record`), if any. The server answers only for a practice the
 * viewer belongs to, so a plain "not found" stays plain for everyone else. `active` says whether the
 * not-found state is showing: nothing is asked otherwise.
 */
export function useRecordOwner(active: () => boolean) {
  const route = useRoute();
  // Without a router (a component test) there is no record to look for.
  const kind = computed(() => route?.meta.record);
  const id = computed(() => (typeof route?.params.id === 'string' ? route.params.id : null));
  const { data, fetching } = useQuery({
    query: RecordOwnerQuery,
    variables: computed(() => ({ kind: kind.value ?? 'BUDGET', id: id.value ?? '' })),
    pause: computed(() => !active() || !kind.value || !id.value),
    requestPolicy: 'network-only',
  });
  const owner = computed(() => {
    const found = data.value?.recordOwner;
    return found && found.organizationId !== session.organizationId.value ? found : null;
  });
  const noun = computed(() => (kind.value ? RECORD_NOUN[kind.value] : 'record'));
  /** Switching remounts the page (the layout keys it by practice), so it loads the record there. */
  const switchTo = () => (owner.value ? session.switchOrganization(owner.value.organizationId) : Promise.resolve());
  return { owner, noun, fetching: computed(() => !!kind.value && !!id.value && active() && fetching.value), switchTo };
}
