import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace paxoskv {

    namespace client {

        interface ISetOp extends paxoskv.client.SetOp.$Properties {
        }

        class SetOp {
            constructor(p?: paxoskv.client.SetOp.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: Uint8Array;
            static create(properties: paxoskv.client.SetOp.$Shape): paxoskv.client.SetOp & paxoskv.client.SetOp.$Shape;
            static create(properties?: paxoskv.client.SetOp.$Properties): paxoskv.client.SetOp;
            static encode(m: paxoskv.client.SetOp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.SetOp & paxoskv.client.SetOp.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.SetOp;
            static toObject(m: paxoskv.client.SetOp, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetOp {
            interface $Properties {
                key?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.SetOp.$Properties;
        }

        interface IDelOp extends paxoskv.client.DelOp.$Properties {
        }

        class DelOp {
            constructor(p?: paxoskv.client.DelOp.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            static create(properties: paxoskv.client.DelOp.$Shape): paxoskv.client.DelOp & paxoskv.client.DelOp.$Shape;
            static create(properties?: paxoskv.client.DelOp.$Properties): paxoskv.client.DelOp;
            static encode(m: paxoskv.client.DelOp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.DelOp & paxoskv.client.DelOp.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.DelOp;
            static toObject(m: paxoskv.client.DelOp, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DelOp {
            interface $Properties {
                key?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.DelOp.$Properties;
        }

        interface IAppendOp extends paxoskv.client.AppendOp.$Properties {
        }

        class AppendOp {
            constructor(p?: paxoskv.client.AppendOp.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: Uint8Array;
            static create(properties: paxoskv.client.AppendOp.$Shape): paxoskv.client.AppendOp & paxoskv.client.AppendOp.$Shape;
            static create(properties?: paxoskv.client.AppendOp.$Properties): paxoskv.client.AppendOp;
            static encode(m: paxoskv.client.AppendOp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.AppendOp & paxoskv.client.AppendOp.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.AppendOp;
            static toObject(m: paxoskv.client.AppendOp, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppendOp {
            interface $Properties {
                key?: (string|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.AppendOp.$Properties;
        }

        interface ICasOp extends paxoskv.client.CasOp.$Properties {
        }

        class CasOp {
            constructor(p?: paxoskv.client.CasOp.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            expectAbsent: boolean;
            expect: Uint8Array;
            value: Uint8Array;
            static create(properties: paxoskv.client.CasOp.$Shape): paxoskv.client.CasOp & paxoskv.client.CasOp.$Shape;
            static create(properties?: paxoskv.client.CasOp.$Properties): paxoskv.client.CasOp;
            static encode(m: paxoskv.client.CasOp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.CasOp & paxoskv.client.CasOp.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.CasOp;
            static toObject(m: paxoskv.client.CasOp, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CasOp {
            interface $Properties {
                key?: (string|null);
                expectAbsent?: (boolean|null);
                expect?: (Uint8Array|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.CasOp.$Properties;
        }

        interface IImageSetOp extends paxoskv.client.ImageSetOp.$Properties {
        }

        class ImageSetOp {
            constructor(p?: paxoskv.client.ImageSetOp.$Properties);
            $unknowns?: Uint8Array[];
            phash: string;
            sha256: string;
            metadata: string;
            static create(properties: paxoskv.client.ImageSetOp.$Shape): paxoskv.client.ImageSetOp & paxoskv.client.ImageSetOp.$Shape;
            static create(properties?: paxoskv.client.ImageSetOp.$Properties): paxoskv.client.ImageSetOp;
            static encode(m: paxoskv.client.ImageSetOp.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.ImageSetOp & paxoskv.client.ImageSetOp.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.ImageSetOp;
            static toObject(m: paxoskv.client.ImageSetOp, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageSetOp {
            interface $Properties {
                phash?: (string|null);
                sha256?: (string|null);
                metadata?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.ImageSetOp.$Properties;
        }

        interface IKvCommand extends paxoskv.client.KvCommand.$Properties {
        }

        class KvCommand {
            constructor(p?: paxoskv.client.KvCommand.$Properties);
            $unknowns?: Uint8Array[];
            clientId: string;
            seq: number;
            set?: (paxoskv.client.SetOp.$Properties|null);
            del?: (paxoskv.client.DelOp.$Properties|null);
            append?: (paxoskv.client.AppendOp.$Properties|null);
            cas?: (paxoskv.client.CasOp.$Properties|null);
            imageSet?: (paxoskv.client.ImageSetOp.$Properties|null);
            op?: ("set"|"del"|"append"|"cas"|"imageSet");
            static create(properties: paxoskv.client.KvCommand.$Shape): paxoskv.client.KvCommand & paxoskv.client.KvCommand.$Shape;
            static create(properties?: paxoskv.client.KvCommand.$Properties): paxoskv.client.KvCommand;
            static encode(m: paxoskv.client.KvCommand.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.KvCommand & paxoskv.client.KvCommand.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.KvCommand;
            static toObject(m: paxoskv.client.KvCommand, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KvCommand {
            interface $Properties {
                clientId?: (string|null);
                seq?: (number|null);
                set?: (paxoskv.client.SetOp.$Properties|null);
                del?: (paxoskv.client.DelOp.$Properties|null);
                append?: (paxoskv.client.AppendOp.$Properties|null);
                cas?: (paxoskv.client.CasOp.$Properties|null);
                imageSet?: (paxoskv.client.ImageSetOp.$Properties|null);
                op?: ("set"|"del"|"append"|"cas"|"imageSet");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              clientId?: string|null;
              seq?: number|null;
              set?: paxoskv.client.SetOp.$Shape|null;
              del?: paxoskv.client.DelOp.$Shape|null;
              append?: paxoskv.client.AppendOp.$Shape|null;
              cas?: paxoskv.client.CasOp.$Shape|null;
              imageSet?: paxoskv.client.ImageSetOp.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; set?: null; del?: null; append?: null; cas?: null; imageSet?: null }|{ op?: "set"; set: paxoskv.client.SetOp.$Shape; del?: null; append?: null; cas?: null; imageSet?: null }|{ op?: "del"; set?: null; del: paxoskv.client.DelOp.$Shape; append?: null; cas?: null; imageSet?: null }|{ op?: "append"; set?: null; del?: null; append: paxoskv.client.AppendOp.$Shape; cas?: null; imageSet?: null }|{ op?: "cas"; set?: null; del?: null; append?: null; cas: paxoskv.client.CasOp.$Shape; imageSet?: null }|{ op?: "imageSet"; set?: null; del?: null; append?: null; cas?: null; imageSet: paxoskv.client.ImageSetOp.$Shape })
            );
        }

        enum Consistency {
            LINEARIZABLE = 0,
            STALE = 1
        }

        interface IGetReq extends paxoskv.client.GetReq.$Properties {
        }

        class GetReq {
            constructor(p?: paxoskv.client.GetReq.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            consistency: paxoskv.client.Consistency;
            static create(properties: paxoskv.client.GetReq.$Shape): paxoskv.client.GetReq & paxoskv.client.GetReq.$Shape;
            static create(properties?: paxoskv.client.GetReq.$Properties): paxoskv.client.GetReq;
            static encode(m: paxoskv.client.GetReq.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.GetReq & paxoskv.client.GetReq.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.GetReq;
            static toObject(m: paxoskv.client.GetReq, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetReq {
            interface $Properties {
                key?: (string|null);
                consistency?: (paxoskv.client.Consistency|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.GetReq.$Properties;
        }

        interface IKeysReq extends paxoskv.client.KeysReq.$Properties {
        }

        class KeysReq {
            constructor(p?: paxoskv.client.KeysReq.$Properties);
            $unknowns?: Uint8Array[];
            prefix: string;
            limit: number;
            consistency: paxoskv.client.Consistency;
            static create(properties: paxoskv.client.KeysReq.$Shape): paxoskv.client.KeysReq & paxoskv.client.KeysReq.$Shape;
            static create(properties?: paxoskv.client.KeysReq.$Properties): paxoskv.client.KeysReq;
            static encode(m: paxoskv.client.KeysReq.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.KeysReq & paxoskv.client.KeysReq.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.KeysReq;
            static toObject(m: paxoskv.client.KeysReq, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeysReq {
            interface $Properties {
                prefix?: (string|null);
                limit?: (number|null);
                consistency?: (paxoskv.client.Consistency|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.KeysReq.$Properties;
        }

        interface IImageGetReq extends paxoskv.client.ImageGetReq.$Properties {
        }

        class ImageGetReq {
            constructor(p?: paxoskv.client.ImageGetReq.$Properties);
            $unknowns?: Uint8Array[];
            phash: string;
            sha256: string;
            maxDistance: number;
            consistency: paxoskv.client.Consistency;
            static create(properties: paxoskv.client.ImageGetReq.$Shape): paxoskv.client.ImageGetReq & paxoskv.client.ImageGetReq.$Shape;
            static create(properties?: paxoskv.client.ImageGetReq.$Properties): paxoskv.client.ImageGetReq;
            static encode(m: paxoskv.client.ImageGetReq.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.ImageGetReq & paxoskv.client.ImageGetReq.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.ImageGetReq;
            static toObject(m: paxoskv.client.ImageGetReq, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageGetReq {
            interface $Properties {
                phash?: (string|null);
                sha256?: (string|null);
                maxDistance?: (number|null);
                consistency?: (paxoskv.client.Consistency|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.ImageGetReq.$Properties;
        }

        interface IStatusReq extends paxoskv.client.StatusReq.$Properties {
        }

        class StatusReq {
            constructor(p?: paxoskv.client.StatusReq.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: paxoskv.client.StatusReq.$Shape): paxoskv.client.StatusReq & paxoskv.client.StatusReq.$Shape;
            static create(properties?: paxoskv.client.StatusReq.$Properties): paxoskv.client.StatusReq;
            static encode(m: paxoskv.client.StatusReq.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.StatusReq & paxoskv.client.StatusReq.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.StatusReq;
            static toObject(m: paxoskv.client.StatusReq, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusReq {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.StatusReq.$Properties;
        }

        interface IClientRequest extends paxoskv.client.ClientRequest.$Properties {
        }

        class ClientRequest {
            constructor(p?: paxoskv.client.ClientRequest.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            write?: (paxoskv.client.KvCommand.$Properties|null);
            get?: (paxoskv.client.GetReq.$Properties|null);
            keys?: (paxoskv.client.KeysReq.$Properties|null);
            imageGet?: (paxoskv.client.ImageGetReq.$Properties|null);
            status?: (paxoskv.client.StatusReq.$Properties|null);
            op?: ("write"|"get"|"keys"|"imageGet"|"status");
            static create(properties: paxoskv.client.ClientRequest.$Shape): paxoskv.client.ClientRequest & paxoskv.client.ClientRequest.$Shape;
            static create(properties?: paxoskv.client.ClientRequest.$Properties): paxoskv.client.ClientRequest;
            static encode(m: paxoskv.client.ClientRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.ClientRequest & paxoskv.client.ClientRequest.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.ClientRequest;
            static toObject(m: paxoskv.client.ClientRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientRequest {
            interface $Properties {
                id?: (number|null);
                write?: (paxoskv.client.KvCommand.$Properties|null);
                get?: (paxoskv.client.GetReq.$Properties|null);
                keys?: (paxoskv.client.KeysReq.$Properties|null);
                imageGet?: (paxoskv.client.ImageGetReq.$Properties|null);
                status?: (paxoskv.client.StatusReq.$Properties|null);
                op?: ("write"|"get"|"keys"|"imageGet"|"status");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              write?: paxoskv.client.KvCommand.$Shape|null;
              get?: paxoskv.client.GetReq.$Shape|null;
              keys?: paxoskv.client.KeysReq.$Shape|null;
              imageGet?: paxoskv.client.ImageGetReq.$Shape|null;
              status?: paxoskv.client.StatusReq.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; write?: null; get?: null; keys?: null; imageGet?: null; status?: null }|{ op?: "write"; write: paxoskv.client.KvCommand.$Shape; get?: null; keys?: null; imageGet?: null; status?: null }|{ op?: "get"; write?: null; get: paxoskv.client.GetReq.$Shape; keys?: null; imageGet?: null; status?: null }|{ op?: "keys"; write?: null; get?: null; keys: paxoskv.client.KeysReq.$Shape; imageGet?: null; status?: null }|{ op?: "imageGet"; write?: null; get?: null; keys?: null; imageGet: paxoskv.client.ImageGetReq.$Shape; status?: null }|{ op?: "status"; write?: null; get?: null; keys?: null; imageGet?: null; status: paxoskv.client.StatusReq.$Shape })
            );
        }

        interface IErrorInfo extends paxoskv.client.ErrorInfo.$Properties {
        }

        class ErrorInfo {
            constructor(p?: paxoskv.client.ErrorInfo.$Properties);
            $unknowns?: Uint8Array[];
            code: string;
            message: string;
            static create(properties: paxoskv.client.ErrorInfo.$Shape): paxoskv.client.ErrorInfo & paxoskv.client.ErrorInfo.$Shape;
            static create(properties?: paxoskv.client.ErrorInfo.$Properties): paxoskv.client.ErrorInfo;
            static encode(m: paxoskv.client.ErrorInfo.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.ErrorInfo & paxoskv.client.ErrorInfo.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.ErrorInfo;
            static toObject(m: paxoskv.client.ErrorInfo, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ErrorInfo {
            interface $Properties {
                code?: (string|null);
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.ErrorInfo.$Properties;
        }

        interface IGetResult extends paxoskv.client.GetResult.$Properties {
        }

        class GetResult {
            constructor(p?: paxoskv.client.GetResult.$Properties);
            $unknowns?: Uint8Array[];
            found: boolean;
            value: Uint8Array;
            static create(properties: paxoskv.client.GetResult.$Shape): paxoskv.client.GetResult & paxoskv.client.GetResult.$Shape;
            static create(properties?: paxoskv.client.GetResult.$Properties): paxoskv.client.GetResult;
            static encode(m: paxoskv.client.GetResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.GetResult & paxoskv.client.GetResult.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.GetResult;
            static toObject(m: paxoskv.client.GetResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GetResult {
            interface $Properties {
                found?: (boolean|null);
                value?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.GetResult.$Properties;
        }

        interface IWriteResult extends paxoskv.client.WriteResult.$Properties {
        }

        class WriteResult {
            constructor(p?: paxoskv.client.WriteResult.$Properties);
            $unknowns?: Uint8Array[];
            ok: boolean;
            existed: boolean;
            value: Uint8Array;
            found: boolean;
            static create(properties: paxoskv.client.WriteResult.$Shape): paxoskv.client.WriteResult & paxoskv.client.WriteResult.$Shape;
            static create(properties?: paxoskv.client.WriteResult.$Properties): paxoskv.client.WriteResult;
            static encode(m: paxoskv.client.WriteResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.WriteResult & paxoskv.client.WriteResult.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.WriteResult;
            static toObject(m: paxoskv.client.WriteResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WriteResult {
            interface $Properties {
                ok?: (boolean|null);
                existed?: (boolean|null);
                value?: (Uint8Array|null);
                found?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.WriteResult.$Properties;
        }

        interface IKeysResult extends paxoskv.client.KeysResult.$Properties {
        }

        class KeysResult {
            constructor(p?: paxoskv.client.KeysResult.$Properties);
            $unknowns?: Uint8Array[];
            keys: string[];
            static create(properties: paxoskv.client.KeysResult.$Shape): paxoskv.client.KeysResult & paxoskv.client.KeysResult.$Shape;
            static create(properties?: paxoskv.client.KeysResult.$Properties): paxoskv.client.KeysResult;
            static encode(m: paxoskv.client.KeysResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.KeysResult & paxoskv.client.KeysResult.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.KeysResult;
            static toObject(m: paxoskv.client.KeysResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace KeysResult {
            interface $Properties {
                keys?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.KeysResult.$Properties;
        }

        interface IImageMatch extends paxoskv.client.ImageMatch.$Properties {
        }

        class ImageMatch {
            constructor(p?: paxoskv.client.ImageMatch.$Properties);
            $unknowns?: Uint8Array[];
            phash: string;
            sha256: string;
            metadata: string;
            distance: number;
            exact: boolean;
            static create(properties: paxoskv.client.ImageMatch.$Shape): paxoskv.client.ImageMatch & paxoskv.client.ImageMatch.$Shape;
            static create(properties?: paxoskv.client.ImageMatch.$Properties): paxoskv.client.ImageMatch;
            static encode(m: paxoskv.client.ImageMatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.ImageMatch & paxoskv.client.ImageMatch.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.ImageMatch;
            static toObject(m: paxoskv.client.ImageMatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageMatch {
            interface $Properties {
                phash?: (string|null);
                sha256?: (string|null);
                metadata?: (string|null);
                distance?: (number|null);
                exact?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.ImageMatch.$Properties;
        }

        interface IImageGetResult extends paxoskv.client.ImageGetResult.$Properties {
        }

        class ImageGetResult {
            constructor(p?: paxoskv.client.ImageGetResult.$Properties);
            $unknowns?: Uint8Array[];
            matches: paxoskv.client.ImageMatch.$Properties[];
            static create(properties: paxoskv.client.ImageGetResult.$Shape): paxoskv.client.ImageGetResult & paxoskv.client.ImageGetResult.$Shape;
            static create(properties?: paxoskv.client.ImageGetResult.$Properties): paxoskv.client.ImageGetResult;
            static encode(m: paxoskv.client.ImageGetResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.ImageGetResult & paxoskv.client.ImageGetResult.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.ImageGetResult;
            static toObject(m: paxoskv.client.ImageGetResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageGetResult {
            interface $Properties {
                matches?: (paxoskv.client.ImageMatch.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.ImageGetResult.$Properties;
        }

        interface IStatusResult extends paxoskv.client.StatusResult.$Properties {
        }

        class StatusResult {
            constructor(p?: paxoskv.client.StatusResult.$Properties);
            $unknowns?: Uint8Array[];
            json: string;
            static create(properties: paxoskv.client.StatusResult.$Shape): paxoskv.client.StatusResult & paxoskv.client.StatusResult.$Shape;
            static create(properties?: paxoskv.client.StatusResult.$Properties): paxoskv.client.StatusResult;
            static encode(m: paxoskv.client.StatusResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.StatusResult & paxoskv.client.StatusResult.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.StatusResult;
            static toObject(m: paxoskv.client.StatusResult, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StatusResult {
            interface $Properties {
                json?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = paxoskv.client.StatusResult.$Properties;
        }

        interface IClientResponse extends paxoskv.client.ClientResponse.$Properties {
        }

        class ClientResponse {
            constructor(p?: paxoskv.client.ClientResponse.$Properties);
            $unknowns?: Uint8Array[];
            id: number;
            error?: (paxoskv.client.ErrorInfo.$Properties|null);
            leaderHint: string;
            get?: (paxoskv.client.GetResult.$Properties|null);
            write?: (paxoskv.client.WriteResult.$Properties|null);
            keys?: (paxoskv.client.KeysResult.$Properties|null);
            imageGet?: (paxoskv.client.ImageGetResult.$Properties|null);
            status?: (paxoskv.client.StatusResult.$Properties|null);
            result?: ("get"|"write"|"keys"|"imageGet"|"status");
            static create(properties: paxoskv.client.ClientResponse.$Shape): paxoskv.client.ClientResponse & paxoskv.client.ClientResponse.$Shape;
            static create(properties?: paxoskv.client.ClientResponse.$Properties): paxoskv.client.ClientResponse;
            static encode(m: paxoskv.client.ClientResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): paxoskv.client.ClientResponse & paxoskv.client.ClientResponse.$Shape;
            static fromObject(d: { [k: string]: any }): paxoskv.client.ClientResponse;
            static toObject(m: paxoskv.client.ClientResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientResponse {
            interface $Properties {
                id?: (number|null);
                error?: (paxoskv.client.ErrorInfo.$Properties|null);
                leaderHint?: (string|null);
                get?: (paxoskv.client.GetResult.$Properties|null);
                write?: (paxoskv.client.WriteResult.$Properties|null);
                keys?: (paxoskv.client.KeysResult.$Properties|null);
                imageGet?: (paxoskv.client.ImageGetResult.$Properties|null);
                status?: (paxoskv.client.StatusResult.$Properties|null);
                result?: ("get"|"write"|"keys"|"imageGet"|"status");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: number|null;
              error?: paxoskv.client.ErrorInfo.$Shape|null;
              leaderHint?: string|null;
              get?: paxoskv.client.GetResult.$Shape|null;
              write?: paxoskv.client.WriteResult.$Shape|null;
              keys?: paxoskv.client.KeysResult.$Shape|null;
              imageGet?: paxoskv.client.ImageGetResult.$Shape|null;
              status?: paxoskv.client.StatusResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; get?: null; write?: null; keys?: null; imageGet?: null; status?: null }|{ result?: "get"; get: paxoskv.client.GetResult.$Shape; write?: null; keys?: null; imageGet?: null; status?: null }|{ result?: "write"; get?: null; write: paxoskv.client.WriteResult.$Shape; keys?: null; imageGet?: null; status?: null }|{ result?: "keys"; get?: null; write?: null; keys: paxoskv.client.KeysResult.$Shape; imageGet?: null; status?: null }|{ result?: "imageGet"; get?: null; write?: null; keys?: null; imageGet: paxoskv.client.ImageGetResult.$Shape; status?: null }|{ result?: "status"; get?: null; write?: null; keys?: null; imageGet?: null; status: paxoskv.client.StatusResult.$Shape })
            );
        }
    }
}
