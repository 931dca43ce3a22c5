import { graphql } from '@/gql';
import type { OrgChart_NodeFragment } from '@/gql/graphql';

/** What the chart, its cards, its table and its search need of one seat. */
export const OrgChartNodeFragment = graphql(`
  fragment OrgChart_node on OrgChartNode {
    id
    reportsToId
    clinicalSupervisorId
    directReports
    totalReports
    employee { id fullName category }
    position {
      id
      title
      category
      tier
      department { id name }
      location { id name }
    }
  }
`);

export type ChartNode = OrgChart_NodeFragment;
