import { computed } from 'vue';
import type { Capability } from '@/gql/graphql';
import { currentViewer } from './viewer';

/** A requirement is "any of these capabilities"; an empty or absent one means any signed-in member. */
export type Requirement = readonly Capability[] | null | undefined;

export function usePermissions() {
  const capabilities = computed(() => new Set<Capability>(currentViewer.value?.capabilities ?? []));
  const can = (...anyOf: Capability[]) => anyOf.some((c) => capabilities.value.has(c));
  const allows = (requirement: Requirement) => !requirement?.length || can(...requirement);
  return { capabilities, can, allows };
}
