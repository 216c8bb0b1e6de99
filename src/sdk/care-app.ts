import type { HubPartnerClient } from './client';
import {
  PartnerCareRegisterDocument,
  PartnerChildrenInCareDocument,
  type PartnerCareRegisterQuery,
  type PartnerCareRegisterQueryVariables,
  type PartnerChildrenInCareQuery,
  type PartnerChildrenInCareQueryVariables,
} from './generated/care-app/graphql';

/**
 * The care app's typed SDK (关爱助手, acting for the women's federation;
 * issue 6 "Partner contract"): one function per trusted document of
 * schema/operations/partners/care-app/. The hub must trust them for the
 * client first: npm run partner -- trust --client <id> src/sdk/generated/care-app/persisted-documents.json
 */
export type { PartnerCareRegisterQuery, PartnerChildrenInCareQuery } from './generated/care-app/graphql';
export { default as careAppManifest } from './generated/care-app/persisted-documents.json';

export interface CareAppSdk {
  /** The children in the client's care (left-behind and in-distress children of its scope: its township when registered with one), with who cares for them. */
  childrenInCare(variables: PartnerChildrenInCareQueryVariables): Promise<PartnerChildrenInCareQuery>;
  /** The care register: current left-behind arrangements, newest first. */
  careRegister(variables: PartnerCareRegisterQueryVariables): Promise<PartnerCareRegisterQuery>;
}

export function careAppSdk(client: HubPartnerClient): CareAppSdk {
  return {
    childrenInCare: (variables) => client.execute(PartnerChildrenInCareDocument, variables),
    careRegister: (variables) => client.execute(PartnerCareRegisterDocument, variables),
  };
}
