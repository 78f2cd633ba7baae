// Known bugs the core can be built with (test-only switches), to prove the simulator
// catches each one.
import type { PlantedFaults } from '../../server/core/options';

export const PLANTED_BUGS = {
  replyBeforePersist: { replyBeforePersist: true },
  ignorePromisedValues: { ignorePromisedValues: true },
  quorumOfTwo: { quorumOfTwo: true },
  acceptLowerBallot: { acceptLowerBallot: true },
  readsWithoutQuorum: { readsWithoutQuorum: true },
} satisfies Record<string, PlantedFaults>;

export type PlantedBugName = keyof typeof PLANTED_BUGS;
