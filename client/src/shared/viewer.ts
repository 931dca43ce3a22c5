import { shallowRef } from 'vue';
import { graphql } from '@/gql';
import type { ResultOf } from '@graphql-typed-document-node/core';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      email
      employeeId
      isProvider
      capabilities
      today
      current { organizationId organizationName role endsOn }
      memberships { organizationId organizationName role endsOn }
    }
  }
`);

export type Viewer = ResultOf<typeof ViewerQuery>['viewer'];
export type Membership = Viewer['memberships'][number];

/** The signed-in user as the server last described them; null when signed out. */
export const currentViewer = shallowRef<Viewer | null>(null);
