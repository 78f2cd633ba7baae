import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace paxoskv {

    namespace peer {

        interface IBallot extends paxoskv.peer.Ballot.$Properties {
        }

        class Ballot {
            constructor(p?: paxoskv.peer.Ballot.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            node: number;
            incarnation: string;
            static create(properties: paxoskv.peer.Ballot.$Shape): paxoskv.peer.Ballot & paxoskv.peer.Ballot.$Shape;
            static create(properties?: paxoskv.peer.Ballot.$Properties): paxoskv.peer.Ballot;
            static encode(m: paxoskv.peer.Ballot.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Ballot & paxoskv.peer.Ballot.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Ballot;
            static toObject(m: paxoskv.peer.Ballot, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ballot {
            interface $Properties {
                round?: (number|null);
                node?: (number|null);
                incarnation?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Ballot.$Properties;
        }

        interface IMember extends paxoskv.peer.Member.$Properties {
        }

        class Member {
            constructor(p?: paxoskv.peer.Member.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            incarnation: string;
            static create(properties: paxoskv.peer.Member.$Shape): paxoskv.peer.Member & paxoskv.peer.Member.$Shape;
            static create(properties?: paxoskv.peer.Member.$Properties): paxoskv.peer.Member;
            static encode(m: paxoskv.peer.Member.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Member & paxoskv.peer.Member.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Member;
            static toObject(m: paxoskv.peer.Member, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Member {
            interface $Properties {
                name?: (string|null);
                incarnation?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Member.$Properties;
        }

        interface IConfiguration extends paxoskv.peer.Configuration.$Properties {
        }

        class Configuration {
            constructor(p?: paxoskv.peer.Configuration.$Properties);
            $unknowns?: Uint8Array[];
            epoch: number;
            members: paxoskv.peer.Member.$Properties[];
            static create(properties: paxoskv.peer.Configuration.$Shape): paxoskv.peer.Configuration & paxoskv.peer.Configuration.$Shape;
            static create(properties?: paxoskv.peer.Configuration.$Properties): paxoskv.peer.Configuration;
            static encode(m: paxoskv.peer.Configuration.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Configuration & paxoskv.peer.Configuration.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Configuration;
            static toObject(m: paxoskv.peer.Configuration, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Configuration {
            interface $Properties {
                epoch?: (number|null);
                members?: (paxoskv.peer.Member.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Configuration.$Properties;
        }

        interface ISlotValue extends paxoskv.peer.SlotValue.$Properties {
        }

        class SlotValue {
            constructor(p?: paxoskv.peer.SlotValue.$Properties);
            $unknowns?: Uint8Array[];
            noop: boolean;
            commands: Uint8Array[];
            configuration?: (paxoskv.peer.Configuration.$Properties|null);
            static create(properties: paxoskv.peer.SlotValue.$Shape): paxoskv.peer.SlotValue & paxoskv.peer.SlotValue.$Shape;
            static create(properties?: paxoskv.peer.SlotValue.$Properties): paxoskv.peer.SlotValue;
            static encode(m: paxoskv.peer.SlotValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.SlotValue & paxoskv.peer.SlotValue.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.SlotValue;
            static toObject(m: paxoskv.peer.SlotValue, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SlotValue {
            interface $Properties {
                noop?: (boolean|null);
                commands?: (Uint8Array[]|null);
                configuration?: (paxoskv.peer.Configuration.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.SlotValue.$Properties;
        }

        interface IAcceptedEntry extends paxoskv.peer.AcceptedEntry.$Properties {
        }

        class AcceptedEntry {
            constructor(p?: paxoskv.peer.AcceptedEntry.$Properties);
            $unknowns?: Uint8Array[];
            slot: number;
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            value?: (paxoskv.peer.SlotValue.$Properties|null);
            static create(properties: paxoskv.peer.AcceptedEntry.$Shape): paxoskv.peer.AcceptedEntry & paxoskv.peer.AcceptedEntry.$Shape;
            static create(properties?: paxoskv.peer.AcceptedEntry.$Properties): paxoskv.peer.AcceptedEntry;
            static encode(m: paxoskv.peer.AcceptedEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.AcceptedEntry & paxoskv.peer.AcceptedEntry.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.AcceptedEntry;
            static toObject(m: paxoskv.peer.AcceptedEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AcceptedEntry {
            interface $Properties {
                slot?: (number|null);
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                value?: (paxoskv.peer.SlotValue.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.AcceptedEntry.$Properties;
        }

        interface IChosenEntry extends paxoskv.peer.ChosenEntry.$Properties {
        }

        class ChosenEntry {
            constructor(p?: paxoskv.peer.ChosenEntry.$Properties);
            $unknowns?: Uint8Array[];
            slot: number;
            value?: (paxoskv.peer.SlotValue.$Properties|null);
            static create(properties: paxoskv.peer.ChosenEntry.$Shape): paxoskv.peer.ChosenEntry & paxoskv.peer.ChosenEntry.$Shape;
            static create(properties?: paxoskv.peer.ChosenEntry.$Properties): paxoskv.peer.ChosenEntry;
            static encode(m: paxoskv.peer.ChosenEntry.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.ChosenEntry & paxoskv.peer.ChosenEntry.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.ChosenEntry;
            static toObject(m: paxoskv.peer.ChosenEntry, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChosenEntry {
            interface $Properties {
                slot?: (number|null);
                value?: (paxoskv.peer.SlotValue.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.ChosenEntry.$Properties;
        }

        interface IPrepare extends paxoskv.peer.Prepare.$Properties {
        }

        class Prepare {
            constructor(p?: paxoskv.peer.Prepare.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            fromSlot: number;
            pageFrom: number;
            static create(properties: paxoskv.peer.Prepare.$Shape): paxoskv.peer.Prepare & paxoskv.peer.Prepare.$Shape;
            static create(properties?: paxoskv.peer.Prepare.$Properties): paxoskv.peer.Prepare;
            static encode(m: paxoskv.peer.Prepare.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Prepare & paxoskv.peer.Prepare.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Prepare;
            static toObject(m: paxoskv.peer.Prepare, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Prepare {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                fromSlot?: (number|null);
                pageFrom?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Prepare.$Properties;
        }

        interface IPromise extends paxoskv.peer.Promise.$Properties {
        }

        class Promise {
            constructor(p?: paxoskv.peer.Promise.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            fromSlot: number;
            accepted: paxoskv.peer.AcceptedEntry.$Properties[];
            chosenUpTo: number;
            truncated: boolean;
            pageFrom: number;
            nextPageFrom: number;
            static create(properties: paxoskv.peer.Promise.$Shape): paxoskv.peer.Promise & paxoskv.peer.Promise.$Shape;
            static create(properties?: paxoskv.peer.Promise.$Properties): paxoskv.peer.Promise;
            static encode(m: paxoskv.peer.Promise.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Promise & paxoskv.peer.Promise.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Promise;
            static toObject(m: paxoskv.peer.Promise, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Promise {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                fromSlot?: (number|null);
                accepted?: (paxoskv.peer.AcceptedEntry.$Properties[]|null);
                chosenUpTo?: (number|null);
                truncated?: (boolean|null);
                pageFrom?: (number|null);
                nextPageFrom?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Promise.$Properties;
        }

        interface IAccept extends paxoskv.peer.Accept.$Properties {
        }

        class Accept {
            constructor(p?: paxoskv.peer.Accept.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            slot: number;
            value?: (paxoskv.peer.SlotValue.$Properties|null);
            commitUpTo: number;
            static create(properties: paxoskv.peer.Accept.$Shape): paxoskv.peer.Accept & paxoskv.peer.Accept.$Shape;
            static create(properties?: paxoskv.peer.Accept.$Properties): paxoskv.peer.Accept;
            static encode(m: paxoskv.peer.Accept.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Accept & paxoskv.peer.Accept.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Accept;
            static toObject(m: paxoskv.peer.Accept, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Accept {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                slot?: (number|null);
                value?: (paxoskv.peer.SlotValue.$Properties|null);
                commitUpTo?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Accept.$Properties;
        }

        interface IAccepted extends paxoskv.peer.Accepted.$Properties {
        }

        class Accepted {
            constructor(p?: paxoskv.peer.Accepted.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            slot: number;
            static create(properties: paxoskv.peer.Accepted.$Shape): paxoskv.peer.Accepted & paxoskv.peer.Accepted.$Shape;
            static create(properties?: paxoskv.peer.Accepted.$Properties): paxoskv.peer.Accepted;
            static encode(m: paxoskv.peer.Accepted.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Accepted & paxoskv.peer.Accepted.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Accepted;
            static toObject(m: paxoskv.peer.Accepted, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Accepted {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                slot?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Accepted.$Properties;
        }

        interface IRejected extends paxoskv.peer.Rejected.$Properties {
        }

        class Rejected {
            constructor(p?: paxoskv.peer.Rejected.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            promised?: (paxoskv.peer.Ballot.$Properties|null);
            slot: number;
            static create(properties: paxoskv.peer.Rejected.$Shape): paxoskv.peer.Rejected & paxoskv.peer.Rejected.$Shape;
            static create(properties?: paxoskv.peer.Rejected.$Properties): paxoskv.peer.Rejected;
            static encode(m: paxoskv.peer.Rejected.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Rejected & paxoskv.peer.Rejected.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Rejected;
            static toObject(m: paxoskv.peer.Rejected, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Rejected {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                promised?: (paxoskv.peer.Ballot.$Properties|null);
                slot?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Rejected.$Properties;
        }

        interface ICommit extends paxoskv.peer.Commit.$Properties {
        }

        class Commit {
            constructor(p?: paxoskv.peer.Commit.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            commitUpTo: number;
            static create(properties: paxoskv.peer.Commit.$Shape): paxoskv.peer.Commit & paxoskv.peer.Commit.$Shape;
            static create(properties?: paxoskv.peer.Commit.$Properties): paxoskv.peer.Commit;
            static encode(m: paxoskv.peer.Commit.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Commit & paxoskv.peer.Commit.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Commit;
            static toObject(m: paxoskv.peer.Commit, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Commit {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                commitUpTo?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Commit.$Properties;
        }

        interface IHeartbeat extends paxoskv.peer.Heartbeat.$Properties {
        }

        class Heartbeat {
            constructor(p?: paxoskv.peer.Heartbeat.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            commitUpTo: number;
            readRound: number;
            static create(properties: paxoskv.peer.Heartbeat.$Shape): paxoskv.peer.Heartbeat & paxoskv.peer.Heartbeat.$Shape;
            static create(properties?: paxoskv.peer.Heartbeat.$Properties): paxoskv.peer.Heartbeat;
            static encode(m: paxoskv.peer.Heartbeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Heartbeat & paxoskv.peer.Heartbeat.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Heartbeat;
            static toObject(m: paxoskv.peer.Heartbeat, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                commitUpTo?: (number|null);
                readRound?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Heartbeat.$Properties;
        }

        interface IHeartbeatReply extends paxoskv.peer.HeartbeatReply.$Properties {
        }

        class HeartbeatReply {
            constructor(p?: paxoskv.peer.HeartbeatReply.$Properties);
            $unknowns?: Uint8Array[];
            ballot?: (paxoskv.peer.Ballot.$Properties|null);
            readRound: number;
            chosenUpTo: number;
            behind: boolean;
            static create(properties: paxoskv.peer.HeartbeatReply.$Shape): paxoskv.peer.HeartbeatReply & paxoskv.peer.HeartbeatReply.$Shape;
            static create(properties?: paxoskv.peer.HeartbeatReply.$Properties): paxoskv.peer.HeartbeatReply;
            static encode(m: paxoskv.peer.HeartbeatReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.HeartbeatReply & paxoskv.peer.HeartbeatReply.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.HeartbeatReply;
            static toObject(m: paxoskv.peer.HeartbeatReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatReply {
            interface $Properties {
                ballot?: (paxoskv.peer.Ballot.$Properties|null);
                readRound?: (number|null);
                chosenUpTo?: (number|null);
                behind?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.HeartbeatReply.$Properties;
        }

        interface ICatchUpRequest extends paxoskv.peer.CatchUpRequest.$Properties {
        }

        class CatchUpRequest {
            constructor(p?: paxoskv.peer.CatchUpRequest.$Properties);
            $unknowns?: Uint8Array[];
            fromSlot: number;
            maxEntries: number;
            static create(properties: paxoskv.peer.CatchUpRequest.$Shape): paxoskv.peer.CatchUpRequest & paxoskv.peer.CatchUpRequest.$Shape;
            static create(properties?: paxoskv.peer.CatchUpRequest.$Properties): paxoskv.peer.CatchUpRequest;
            static encode(m: paxoskv.peer.CatchUpRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.CatchUpRequest & paxoskv.peer.CatchUpRequest.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.CatchUpRequest;
            static toObject(m: paxoskv.peer.CatchUpRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CatchUpRequest {
            interface $Properties {
                fromSlot?: (number|null);
                maxEntries?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.CatchUpRequest.$Properties;
        }

        interface ICatchUpReply extends paxoskv.peer.CatchUpReply.$Properties {
        }

        class CatchUpReply {
            constructor(p?: paxoskv.peer.CatchUpReply.$Properties);
            $unknowns?: Uint8Array[];
            entries: paxoskv.peer.ChosenEntry.$Properties[];
            snapshotNeeded: boolean;
            snapshotSlot: number;
            chosenUpTo: number;
            static create(properties: paxoskv.peer.CatchUpReply.$Shape): paxoskv.peer.CatchUpReply & paxoskv.peer.CatchUpReply.$Shape;
            static create(properties?: paxoskv.peer.CatchUpReply.$Properties): paxoskv.peer.CatchUpReply;
            static encode(m: paxoskv.peer.CatchUpReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.CatchUpReply & paxoskv.peer.CatchUpReply.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.CatchUpReply;
            static toObject(m: paxoskv.peer.CatchUpReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CatchUpReply {
            interface $Properties {
                entries?: (paxoskv.peer.ChosenEntry.$Properties[]|null);
                snapshotNeeded?: (boolean|null);
                snapshotSlot?: (number|null);
                chosenUpTo?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.CatchUpReply.$Properties;
        }

        interface ISnapshotRequest extends paxoskv.peer.SnapshotRequest.$Properties {
        }

        class SnapshotRequest {
            constructor(p?: paxoskv.peer.SnapshotRequest.$Properties);
            $unknowns?: Uint8Array[];
            snapshotSlot: number;
            offset: number;
            static create(properties: paxoskv.peer.SnapshotRequest.$Shape): paxoskv.peer.SnapshotRequest & paxoskv.peer.SnapshotRequest.$Shape;
            static create(properties?: paxoskv.peer.SnapshotRequest.$Properties): paxoskv.peer.SnapshotRequest;
            static encode(m: paxoskv.peer.SnapshotRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.SnapshotRequest & paxoskv.peer.SnapshotRequest.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.SnapshotRequest;
            static toObject(m: paxoskv.peer.SnapshotRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotRequest {
            interface $Properties {
                snapshotSlot?: (number|null);
                offset?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.SnapshotRequest.$Properties;
        }

        interface ISnapshotChunk extends paxoskv.peer.SnapshotChunk.$Properties {
        }

        class SnapshotChunk {
            constructor(p?: paxoskv.peer.SnapshotChunk.$Properties);
            $unknowns?: Uint8Array[];
            snapshotSlot: number;
            offset: number;
            totalBytes: number;
            data: Uint8Array;
            done: boolean;
            payloadCrc?: (number|null);
            static create(properties: paxoskv.peer.SnapshotChunk.$Shape): paxoskv.peer.SnapshotChunk & paxoskv.peer.SnapshotChunk.$Shape;
            static create(properties?: paxoskv.peer.SnapshotChunk.$Properties): paxoskv.peer.SnapshotChunk;
            static encode(m: paxoskv.peer.SnapshotChunk.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.SnapshotChunk & paxoskv.peer.SnapshotChunk.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.SnapshotChunk;
            static toObject(m: paxoskv.peer.SnapshotChunk, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotChunk {
            interface $Properties {
                snapshotSlot?: (number|null);
                offset?: (number|null);
                totalBytes?: (number|null);
                data?: (Uint8Array|null);
                done?: (boolean|null);
                payloadCrc?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.SnapshotChunk.$Properties;
        }

        interface IForward extends paxoskv.peer.Forward.$Properties {
        }

        class Forward {
            constructor(p?: paxoskv.peer.Forward.$Properties);
            $unknowns?: Uint8Array[];
            forwardId: number;
            request: Uint8Array;
            static create(properties: paxoskv.peer.Forward.$Shape): paxoskv.peer.Forward & paxoskv.peer.Forward.$Shape;
            static create(properties?: paxoskv.peer.Forward.$Properties): paxoskv.peer.Forward;
            static encode(m: paxoskv.peer.Forward.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Forward & paxoskv.peer.Forward.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Forward;
            static toObject(m: paxoskv.peer.Forward, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Forward {
            interface $Properties {
                forwardId?: (number|null);
                request?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Forward.$Properties;
        }

        interface IForwardReply extends paxoskv.peer.ForwardReply.$Properties {
        }

        class ForwardReply {
            constructor(p?: paxoskv.peer.ForwardReply.$Properties);
            $unknowns?: Uint8Array[];
            forwardId: number;
            response: Uint8Array;
            static create(properties: paxoskv.peer.ForwardReply.$Shape): paxoskv.peer.ForwardReply & paxoskv.peer.ForwardReply.$Shape;
            static create(properties?: paxoskv.peer.ForwardReply.$Properties): paxoskv.peer.ForwardReply;
            static encode(m: paxoskv.peer.ForwardReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.ForwardReply & paxoskv.peer.ForwardReply.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.ForwardReply;
            static toObject(m: paxoskv.peer.ForwardReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ForwardReply {
            interface $Properties {
                forwardId?: (number|null);
                response?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.ForwardReply.$Properties;
        }

        interface IHello extends paxoskv.peer.Hello.$Properties {
        }

        class Hello {
            constructor(p?: paxoskv.peer.Hello.$Properties);
            $unknowns?: Uint8Array[];
            clusterId: string;
            name: string;
            incarnation: string;
            nonce: Uint8Array;
            proof: Uint8Array;
            static create(properties: paxoskv.peer.Hello.$Shape): paxoskv.peer.Hello & paxoskv.peer.Hello.$Shape;
            static create(properties?: paxoskv.peer.Hello.$Properties): paxoskv.peer.Hello;
            static encode(m: paxoskv.peer.Hello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.Hello & paxoskv.peer.Hello.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.Hello;
            static toObject(m: paxoskv.peer.Hello, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                clusterId?: (string|null);
                name?: (string|null);
                incarnation?: (string|null);
                nonce?: (Uint8Array|null);
                proof?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.peer.Hello.$Properties;
        }

        interface IPeerEnvelope extends paxoskv.peer.PeerEnvelope.$Properties {
        }

        class PeerEnvelope {
            constructor(p?: paxoskv.peer.PeerEnvelope.$Properties);
            $unknowns?: Uint8Array[];
            from: number;
            fromIncarnation: string;
            prepare?: (paxoskv.peer.Prepare.$Properties|null);
            promise?: (paxoskv.peer.Promise.$Properties|null);
            accept?: (paxoskv.peer.Accept.$Properties|null);
            accepted?: (paxoskv.peer.Accepted.$Properties|null);
            rejected?: (paxoskv.peer.Rejected.$Properties|null);
            commit?: (paxoskv.peer.Commit.$Properties|null);
            heartbeat?: (paxoskv.peer.Heartbeat.$Properties|null);
            heartbeatReply?: (paxoskv.peer.HeartbeatReply.$Properties|null);
            catchUpRequest?: (paxoskv.peer.CatchUpRequest.$Properties|null);
            catchUpReply?: (paxoskv.peer.CatchUpReply.$Properties|null);
            snapshotRequest?: (paxoskv.peer.SnapshotRequest.$Properties|null);
            snapshotChunk?: (paxoskv.peer.SnapshotChunk.$Properties|null);
            forward?: (paxoskv.peer.Forward.$Properties|null);
            forwardReply?: (paxoskv.peer.ForwardReply.$Properties|null);
            hello?: (paxoskv.peer.Hello.$Properties|null);
            body?: ("prepare"|"promise"|"accept"|"accepted"|"rejected"|"commit"|"heartbeat"|"heartbeatReply"|"catchUpRequest"|"catchUpReply"|"snapshotRequest"|"snapshotChunk"|"forward"|"forwardReply"|"hello");
            static create(properties: paxoskv.peer.PeerEnvelope.$Shape): paxoskv.peer.PeerEnvelope & paxoskv.peer.PeerEnvelope.$Shape;
            static create(properties?: paxoskv.peer.PeerEnvelope.$Properties): paxoskv.peer.PeerEnvelope;
            static encode(m: paxoskv.peer.PeerEnvelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.peer.PeerEnvelope & paxoskv.peer.PeerEnvelope.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.peer.PeerEnvelope;
            static toObject(m: paxoskv.peer.PeerEnvelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerEnvelope {
            interface $Properties {
                from?: (number|null);
                fromIncarnation?: (string|null);
                prepare?: (paxoskv.peer.Prepare.$Properties|null);
                promise?: (paxoskv.peer.Promise.$Properties|null);
                accept?: (paxoskv.peer.Accept.$Properties|null);
                accepted?: (paxoskv.peer.Accepted.$Properties|null);
                rejected?: (paxoskv.peer.Rejected.$Properties|null);
                commit?: (paxoskv.peer.Commit.$Properties|null);
                heartbeat?: (paxoskv.peer.Heartbeat.$Properties|null);
                heartbeatReply?: (paxoskv.peer.HeartbeatReply.$Properties|null);
                catchUpRequest?: (paxoskv.peer.CatchUpRequest.$Properties|null);
                catchUpReply?: (paxoskv.peer.CatchUpReply.$Properties|null);
                snapshotRequest?: (paxoskv.peer.SnapshotRequest.$Properties|null);
                snapshotChunk?: (paxoskv.peer.SnapshotChunk.$Properties|null);
                forward?: (paxoskv.peer.Forward.$Properties|null);
                forwardReply?: (paxoskv.peer.ForwardReply.$Properties|null);
                hello?: (paxoskv.peer.Hello.$Properties|null);
                body?: ("prepare"|"promise"|"accept"|"accepted"|"rejected"|"commit"|"heartbeat"|"heartbeatReply"|"catchUpRequest"|"catchUpReply"|"snapshotRequest"|"snapshotChunk"|"forward"|"forwardReply"|"hello");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              from?: number|null;
              fromIncarnation?: string|null;
              prepare?: paxoskv.peer.Prepare.$Shape|null;
              promise?: paxoskv.peer.Promise.$Shape|null;
              accept?: paxoskv.peer.Accept.$Shape|null;
              accepted?: paxoskv.peer.Accepted.$Shape|null;
              rejected?: paxoskv.peer.Rejected.$Shape|null;
              commit?: paxoskv.peer.Commit.$Shape|null;
              heartbeat?: paxoskv.peer.Heartbeat.$Shape|null;
              heartbeatReply?: paxoskv.peer.HeartbeatReply.$Shape|null;
              catchUpRequest?: paxoskv.peer.CatchUpRequest.$Shape|null;
              catchUpReply?: paxoskv.peer.CatchUpReply.$Shape|null;
              snapshotRequest?: paxoskv.peer.SnapshotRequest.$Shape|null;
              snapshotChunk?: paxoskv.peer.SnapshotChunk.$Shape|null;
              forward?: paxoskv.peer.Forward.$Shape|null;
              forwardReply?: paxoskv.peer.ForwardReply.$Shape|null;
              hello?: paxoskv.peer.Hello.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "prepare"; prepare: paxoskv.peer.Prepare.$Shape; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "promise"; prepare?: null; promise: paxoskv.peer.Promise.$Shape; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "accept"; prepare?: null; promise?: null; accept: paxoskv.peer.Accept.$Shape; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "accepted"; prepare?: null; promise?: null; accept?: null; accepted: paxoskv.peer.Accepted.$Shape; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "rejected"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected: paxoskv.peer.Rejected.$Shape; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "commit"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit: paxoskv.peer.Commit.$Shape; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "heartbeat"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat: paxoskv.peer.Heartbeat.$Shape; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "heartbeatReply"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply: paxoskv.peer.HeartbeatReply.$Shape; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "catchUpRequest"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest: paxoskv.peer.CatchUpRequest.$Shape; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "catchUpReply"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply: paxoskv.peer.CatchUpReply.$Shape; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "snapshotRequest"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest: paxoskv.peer.SnapshotRequest.$Shape; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "snapshotChunk"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk: paxoskv.peer.SnapshotChunk.$Shape; forward?: null; forwardReply?: null; hello?: null }|{ body?: "forward"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward: paxoskv.peer.Forward.$Shape; forwardReply?: null; hello?: null }|{ body?: "forwardReply"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply: paxoskv.peer.ForwardReply.$Shape; hello?: null }|{ body?: "hello"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello: paxoskv.peer.Hello.$Shape })
            );
        }
    }
}
