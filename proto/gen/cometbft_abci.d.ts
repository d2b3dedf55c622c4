import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace tendermint {

    namespace abci {

        interface IRequest extends tendermint.abci.Request.$Properties {
        }

        class Request {
            constructor(properties?: tendermint.abci.Request.$Properties);
            $unknowns?: Uint8Array[];
            echo?: (tendermint.abci.RequestEcho.$Properties|null);
            flush?: (tendermint.abci.RequestFlush.$Properties|null);
            info?: (tendermint.abci.RequestInfo.$Properties|null);
            initChain?: (tendermint.abci.RequestInitChain.$Properties|null);
            query?: (tendermint.abci.RequestQuery.$Properties|null);
            checkTx?: (tendermint.abci.RequestCheckTx.$Properties|null);
            commit?: (tendermint.abci.RequestCommit.$Properties|null);
            listSnapshots?: (tendermint.abci.RequestListSnapshots.$Properties|null);
            offerSnapshot?: (tendermint.abci.RequestOfferSnapshot.$Properties|null);
            loadSnapshotChunk?: (tendermint.abci.RequestLoadSnapshotChunk.$Properties|null);
            applySnapshotChunk?: (tendermint.abci.RequestApplySnapshotChunk.$Properties|null);
            prepareProposal?: (tendermint.abci.RequestPrepareProposal.$Properties|null);
            processProposal?: (tendermint.abci.RequestProcessProposal.$Properties|null);
            extendVote?: (tendermint.abci.RequestExtendVote.$Properties|null);
            verifyVoteExtension?: (tendermint.abci.RequestVerifyVoteExtension.$Properties|null);
            finalizeBlock?: (tendermint.abci.RequestFinalizeBlock.$Properties|null);
            value?: ("echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock");
            static create(properties: tendermint.abci.Request.$Shape): tendermint.abci.Request & tendermint.abci.Request.$Shape;
            static create(properties?: tendermint.abci.Request.$Properties): tendermint.abci.Request;
            static encode(message: tendermint.abci.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.Request & tendermint.abci.Request.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.Request;
            static toObject(message: tendermint.abci.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Request {
            interface $Properties {
                echo?: (tendermint.abci.RequestEcho.$Properties|null);
                flush?: (tendermint.abci.RequestFlush.$Properties|null);
                info?: (tendermint.abci.RequestInfo.$Properties|null);
                initChain?: (tendermint.abci.RequestInitChain.$Properties|null);
                query?: (tendermint.abci.RequestQuery.$Properties|null);
                checkTx?: (tendermint.abci.RequestCheckTx.$Properties|null);
                commit?: (tendermint.abci.RequestCommit.$Properties|null);
                listSnapshots?: (tendermint.abci.RequestListSnapshots.$Properties|null);
                offerSnapshot?: (tendermint.abci.RequestOfferSnapshot.$Properties|null);
                loadSnapshotChunk?: (tendermint.abci.RequestLoadSnapshotChunk.$Properties|null);
                applySnapshotChunk?: (tendermint.abci.RequestApplySnapshotChunk.$Properties|null);
                prepareProposal?: (tendermint.abci.RequestPrepareProposal.$Properties|null);
                processProposal?: (tendermint.abci.RequestProcessProposal.$Properties|null);
                extendVote?: (tendermint.abci.RequestExtendVote.$Properties|null);
                verifyVoteExtension?: (tendermint.abci.RequestVerifyVoteExtension.$Properties|null);
                finalizeBlock?: (tendermint.abci.RequestFinalizeBlock.$Properties|null);
                value?: ("echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              echo?: tendermint.abci.RequestEcho.$Shape|null;
              flush?: tendermint.abci.RequestFlush.$Shape|null;
              info?: tendermint.abci.RequestInfo.$Shape|null;
              initChain?: tendermint.abci.RequestInitChain.$Shape|null;
              query?: tendermint.abci.RequestQuery.$Shape|null;
              checkTx?: tendermint.abci.RequestCheckTx.$Shape|null;
              commit?: tendermint.abci.RequestCommit.$Shape|null;
              listSnapshots?: tendermint.abci.RequestListSnapshots.$Shape|null;
              offerSnapshot?: tendermint.abci.RequestOfferSnapshot.$Shape|null;
              loadSnapshotChunk?: tendermint.abci.RequestLoadSnapshotChunk.$Shape|null;
              applySnapshotChunk?: tendermint.abci.RequestApplySnapshotChunk.$Shape|null;
              prepareProposal?: tendermint.abci.RequestPrepareProposal.$Shape|null;
              processProposal?: tendermint.abci.RequestProcessProposal.$Shape|null;
              extendVote?: tendermint.abci.RequestExtendVote.$Shape|null;
              verifyVoteExtension?: tendermint.abci.RequestVerifyVoteExtension.$Shape|null;
              finalizeBlock?: tendermint.abci.RequestFinalizeBlock.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "echo"; echo: tendermint.abci.RequestEcho.$Shape; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "flush"; echo?: null; flush: tendermint.abci.RequestFlush.$Shape; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "info"; echo?: null; flush?: null; info: tendermint.abci.RequestInfo.$Shape; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "initChain"; echo?: null; flush?: null; info?: null; initChain: tendermint.abci.RequestInitChain.$Shape; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "query"; echo?: null; flush?: null; info?: null; initChain?: null; query: tendermint.abci.RequestQuery.$Shape; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "checkTx"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx: tendermint.abci.RequestCheckTx.$Shape; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "commit"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit: tendermint.abci.RequestCommit.$Shape; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "listSnapshots"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots: tendermint.abci.RequestListSnapshots.$Shape; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "offerSnapshot"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot: tendermint.abci.RequestOfferSnapshot.$Shape; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "loadSnapshotChunk"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk: tendermint.abci.RequestLoadSnapshotChunk.$Shape; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "applySnapshotChunk"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk: tendermint.abci.RequestApplySnapshotChunk.$Shape; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "prepareProposal"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal: tendermint.abci.RequestPrepareProposal.$Shape; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "processProposal"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal: tendermint.abci.RequestProcessProposal.$Shape; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "extendVote"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote: tendermint.abci.RequestExtendVote.$Shape; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "verifyVoteExtension"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension: tendermint.abci.RequestVerifyVoteExtension.$Shape; finalizeBlock?: null }|{ value?: "finalizeBlock"; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock: tendermint.abci.RequestFinalizeBlock.$Shape })
            );
        }

        interface IRequestEcho extends tendermint.abci.RequestEcho.$Properties {
        }

        class RequestEcho {
            constructor(properties?: tendermint.abci.RequestEcho.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            static create(properties: tendermint.abci.RequestEcho.$Shape): tendermint.abci.RequestEcho & tendermint.abci.RequestEcho.$Shape;
            static create(properties?: tendermint.abci.RequestEcho.$Properties): tendermint.abci.RequestEcho;
            static encode(message: tendermint.abci.RequestEcho.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestEcho & tendermint.abci.RequestEcho.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestEcho;
            static toObject(message: tendermint.abci.RequestEcho, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestEcho {
            interface $Properties {
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestEcho.$Properties;
        }

        interface IRequestFlush extends tendermint.abci.RequestFlush.$Properties {
        }

        class RequestFlush {
            constructor(properties?: tendermint.abci.RequestFlush.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: tendermint.abci.RequestFlush.$Shape): tendermint.abci.RequestFlush & tendermint.abci.RequestFlush.$Shape;
            static create(properties?: tendermint.abci.RequestFlush.$Properties): tendermint.abci.RequestFlush;
            static encode(message: tendermint.abci.RequestFlush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestFlush & tendermint.abci.RequestFlush.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestFlush;
            static toObject(message: tendermint.abci.RequestFlush, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestFlush {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestFlush.$Properties;
        }

        interface IRequestInfo extends tendermint.abci.RequestInfo.$Properties {
        }

        class RequestInfo {
            constructor(properties?: tendermint.abci.RequestInfo.$Properties);
            $unknowns?: Uint8Array[];
            version: string;
            blockVersion: number;
            p2pVersion: number;
            abciVersion: string;
            static create(properties: tendermint.abci.RequestInfo.$Shape): tendermint.abci.RequestInfo & tendermint.abci.RequestInfo.$Shape;
            static create(properties?: tendermint.abci.RequestInfo.$Properties): tendermint.abci.RequestInfo;
            static encode(message: tendermint.abci.RequestInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestInfo & tendermint.abci.RequestInfo.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestInfo;
            static toObject(message: tendermint.abci.RequestInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestInfo {
            interface $Properties {
                version?: (string|null);
                blockVersion?: (number|null);
                p2pVersion?: (number|null);
                abciVersion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestInfo.$Properties;
        }

        interface IRequestInitChain extends tendermint.abci.RequestInitChain.$Properties {
        }

        class RequestInitChain {
            constructor(properties?: tendermint.abci.RequestInitChain.$Properties);
            $unknowns?: Uint8Array[];
            time?: (google.protobuf.Timestamp.$Properties|null);
            chainId: string;
            consensusParams?: (tendermint.types.ConsensusParams.$Properties|null);
            validators: tendermint.abci.ValidatorUpdate.$Properties[];
            appStateBytes: Uint8Array;
            initialHeight: number;
            static create(properties: tendermint.abci.RequestInitChain.$Shape): tendermint.abci.RequestInitChain & tendermint.abci.RequestInitChain.$Shape;
            static create(properties?: tendermint.abci.RequestInitChain.$Properties): tendermint.abci.RequestInitChain;
            static encode(message: tendermint.abci.RequestInitChain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestInitChain & tendermint.abci.RequestInitChain.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestInitChain;
            static toObject(message: tendermint.abci.RequestInitChain, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestInitChain {
            interface $Properties {
                time?: (google.protobuf.Timestamp.$Properties|null);
                chainId?: (string|null);
                consensusParams?: (tendermint.types.ConsensusParams.$Properties|null);
                validators?: (tendermint.abci.ValidatorUpdate.$Properties[]|null);
                appStateBytes?: (Uint8Array|null);
                initialHeight?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              time?: google.protobuf.Timestamp.$Shape|null;
              chainId?: string|null;
              consensusParams?: tendermint.types.ConsensusParams.$Shape|null;
              validators?: tendermint.abci.ValidatorUpdate.$Shape[]|null;
              appStateBytes?: Uint8Array|null;
              initialHeight?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IRequestQuery extends tendermint.abci.RequestQuery.$Properties {
        }

        class RequestQuery {
            constructor(properties?: tendermint.abci.RequestQuery.$Properties);
            $unknowns?: Uint8Array[];
            data: Uint8Array;
            path: string;
            height: number;
            prove: boolean;
            static create(properties: tendermint.abci.RequestQuery.$Shape): tendermint.abci.RequestQuery & tendermint.abci.RequestQuery.$Shape;
            static create(properties?: tendermint.abci.RequestQuery.$Properties): tendermint.abci.RequestQuery;
            static encode(message: tendermint.abci.RequestQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestQuery & tendermint.abci.RequestQuery.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestQuery;
            static toObject(message: tendermint.abci.RequestQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestQuery {
            interface $Properties {
                data?: (Uint8Array|null);
                path?: (string|null);
                height?: (number|null);
                prove?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestQuery.$Properties;
        }

        enum CheckTxType {
            NEW = 0,
            RECHECK = 1
        }

        interface IRequestCheckTx extends tendermint.abci.RequestCheckTx.$Properties {
        }

        class RequestCheckTx {
            constructor(properties?: tendermint.abci.RequestCheckTx.$Properties);
            $unknowns?: Uint8Array[];
            tx: Uint8Array;
            type: tendermint.abci.CheckTxType;
            static create(properties: tendermint.abci.RequestCheckTx.$Shape): tendermint.abci.RequestCheckTx & tendermint.abci.RequestCheckTx.$Shape;
            static create(properties?: tendermint.abci.RequestCheckTx.$Properties): tendermint.abci.RequestCheckTx;
            static encode(message: tendermint.abci.RequestCheckTx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestCheckTx & tendermint.abci.RequestCheckTx.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestCheckTx;
            static toObject(message: tendermint.abci.RequestCheckTx, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestCheckTx {
            interface $Properties {
                tx?: (Uint8Array|null);
                type?: (tendermint.abci.CheckTxType|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestCheckTx.$Properties;
        }

        interface IRequestCommit extends tendermint.abci.RequestCommit.$Properties {
        }

        class RequestCommit {
            constructor(properties?: tendermint.abci.RequestCommit.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: tendermint.abci.RequestCommit.$Shape): tendermint.abci.RequestCommit & tendermint.abci.RequestCommit.$Shape;
            static create(properties?: tendermint.abci.RequestCommit.$Properties): tendermint.abci.RequestCommit;
            static encode(message: tendermint.abci.RequestCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestCommit & tendermint.abci.RequestCommit.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestCommit;
            static toObject(message: tendermint.abci.RequestCommit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestCommit {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestCommit.$Properties;
        }

        interface IRequestListSnapshots extends tendermint.abci.RequestListSnapshots.$Properties {
        }

        class RequestListSnapshots {
            constructor(properties?: tendermint.abci.RequestListSnapshots.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: tendermint.abci.RequestListSnapshots.$Shape): tendermint.abci.RequestListSnapshots & tendermint.abci.RequestListSnapshots.$Shape;
            static create(properties?: tendermint.abci.RequestListSnapshots.$Properties): tendermint.abci.RequestListSnapshots;
            static encode(message: tendermint.abci.RequestListSnapshots.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestListSnapshots & tendermint.abci.RequestListSnapshots.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestListSnapshots;
            static toObject(message: tendermint.abci.RequestListSnapshots, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestListSnapshots {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestListSnapshots.$Properties;
        }

        interface IRequestOfferSnapshot extends tendermint.abci.RequestOfferSnapshot.$Properties {
        }

        class RequestOfferSnapshot {
            constructor(properties?: tendermint.abci.RequestOfferSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            snapshot?: (tendermint.abci.Snapshot.$Properties|null);
            appHash: Uint8Array;
            static create(properties: tendermint.abci.RequestOfferSnapshot.$Shape): tendermint.abci.RequestOfferSnapshot & tendermint.abci.RequestOfferSnapshot.$Shape;
            static create(properties?: tendermint.abci.RequestOfferSnapshot.$Properties): tendermint.abci.RequestOfferSnapshot;
            static encode(message: tendermint.abci.RequestOfferSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestOfferSnapshot & tendermint.abci.RequestOfferSnapshot.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestOfferSnapshot;
            static toObject(message: tendermint.abci.RequestOfferSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestOfferSnapshot {
            interface $Properties {
                snapshot?: (tendermint.abci.Snapshot.$Properties|null);
                appHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestOfferSnapshot.$Properties;
        }

        interface IRequestLoadSnapshotChunk extends tendermint.abci.RequestLoadSnapshotChunk.$Properties {
        }

        class RequestLoadSnapshotChunk {
            constructor(properties?: tendermint.abci.RequestLoadSnapshotChunk.$Properties);
            $unknowns?: Uint8Array[];
            height: number;
            format: number;
            chunk: number;
            static create(properties: tendermint.abci.RequestLoadSnapshotChunk.$Shape): tendermint.abci.RequestLoadSnapshotChunk & tendermint.abci.RequestLoadSnapshotChunk.$Shape;
            static create(properties?: tendermint.abci.RequestLoadSnapshotChunk.$Properties): tendermint.abci.RequestLoadSnapshotChunk;
            static encode(message: tendermint.abci.RequestLoadSnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestLoadSnapshotChunk & tendermint.abci.RequestLoadSnapshotChunk.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestLoadSnapshotChunk;
            static toObject(message: tendermint.abci.RequestLoadSnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestLoadSnapshotChunk {
            interface $Properties {
                height?: (number|null);
                format?: (number|null);
                chunk?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestLoadSnapshotChunk.$Properties;
        }

        interface IRequestApplySnapshotChunk extends tendermint.abci.RequestApplySnapshotChunk.$Properties {
        }

        class RequestApplySnapshotChunk {
            constructor(properties?: tendermint.abci.RequestApplySnapshotChunk.$Properties);
            $unknowns?: Uint8Array[];
            index: number;
            chunk: Uint8Array;
            sender: string;
            static create(properties: tendermint.abci.RequestApplySnapshotChunk.$Shape): tendermint.abci.RequestApplySnapshotChunk & tendermint.abci.RequestApplySnapshotChunk.$Shape;
            static create(properties?: tendermint.abci.RequestApplySnapshotChunk.$Properties): tendermint.abci.RequestApplySnapshotChunk;
            static encode(message: tendermint.abci.RequestApplySnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestApplySnapshotChunk & tendermint.abci.RequestApplySnapshotChunk.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestApplySnapshotChunk;
            static toObject(message: tendermint.abci.RequestApplySnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestApplySnapshotChunk {
            interface $Properties {
                index?: (number|null);
                chunk?: (Uint8Array|null);
                sender?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestApplySnapshotChunk.$Properties;
        }

        interface IRequestPrepareProposal extends tendermint.abci.RequestPrepareProposal.$Properties {
        }

        class RequestPrepareProposal {
            constructor(properties?: tendermint.abci.RequestPrepareProposal.$Properties);
            $unknowns?: Uint8Array[];
            maxTxBytes: number;
            txs: Uint8Array[];
            localLastCommit?: (tendermint.abci.ExtendedCommitInfo.$Properties|null);
            misbehavior: tendermint.abci.Misbehavior.$Properties[];
            height: number;
            time?: (google.protobuf.Timestamp.$Properties|null);
            nextValidatorsHash: Uint8Array;
            proposerAddress: Uint8Array;
            static create(properties: tendermint.abci.RequestPrepareProposal.$Shape): tendermint.abci.RequestPrepareProposal & tendermint.abci.RequestPrepareProposal.$Shape;
            static create(properties?: tendermint.abci.RequestPrepareProposal.$Properties): tendermint.abci.RequestPrepareProposal;
            static encode(message: tendermint.abci.RequestPrepareProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestPrepareProposal & tendermint.abci.RequestPrepareProposal.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestPrepareProposal;
            static toObject(message: tendermint.abci.RequestPrepareProposal, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestPrepareProposal {
            interface $Properties {
                maxTxBytes?: (number|null);
                txs?: (Uint8Array[]|null);
                localLastCommit?: (tendermint.abci.ExtendedCommitInfo.$Properties|null);
                misbehavior?: (tendermint.abci.Misbehavior.$Properties[]|null);
                height?: (number|null);
                time?: (google.protobuf.Timestamp.$Properties|null);
                nextValidatorsHash?: (Uint8Array|null);
                proposerAddress?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestPrepareProposal.$Properties;
        }

        interface IRequestProcessProposal extends tendermint.abci.RequestProcessProposal.$Properties {
        }

        class RequestProcessProposal {
            constructor(properties?: tendermint.abci.RequestProcessProposal.$Properties);
            $unknowns?: Uint8Array[];
            txs: Uint8Array[];
            proposedLastCommit?: (tendermint.abci.CommitInfo.$Properties|null);
            misbehavior: tendermint.abci.Misbehavior.$Properties[];
            hash: Uint8Array;
            height: number;
            time?: (google.protobuf.Timestamp.$Properties|null);
            nextValidatorsHash: Uint8Array;
            proposerAddress: Uint8Array;
            static create(properties: tendermint.abci.RequestProcessProposal.$Shape): tendermint.abci.RequestProcessProposal & tendermint.abci.RequestProcessProposal.$Shape;
            static create(properties?: tendermint.abci.RequestProcessProposal.$Properties): tendermint.abci.RequestProcessProposal;
            static encode(message: tendermint.abci.RequestProcessProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestProcessProposal & tendermint.abci.RequestProcessProposal.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestProcessProposal;
            static toObject(message: tendermint.abci.RequestProcessProposal, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestProcessProposal {
            interface $Properties {
                txs?: (Uint8Array[]|null);
                proposedLastCommit?: (tendermint.abci.CommitInfo.$Properties|null);
                misbehavior?: (tendermint.abci.Misbehavior.$Properties[]|null);
                hash?: (Uint8Array|null);
                height?: (number|null);
                time?: (google.protobuf.Timestamp.$Properties|null);
                nextValidatorsHash?: (Uint8Array|null);
                proposerAddress?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestProcessProposal.$Properties;
        }

        interface IRequestExtendVote extends tendermint.abci.RequestExtendVote.$Properties {
        }

        class RequestExtendVote {
            constructor(properties?: tendermint.abci.RequestExtendVote.$Properties);
            $unknowns?: Uint8Array[];
            hash: Uint8Array;
            height: number;
            time?: (google.protobuf.Timestamp.$Properties|null);
            txs: Uint8Array[];
            proposedLastCommit?: (tendermint.abci.CommitInfo.$Properties|null);
            misbehavior: tendermint.abci.Misbehavior.$Properties[];
            nextValidatorsHash: Uint8Array;
            proposerAddress: Uint8Array;
            static create(properties: tendermint.abci.RequestExtendVote.$Shape): tendermint.abci.RequestExtendVote & tendermint.abci.RequestExtendVote.$Shape;
            static create(properties?: tendermint.abci.RequestExtendVote.$Properties): tendermint.abci.RequestExtendVote;
            static encode(message: tendermint.abci.RequestExtendVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestExtendVote & tendermint.abci.RequestExtendVote.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestExtendVote;
            static toObject(message: tendermint.abci.RequestExtendVote, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestExtendVote {
            interface $Properties {
                hash?: (Uint8Array|null);
                height?: (number|null);
                time?: (google.protobuf.Timestamp.$Properties|null);
                txs?: (Uint8Array[]|null);
                proposedLastCommit?: (tendermint.abci.CommitInfo.$Properties|null);
                misbehavior?: (tendermint.abci.Misbehavior.$Properties[]|null);
                nextValidatorsHash?: (Uint8Array|null);
                proposerAddress?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestExtendVote.$Properties;
        }

        interface IRequestVerifyVoteExtension extends tendermint.abci.RequestVerifyVoteExtension.$Properties {
        }

        class RequestVerifyVoteExtension {
            constructor(properties?: tendermint.abci.RequestVerifyVoteExtension.$Properties);
            $unknowns?: Uint8Array[];
            hash: Uint8Array;
            validatorAddress: Uint8Array;
            height: number;
            voteExtension: Uint8Array;
            static create(properties: tendermint.abci.RequestVerifyVoteExtension.$Shape): tendermint.abci.RequestVerifyVoteExtension & tendermint.abci.RequestVerifyVoteExtension.$Shape;
            static create(properties?: tendermint.abci.RequestVerifyVoteExtension.$Properties): tendermint.abci.RequestVerifyVoteExtension;
            static encode(message: tendermint.abci.RequestVerifyVoteExtension.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestVerifyVoteExtension & tendermint.abci.RequestVerifyVoteExtension.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestVerifyVoteExtension;
            static toObject(message: tendermint.abci.RequestVerifyVoteExtension, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestVerifyVoteExtension {
            interface $Properties {
                hash?: (Uint8Array|null);
                validatorAddress?: (Uint8Array|null);
                height?: (number|null);
                voteExtension?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestVerifyVoteExtension.$Properties;
        }

        interface IRequestFinalizeBlock extends tendermint.abci.RequestFinalizeBlock.$Properties {
        }

        class RequestFinalizeBlock {
            constructor(properties?: tendermint.abci.RequestFinalizeBlock.$Properties);
            $unknowns?: Uint8Array[];
            txs: Uint8Array[];
            decidedLastCommit?: (tendermint.abci.CommitInfo.$Properties|null);
            misbehavior: tendermint.abci.Misbehavior.$Properties[];
            hash: Uint8Array;
            height: number;
            time?: (google.protobuf.Timestamp.$Properties|null);
            nextValidatorsHash: Uint8Array;
            proposerAddress: Uint8Array;
            static create(properties: tendermint.abci.RequestFinalizeBlock.$Shape): tendermint.abci.RequestFinalizeBlock & tendermint.abci.RequestFinalizeBlock.$Shape;
            static create(properties?: tendermint.abci.RequestFinalizeBlock.$Properties): tendermint.abci.RequestFinalizeBlock;
            static encode(message: tendermint.abci.RequestFinalizeBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.RequestFinalizeBlock & tendermint.abci.RequestFinalizeBlock.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.RequestFinalizeBlock;
            static toObject(message: tendermint.abci.RequestFinalizeBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestFinalizeBlock {
            interface $Properties {
                txs?: (Uint8Array[]|null);
                decidedLastCommit?: (tendermint.abci.CommitInfo.$Properties|null);
                misbehavior?: (tendermint.abci.Misbehavior.$Properties[]|null);
                hash?: (Uint8Array|null);
                height?: (number|null);
                time?: (google.protobuf.Timestamp.$Properties|null);
                nextValidatorsHash?: (Uint8Array|null);
                proposerAddress?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.RequestFinalizeBlock.$Properties;
        }

        interface IResponse extends tendermint.abci.Response.$Properties {
        }

        class Response {
            constructor(properties?: tendermint.abci.Response.$Properties);
            $unknowns?: Uint8Array[];
            exception?: (tendermint.abci.ResponseException.$Properties|null);
            echo?: (tendermint.abci.ResponseEcho.$Properties|null);
            flush?: (tendermint.abci.ResponseFlush.$Properties|null);
            info?: (tendermint.abci.ResponseInfo.$Properties|null);
            initChain?: (tendermint.abci.ResponseInitChain.$Properties|null);
            query?: (tendermint.abci.ResponseQuery.$Properties|null);
            checkTx?: (tendermint.abci.ResponseCheckTx.$Properties|null);
            commit?: (tendermint.abci.ResponseCommit.$Properties|null);
            listSnapshots?: (tendermint.abci.ResponseListSnapshots.$Properties|null);
            offerSnapshot?: (tendermint.abci.ResponseOfferSnapshot.$Properties|null);
            loadSnapshotChunk?: (tendermint.abci.ResponseLoadSnapshotChunk.$Properties|null);
            applySnapshotChunk?: (tendermint.abci.ResponseApplySnapshotChunk.$Properties|null);
            prepareProposal?: (tendermint.abci.ResponsePrepareProposal.$Properties|null);
            processProposal?: (tendermint.abci.ResponseProcessProposal.$Properties|null);
            extendVote?: (tendermint.abci.ResponseExtendVote.$Properties|null);
            verifyVoteExtension?: (tendermint.abci.ResponseVerifyVoteExtension.$Properties|null);
            finalizeBlock?: (tendermint.abci.ResponseFinalizeBlock.$Properties|null);
            value?: ("exception"|"echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock");
            static create(properties: tendermint.abci.Response.$Shape): tendermint.abci.Response & tendermint.abci.Response.$Shape;
            static create(properties?: tendermint.abci.Response.$Properties): tendermint.abci.Response;
            static encode(message: tendermint.abci.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.Response & tendermint.abci.Response.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.Response;
            static toObject(message: tendermint.abci.Response, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Response {
            interface $Properties {
                exception?: (tendermint.abci.ResponseException.$Properties|null);
                echo?: (tendermint.abci.ResponseEcho.$Properties|null);
                flush?: (tendermint.abci.ResponseFlush.$Properties|null);
                info?: (tendermint.abci.ResponseInfo.$Properties|null);
                initChain?: (tendermint.abci.ResponseInitChain.$Properties|null);
                query?: (tendermint.abci.ResponseQuery.$Properties|null);
                checkTx?: (tendermint.abci.ResponseCheckTx.$Properties|null);
                commit?: (tendermint.abci.ResponseCommit.$Properties|null);
                listSnapshots?: (tendermint.abci.ResponseListSnapshots.$Properties|null);
                offerSnapshot?: (tendermint.abci.ResponseOfferSnapshot.$Properties|null);
                loadSnapshotChunk?: (tendermint.abci.ResponseLoadSnapshotChunk.$Properties|null);
                applySnapshotChunk?: (tendermint.abci.ResponseApplySnapshotChunk.$Properties|null);
                prepareProposal?: (tendermint.abci.ResponsePrepareProposal.$Properties|null);
                processProposal?: (tendermint.abci.ResponseProcessProposal.$Properties|null);
                extendVote?: (tendermint.abci.ResponseExtendVote.$Properties|null);
                verifyVoteExtension?: (tendermint.abci.ResponseVerifyVoteExtension.$Properties|null);
                finalizeBlock?: (tendermint.abci.ResponseFinalizeBlock.$Properties|null);
                value?: ("exception"|"echo"|"flush"|"info"|"initChain"|"query"|"checkTx"|"commit"|"listSnapshots"|"offerSnapshot"|"loadSnapshotChunk"|"applySnapshotChunk"|"prepareProposal"|"processProposal"|"extendVote"|"verifyVoteExtension"|"finalizeBlock");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              exception?: tendermint.abci.ResponseException.$Shape|null;
              echo?: tendermint.abci.ResponseEcho.$Shape|null;
              flush?: tendermint.abci.ResponseFlush.$Shape|null;
              info?: tendermint.abci.ResponseInfo.$Shape|null;
              initChain?: tendermint.abci.ResponseInitChain.$Shape|null;
              query?: tendermint.abci.ResponseQuery.$Shape|null;
              checkTx?: tendermint.abci.ResponseCheckTx.$Shape|null;
              commit?: tendermint.abci.ResponseCommit.$Shape|null;
              listSnapshots?: tendermint.abci.ResponseListSnapshots.$Shape|null;
              offerSnapshot?: tendermint.abci.ResponseOfferSnapshot.$Shape|null;
              loadSnapshotChunk?: tendermint.abci.ResponseLoadSnapshotChunk.$Shape|null;
              applySnapshotChunk?: tendermint.abci.ResponseApplySnapshotChunk.$Shape|null;
              prepareProposal?: tendermint.abci.ResponsePrepareProposal.$Shape|null;
              processProposal?: tendermint.abci.ResponseProcessProposal.$Shape|null;
              extendVote?: tendermint.abci.ResponseExtendVote.$Shape|null;
              verifyVoteExtension?: tendermint.abci.ResponseVerifyVoteExtension.$Shape|null;
              finalizeBlock?: tendermint.abci.ResponseFinalizeBlock.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ value?: undefined; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "exception"; exception: tendermint.abci.ResponseException.$Shape; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "echo"; exception?: null; echo: tendermint.abci.ResponseEcho.$Shape; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "flush"; exception?: null; echo?: null; flush: tendermint.abci.ResponseFlush.$Shape; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "info"; exception?: null; echo?: null; flush?: null; info: tendermint.abci.ResponseInfo.$Shape; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "initChain"; exception?: null; echo?: null; flush?: null; info?: null; initChain: tendermint.abci.ResponseInitChain.$Shape; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "query"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query: tendermint.abci.ResponseQuery.$Shape; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "checkTx"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx: tendermint.abci.ResponseCheckTx.$Shape; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "commit"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit: tendermint.abci.ResponseCommit.$Shape; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "listSnapshots"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots: tendermint.abci.ResponseListSnapshots.$Shape; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "offerSnapshot"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot: tendermint.abci.ResponseOfferSnapshot.$Shape; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "loadSnapshotChunk"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk: tendermint.abci.ResponseLoadSnapshotChunk.$Shape; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "applySnapshotChunk"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk: tendermint.abci.ResponseApplySnapshotChunk.$Shape; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "prepareProposal"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal: tendermint.abci.ResponsePrepareProposal.$Shape; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "processProposal"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal: tendermint.abci.ResponseProcessProposal.$Shape; extendVote?: null; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "extendVote"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote: tendermint.abci.ResponseExtendVote.$Shape; verifyVoteExtension?: null; finalizeBlock?: null }|{ value?: "verifyVoteExtension"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension: tendermint.abci.ResponseVerifyVoteExtension.$Shape; finalizeBlock?: null }|{ value?: "finalizeBlock"; exception?: null; echo?: null; flush?: null; info?: null; initChain?: null; query?: null; checkTx?: null; commit?: null; listSnapshots?: null; offerSnapshot?: null; loadSnapshotChunk?: null; applySnapshotChunk?: null; prepareProposal?: null; processProposal?: null; extendVote?: null; verifyVoteExtension?: null; finalizeBlock: tendermint.abci.ResponseFinalizeBlock.$Shape })
            );
        }

        interface IResponseException extends tendermint.abci.ResponseException.$Properties {
        }

        class ResponseException {
            constructor(properties?: tendermint.abci.ResponseException.$Properties);
            $unknowns?: Uint8Array[];
            error: string;
            static create(properties: tendermint.abci.ResponseException.$Shape): tendermint.abci.ResponseException & tendermint.abci.ResponseException.$Shape;
            static create(properties?: tendermint.abci.ResponseException.$Properties): tendermint.abci.ResponseException;
            static encode(message: tendermint.abci.ResponseException.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseException & tendermint.abci.ResponseException.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseException;
            static toObject(message: tendermint.abci.ResponseException, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseException {
            interface $Properties {
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseException.$Properties;
        }

        interface IResponseEcho extends tendermint.abci.ResponseEcho.$Properties {
        }

        class ResponseEcho {
            constructor(properties?: tendermint.abci.ResponseEcho.$Properties);
            $unknowns?: Uint8Array[];
            message: string;
            static create(properties: tendermint.abci.ResponseEcho.$Shape): tendermint.abci.ResponseEcho & tendermint.abci.ResponseEcho.$Shape;
            static create(properties?: tendermint.abci.ResponseEcho.$Properties): tendermint.abci.ResponseEcho;
            static encode(message: tendermint.abci.ResponseEcho.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseEcho & tendermint.abci.ResponseEcho.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseEcho;
            static toObject(message: tendermint.abci.ResponseEcho, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseEcho {
            interface $Properties {
                message?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseEcho.$Properties;
        }

        interface IResponseFlush extends tendermint.abci.ResponseFlush.$Properties {
        }

        class ResponseFlush {
            constructor(properties?: tendermint.abci.ResponseFlush.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: tendermint.abci.ResponseFlush.$Shape): tendermint.abci.ResponseFlush & tendermint.abci.ResponseFlush.$Shape;
            static create(properties?: tendermint.abci.ResponseFlush.$Properties): tendermint.abci.ResponseFlush;
            static encode(message: tendermint.abci.ResponseFlush.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseFlush & tendermint.abci.ResponseFlush.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseFlush;
            static toObject(message: tendermint.abci.ResponseFlush, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseFlush {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseFlush.$Properties;
        }

        interface IResponseInfo extends tendermint.abci.ResponseInfo.$Properties {
        }

        class ResponseInfo {
            constructor(properties?: tendermint.abci.ResponseInfo.$Properties);
            $unknowns?: Uint8Array[];
            data: string;
            version: string;
            appVersion: number;
            lastBlockHeight: number;
            lastBlockAppHash: Uint8Array;
            static create(properties: tendermint.abci.ResponseInfo.$Shape): tendermint.abci.ResponseInfo & tendermint.abci.ResponseInfo.$Shape;
            static create(properties?: tendermint.abci.ResponseInfo.$Properties): tendermint.abci.ResponseInfo;
            static encode(message: tendermint.abci.ResponseInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseInfo & tendermint.abci.ResponseInfo.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseInfo;
            static toObject(message: tendermint.abci.ResponseInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseInfo {
            interface $Properties {
                data?: (string|null);
                version?: (string|null);
                appVersion?: (number|null);
                lastBlockHeight?: (number|null);
                lastBlockAppHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseInfo.$Properties;
        }

        interface IResponseInitChain extends tendermint.abci.ResponseInitChain.$Properties {
        }

        class ResponseInitChain {
            constructor(properties?: tendermint.abci.ResponseInitChain.$Properties);
            $unknowns?: Uint8Array[];
            consensusParams?: (tendermint.types.ConsensusParams.$Properties|null);
            validators: tendermint.abci.ValidatorUpdate.$Properties[];
            appHash: Uint8Array;
            static create(properties: tendermint.abci.ResponseInitChain.$Shape): tendermint.abci.ResponseInitChain & tendermint.abci.ResponseInitChain.$Shape;
            static create(properties?: tendermint.abci.ResponseInitChain.$Properties): tendermint.abci.ResponseInitChain;
            static encode(message: tendermint.abci.ResponseInitChain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseInitChain & tendermint.abci.ResponseInitChain.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseInitChain;
            static toObject(message: tendermint.abci.ResponseInitChain, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseInitChain {
            interface $Properties {
                consensusParams?: (tendermint.types.ConsensusParams.$Properties|null);
                validators?: (tendermint.abci.ValidatorUpdate.$Properties[]|null);
                appHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              consensusParams?: tendermint.types.ConsensusParams.$Shape|null;
              validators?: tendermint.abci.ValidatorUpdate.$Shape[]|null;
              appHash?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IResponseQuery extends tendermint.abci.ResponseQuery.$Properties {
        }

        class ResponseQuery {
            constructor(properties?: tendermint.abci.ResponseQuery.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            log: string;
            info: string;
            index: number;
            key: Uint8Array;
            value: Uint8Array;
            proofOps?: (tendermint.crypto.ProofOps.$Properties|null);
            height: number;
            codespace: string;
            static create(properties: tendermint.abci.ResponseQuery.$Shape): tendermint.abci.ResponseQuery & tendermint.abci.ResponseQuery.$Shape;
            static create(properties?: tendermint.abci.ResponseQuery.$Properties): tendermint.abci.ResponseQuery;
            static encode(message: tendermint.abci.ResponseQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseQuery & tendermint.abci.ResponseQuery.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseQuery;
            static toObject(message: tendermint.abci.ResponseQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseQuery {
            interface $Properties {
                code?: (number|null);
                log?: (string|null);
                info?: (string|null);
                index?: (number|null);
                key?: (Uint8Array|null);
                value?: (Uint8Array|null);
                proofOps?: (tendermint.crypto.ProofOps.$Properties|null);
                height?: (number|null);
                codespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseQuery.$Properties;
        }

        interface IResponseCheckTx extends tendermint.abci.ResponseCheckTx.$Properties {
        }

        class ResponseCheckTx {
            constructor(properties?: tendermint.abci.ResponseCheckTx.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            data: Uint8Array;
            log: string;
            info: string;
            gasWanted: number;
            gasUsed: number;
            events: tendermint.abci.Event.$Properties[];
            codespace: string;
            static create(properties: tendermint.abci.ResponseCheckTx.$Shape): tendermint.abci.ResponseCheckTx & tendermint.abci.ResponseCheckTx.$Shape;
            static create(properties?: tendermint.abci.ResponseCheckTx.$Properties): tendermint.abci.ResponseCheckTx;
            static encode(message: tendermint.abci.ResponseCheckTx.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseCheckTx & tendermint.abci.ResponseCheckTx.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseCheckTx;
            static toObject(message: tendermint.abci.ResponseCheckTx, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseCheckTx {
            interface $Properties {
                code?: (number|null);
                data?: (Uint8Array|null);
                log?: (string|null);
                info?: (string|null);
                gasWanted?: (number|null);
                gasUsed?: (number|null);
                events?: (tendermint.abci.Event.$Properties[]|null);
                codespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseCheckTx.$Properties;
        }

        interface IResponseCommit extends tendermint.abci.ResponseCommit.$Properties {
        }

        class ResponseCommit {
            constructor(properties?: tendermint.abci.ResponseCommit.$Properties);
            $unknowns?: Uint8Array[];
            retainHeight: number;
            static create(properties: tendermint.abci.ResponseCommit.$Shape): tendermint.abci.ResponseCommit & tendermint.abci.ResponseCommit.$Shape;
            static create(properties?: tendermint.abci.ResponseCommit.$Properties): tendermint.abci.ResponseCommit;
            static encode(message: tendermint.abci.ResponseCommit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseCommit & tendermint.abci.ResponseCommit.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseCommit;
            static toObject(message: tendermint.abci.ResponseCommit, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseCommit {
            interface $Properties {
                retainHeight?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseCommit.$Properties;
        }

        interface IResponseListSnapshots extends tendermint.abci.ResponseListSnapshots.$Properties {
        }

        class ResponseListSnapshots {
            constructor(properties?: tendermint.abci.ResponseListSnapshots.$Properties);
            $unknowns?: Uint8Array[];
            snapshots: tendermint.abci.Snapshot.$Properties[];
            static create(properties: tendermint.abci.ResponseListSnapshots.$Shape): tendermint.abci.ResponseListSnapshots & tendermint.abci.ResponseListSnapshots.$Shape;
            static create(properties?: tendermint.abci.ResponseListSnapshots.$Properties): tendermint.abci.ResponseListSnapshots;
            static encode(message: tendermint.abci.ResponseListSnapshots.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseListSnapshots & tendermint.abci.ResponseListSnapshots.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseListSnapshots;
            static toObject(message: tendermint.abci.ResponseListSnapshots, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseListSnapshots {
            interface $Properties {
                snapshots?: (tendermint.abci.Snapshot.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseListSnapshots.$Properties;
        }

        interface IResponseOfferSnapshot extends tendermint.abci.ResponseOfferSnapshot.$Properties {
        }

        class ResponseOfferSnapshot {
            constructor(properties?: tendermint.abci.ResponseOfferSnapshot.$Properties);
            $unknowns?: Uint8Array[];
            result: tendermint.abci.ResponseOfferSnapshot.Result;
            static create(properties: tendermint.abci.ResponseOfferSnapshot.$Shape): tendermint.abci.ResponseOfferSnapshot & tendermint.abci.ResponseOfferSnapshot.$Shape;
            static create(properties?: tendermint.abci.ResponseOfferSnapshot.$Properties): tendermint.abci.ResponseOfferSnapshot;
            static encode(message: tendermint.abci.ResponseOfferSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseOfferSnapshot & tendermint.abci.ResponseOfferSnapshot.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseOfferSnapshot;
            static toObject(message: tendermint.abci.ResponseOfferSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseOfferSnapshot {
            interface $Properties {
                result?: (tendermint.abci.ResponseOfferSnapshot.Result|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseOfferSnapshot.$Properties;

            enum Result {
                UNKNOWN = 0,
                ACCEPT = 1,
                ABORT = 2,
                REJECT = 3,
                REJECT_FORMAT = 4,
                REJECT_SENDER = 5
            }
        }

        interface IResponseLoadSnapshotChunk extends tendermint.abci.ResponseLoadSnapshotChunk.$Properties {
        }

        class ResponseLoadSnapshotChunk {
            constructor(properties?: tendermint.abci.ResponseLoadSnapshotChunk.$Properties);
            $unknowns?: Uint8Array[];
            chunk: Uint8Array;
            static create(properties: tendermint.abci.ResponseLoadSnapshotChunk.$Shape): tendermint.abci.ResponseLoadSnapshotChunk & tendermint.abci.ResponseLoadSnapshotChunk.$Shape;
            static create(properties?: tendermint.abci.ResponseLoadSnapshotChunk.$Properties): tendermint.abci.ResponseLoadSnapshotChunk;
            static encode(message: tendermint.abci.ResponseLoadSnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseLoadSnapshotChunk & tendermint.abci.ResponseLoadSnapshotChunk.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseLoadSnapshotChunk;
            static toObject(message: tendermint.abci.ResponseLoadSnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseLoadSnapshotChunk {
            interface $Properties {
                chunk?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseLoadSnapshotChunk.$Properties;
        }

        interface IResponseApplySnapshotChunk extends tendermint.abci.ResponseApplySnapshotChunk.$Properties {
        }

        class ResponseApplySnapshotChunk {
            constructor(properties?: tendermint.abci.ResponseApplySnapshotChunk.$Properties);
            $unknowns?: Uint8Array[];
            result: tendermint.abci.ResponseApplySnapshotChunk.Result;
            refetchChunks: number[];
            rejectSenders: string[];
            static create(properties: tendermint.abci.ResponseApplySnapshotChunk.$Shape): tendermint.abci.ResponseApplySnapshotChunk & tendermint.abci.ResponseApplySnapshotChunk.$Shape;
            static create(properties?: tendermint.abci.ResponseApplySnapshotChunk.$Properties): tendermint.abci.ResponseApplySnapshotChunk;
            static encode(message: tendermint.abci.ResponseApplySnapshotChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseApplySnapshotChunk & tendermint.abci.ResponseApplySnapshotChunk.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseApplySnapshotChunk;
            static toObject(message: tendermint.abci.ResponseApplySnapshotChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseApplySnapshotChunk {
            interface $Properties {
                result?: (tendermint.abci.ResponseApplySnapshotChunk.Result|null);
                refetchChunks?: (number[]|null);
                rejectSenders?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseApplySnapshotChunk.$Properties;

            enum Result {
                UNKNOWN = 0,
                ACCEPT = 1,
                ABORT = 2,
                RETRY = 3,
                RETRY_SNAPSHOT = 4,
                REJECT_SNAPSHOT = 5
            }
        }

        interface IResponsePrepareProposal extends tendermint.abci.ResponsePrepareProposal.$Properties {
        }

        class ResponsePrepareProposal {
            constructor(properties?: tendermint.abci.ResponsePrepareProposal.$Properties);
            $unknowns?: Uint8Array[];
            txs: Uint8Array[];
            static create(properties: tendermint.abci.ResponsePrepareProposal.$Shape): tendermint.abci.ResponsePrepareProposal & tendermint.abci.ResponsePrepareProposal.$Shape;
            static create(properties?: tendermint.abci.ResponsePrepareProposal.$Properties): tendermint.abci.ResponsePrepareProposal;
            static encode(message: tendermint.abci.ResponsePrepareProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponsePrepareProposal & tendermint.abci.ResponsePrepareProposal.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponsePrepareProposal;
            static toObject(message: tendermint.abci.ResponsePrepareProposal, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponsePrepareProposal {
            interface $Properties {
                txs?: (Uint8Array[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponsePrepareProposal.$Properties;
        }

        interface IResponseProcessProposal extends tendermint.abci.ResponseProcessProposal.$Properties {
        }

        class ResponseProcessProposal {
            constructor(properties?: tendermint.abci.ResponseProcessProposal.$Properties);
            $unknowns?: Uint8Array[];
            status: tendermint.abci.ResponseProcessProposal.ProposalStatus;
            static create(properties: tendermint.abci.ResponseProcessProposal.$Shape): tendermint.abci.ResponseProcessProposal & tendermint.abci.ResponseProcessProposal.$Shape;
            static create(properties?: tendermint.abci.ResponseProcessProposal.$Properties): tendermint.abci.ResponseProcessProposal;
            static encode(message: tendermint.abci.ResponseProcessProposal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseProcessProposal & tendermint.abci.ResponseProcessProposal.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseProcessProposal;
            static toObject(message: tendermint.abci.ResponseProcessProposal, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseProcessProposal {
            interface $Properties {
                status?: (tendermint.abci.ResponseProcessProposal.ProposalStatus|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseProcessProposal.$Properties;

            enum ProposalStatus {
                UNKNOWN = 0,
                ACCEPT = 1,
                REJECT = 2
            }
        }

        interface IResponseExtendVote extends tendermint.abci.ResponseExtendVote.$Properties {
        }

        class ResponseExtendVote {
            constructor(properties?: tendermint.abci.ResponseExtendVote.$Properties);
            $unknowns?: Uint8Array[];
            voteExtension: Uint8Array;
            static create(properties: tendermint.abci.ResponseExtendVote.$Shape): tendermint.abci.ResponseExtendVote & tendermint.abci.ResponseExtendVote.$Shape;
            static create(properties?: tendermint.abci.ResponseExtendVote.$Properties): tendermint.abci.ResponseExtendVote;
            static encode(message: tendermint.abci.ResponseExtendVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseExtendVote & tendermint.abci.ResponseExtendVote.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseExtendVote;
            static toObject(message: tendermint.abci.ResponseExtendVote, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseExtendVote {
            interface $Properties {
                voteExtension?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseExtendVote.$Properties;
        }

        interface IResponseVerifyVoteExtension extends tendermint.abci.ResponseVerifyVoteExtension.$Properties {
        }

        class ResponseVerifyVoteExtension {
            constructor(properties?: tendermint.abci.ResponseVerifyVoteExtension.$Properties);
            $unknowns?: Uint8Array[];
            status: tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus;
            static create(properties: tendermint.abci.ResponseVerifyVoteExtension.$Shape): tendermint.abci.ResponseVerifyVoteExtension & tendermint.abci.ResponseVerifyVoteExtension.$Shape;
            static create(properties?: tendermint.abci.ResponseVerifyVoteExtension.$Properties): tendermint.abci.ResponseVerifyVoteExtension;
            static encode(message: tendermint.abci.ResponseVerifyVoteExtension.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseVerifyVoteExtension & tendermint.abci.ResponseVerifyVoteExtension.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseVerifyVoteExtension;
            static toObject(message: tendermint.abci.ResponseVerifyVoteExtension, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseVerifyVoteExtension {
            interface $Properties {
                status?: (tendermint.abci.ResponseVerifyVoteExtension.VerifyStatus|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ResponseVerifyVoteExtension.$Properties;

            enum VerifyStatus {
                UNKNOWN = 0,
                ACCEPT = 1,
                REJECT = 2
            }
        }

        interface IResponseFinalizeBlock extends tendermint.abci.ResponseFinalizeBlock.$Properties {
        }

        class ResponseFinalizeBlock {
            constructor(properties?: tendermint.abci.ResponseFinalizeBlock.$Properties);
            $unknowns?: Uint8Array[];
            events: tendermint.abci.Event.$Properties[];
            txResults: tendermint.abci.ExecTxResult.$Properties[];
            validatorUpdates: tendermint.abci.ValidatorUpdate.$Properties[];
            consensusParamUpdates?: (tendermint.types.ConsensusParams.$Properties|null);
            appHash: Uint8Array;
            static create(properties: tendermint.abci.ResponseFinalizeBlock.$Shape): tendermint.abci.ResponseFinalizeBlock & tendermint.abci.ResponseFinalizeBlock.$Shape;
            static create(properties?: tendermint.abci.ResponseFinalizeBlock.$Properties): tendermint.abci.ResponseFinalizeBlock;
            static encode(message: tendermint.abci.ResponseFinalizeBlock.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ResponseFinalizeBlock & tendermint.abci.ResponseFinalizeBlock.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ResponseFinalizeBlock;
            static toObject(message: tendermint.abci.ResponseFinalizeBlock, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResponseFinalizeBlock {
            interface $Properties {
                events?: (tendermint.abci.Event.$Properties[]|null);
                txResults?: (tendermint.abci.ExecTxResult.$Properties[]|null);
                validatorUpdates?: (tendermint.abci.ValidatorUpdate.$Properties[]|null);
                consensusParamUpdates?: (tendermint.types.ConsensusParams.$Properties|null);
                appHash?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              events?: tendermint.abci.Event.$Shape[]|null;
              txResults?: tendermint.abci.ExecTxResult.$Shape[]|null;
              validatorUpdates?: tendermint.abci.ValidatorUpdate.$Shape[]|null;
              consensusParamUpdates?: tendermint.types.ConsensusParams.$Shape|null;
              appHash?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface ICommitInfo extends tendermint.abci.CommitInfo.$Properties {
        }

        class CommitInfo {
            constructor(properties?: tendermint.abci.CommitInfo.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            votes: tendermint.abci.VoteInfo.$Properties[];
            static create(properties: tendermint.abci.CommitInfo.$Shape): tendermint.abci.CommitInfo & tendermint.abci.CommitInfo.$Shape;
            static create(properties?: tendermint.abci.CommitInfo.$Properties): tendermint.abci.CommitInfo;
            static encode(message: tendermint.abci.CommitInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.CommitInfo & tendermint.abci.CommitInfo.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.CommitInfo;
            static toObject(message: tendermint.abci.CommitInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommitInfo {
            interface $Properties {
                round?: (number|null);
                votes?: (tendermint.abci.VoteInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.CommitInfo.$Properties;
        }

        interface IExtendedCommitInfo extends tendermint.abci.ExtendedCommitInfo.$Properties {
        }

        class ExtendedCommitInfo {
            constructor(properties?: tendermint.abci.ExtendedCommitInfo.$Properties);
            $unknowns?: Uint8Array[];
            round: number;
            votes: tendermint.abci.ExtendedVoteInfo.$Properties[];
            static create(properties: tendermint.abci.ExtendedCommitInfo.$Shape): tendermint.abci.ExtendedCommitInfo & tendermint.abci.ExtendedCommitInfo.$Shape;
            static create(properties?: tendermint.abci.ExtendedCommitInfo.$Properties): tendermint.abci.ExtendedCommitInfo;
            static encode(message: tendermint.abci.ExtendedCommitInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ExtendedCommitInfo & tendermint.abci.ExtendedCommitInfo.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ExtendedCommitInfo;
            static toObject(message: tendermint.abci.ExtendedCommitInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtendedCommitInfo {
            interface $Properties {
                round?: (number|null);
                votes?: (tendermint.abci.ExtendedVoteInfo.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ExtendedCommitInfo.$Properties;
        }

        interface IEvent extends tendermint.abci.Event.$Properties {
        }

        class Event {
            constructor(properties?: tendermint.abci.Event.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            attributes: tendermint.abci.EventAttribute.$Properties[];
            static create(properties: tendermint.abci.Event.$Shape): tendermint.abci.Event & tendermint.abci.Event.$Shape;
            static create(properties?: tendermint.abci.Event.$Properties): tendermint.abci.Event;
            static encode(message: tendermint.abci.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.Event & tendermint.abci.Event.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.Event;
            static toObject(message: tendermint.abci.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                type?: (string|null);
                attributes?: (tendermint.abci.EventAttribute.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.Event.$Properties;
        }

        interface IEventAttribute extends tendermint.abci.EventAttribute.$Properties {
        }

        class EventAttribute {
            constructor(properties?: tendermint.abci.EventAttribute.$Properties);
            $unknowns?: Uint8Array[];
            key: string;
            value: string;
            index: boolean;
            static create(properties: tendermint.abci.EventAttribute.$Shape): tendermint.abci.EventAttribute & tendermint.abci.EventAttribute.$Shape;
            static create(properties?: tendermint.abci.EventAttribute.$Properties): tendermint.abci.EventAttribute;
            static encode(message: tendermint.abci.EventAttribute.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.EventAttribute & tendermint.abci.EventAttribute.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.EventAttribute;
            static toObject(message: tendermint.abci.EventAttribute, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventAttribute {
            interface $Properties {
                key?: (string|null);
                value?: (string|null);
                index?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.EventAttribute.$Properties;
        }

        interface IExecTxResult extends tendermint.abci.ExecTxResult.$Properties {
        }

        class ExecTxResult {
            constructor(properties?: tendermint.abci.ExecTxResult.$Properties);
            $unknowns?: Uint8Array[];
            code: number;
            data: Uint8Array;
            log: string;
            info: string;
            gasWanted: number;
            gasUsed: number;
            events: tendermint.abci.Event.$Properties[];
            codespace: string;
            static create(properties: tendermint.abci.ExecTxResult.$Shape): tendermint.abci.ExecTxResult & tendermint.abci.ExecTxResult.$Shape;
            static create(properties?: tendermint.abci.ExecTxResult.$Properties): tendermint.abci.ExecTxResult;
            static encode(message: tendermint.abci.ExecTxResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ExecTxResult & tendermint.abci.ExecTxResult.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ExecTxResult;
            static toObject(message: tendermint.abci.ExecTxResult, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecTxResult {
            interface $Properties {
                code?: (number|null);
                data?: (Uint8Array|null);
                log?: (string|null);
                info?: (string|null);
                gasWanted?: (number|null);
                gasUsed?: (number|null);
                events?: (tendermint.abci.Event.$Properties[]|null);
                codespace?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ExecTxResult.$Properties;
        }

        interface IValidator extends tendermint.abci.Validator.$Properties {
        }

        class Validator {
            constructor(properties?: tendermint.abci.Validator.$Properties);
            $unknowns?: Uint8Array[];
            address: Uint8Array;
            power: number;
            static create(properties: tendermint.abci.Validator.$Shape): tendermint.abci.Validator & tendermint.abci.Validator.$Shape;
            static create(properties?: tendermint.abci.Validator.$Properties): tendermint.abci.Validator;
            static encode(message: tendermint.abci.Validator.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.Validator & tendermint.abci.Validator.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.Validator;
            static toObject(message: tendermint.abci.Validator, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Validator {
            interface $Properties {
                address?: (Uint8Array|null);
                power?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.Validator.$Properties;
        }

        interface IValidatorUpdate extends tendermint.abci.ValidatorUpdate.$Properties {
        }

        class ValidatorUpdate {
            constructor(properties?: tendermint.abci.ValidatorUpdate.$Properties);
            $unknowns?: Uint8Array[];
            pubKey?: (tendermint.crypto.PublicKey.$Properties|null);
            power: number;
            static create(properties: tendermint.abci.ValidatorUpdate.$Shape): tendermint.abci.ValidatorUpdate & tendermint.abci.ValidatorUpdate.$Shape;
            static create(properties?: tendermint.abci.ValidatorUpdate.$Properties): tendermint.abci.ValidatorUpdate;
            static encode(message: tendermint.abci.ValidatorUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ValidatorUpdate & tendermint.abci.ValidatorUpdate.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ValidatorUpdate;
            static toObject(message: tendermint.abci.ValidatorUpdate, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValidatorUpdate {
            interface $Properties {
                pubKey?: (tendermint.crypto.PublicKey.$Properties|null);
                power?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              pubKey?: tendermint.crypto.PublicKey.$Shape|null;
              power?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IVoteInfo extends tendermint.abci.VoteInfo.$Properties {
        }

        class VoteInfo {
            constructor(properties?: tendermint.abci.VoteInfo.$Properties);
            $unknowns?: Uint8Array[];
            validator?: (tendermint.abci.Validator.$Properties|null);
            blockIdFlag: tendermint.types.BlockIDFlag;
            static create(properties: tendermint.abci.VoteInfo.$Shape): tendermint.abci.VoteInfo & tendermint.abci.VoteInfo.$Shape;
            static create(properties?: tendermint.abci.VoteInfo.$Properties): tendermint.abci.VoteInfo;
            static encode(message: tendermint.abci.VoteInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.VoteInfo & tendermint.abci.VoteInfo.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.VoteInfo;
            static toObject(message: tendermint.abci.VoteInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VoteInfo {
            interface $Properties {
                validator?: (tendermint.abci.Validator.$Properties|null);
                blockIdFlag?: (tendermint.types.BlockIDFlag|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.VoteInfo.$Properties;
        }

        interface IExtendedVoteInfo extends tendermint.abci.ExtendedVoteInfo.$Properties {
        }

        class ExtendedVoteInfo {
            constructor(properties?: tendermint.abci.ExtendedVoteInfo.$Properties);
            $unknowns?: Uint8Array[];
            validator?: (tendermint.abci.Validator.$Properties|null);
            voteExtension: Uint8Array;
            extensionSignature: Uint8Array;
            blockIdFlag: tendermint.types.BlockIDFlag;
            static create(properties: tendermint.abci.ExtendedVoteInfo.$Shape): tendermint.abci.ExtendedVoteInfo & tendermint.abci.ExtendedVoteInfo.$Shape;
            static create(properties?: tendermint.abci.ExtendedVoteInfo.$Properties): tendermint.abci.ExtendedVoteInfo;
            static encode(message: tendermint.abci.ExtendedVoteInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.ExtendedVoteInfo & tendermint.abci.ExtendedVoteInfo.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.ExtendedVoteInfo;
            static toObject(message: tendermint.abci.ExtendedVoteInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExtendedVoteInfo {
            interface $Properties {
                validator?: (tendermint.abci.Validator.$Properties|null);
                voteExtension?: (Uint8Array|null);
                extensionSignature?: (Uint8Array|null);
                blockIdFlag?: (tendermint.types.BlockIDFlag|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.ExtendedVoteInfo.$Properties;
        }

        enum MisbehaviorType {
            UNKNOWN = 0,
            DUPLICATE_VOTE = 1,
            LIGHT_CLIENT_ATTACK = 2
        }

        interface IMisbehavior extends tendermint.abci.Misbehavior.$Properties {
        }

        class Misbehavior {
            constructor(properties?: tendermint.abci.Misbehavior.$Properties);
            $unknowns?: Uint8Array[];
            type: tendermint.abci.MisbehaviorType;
            validator?: (tendermint.abci.Validator.$Properties|null);
            height: number;
            time?: (google.protobuf.Timestamp.$Properties|null);
            totalVotingPower: number;
            static create(properties: tendermint.abci.Misbehavior.$Shape): tendermint.abci.Misbehavior & tendermint.abci.Misbehavior.$Shape;
            static create(properties?: tendermint.abci.Misbehavior.$Properties): tendermint.abci.Misbehavior;
            static encode(message: tendermint.abci.Misbehavior.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.Misbehavior & tendermint.abci.Misbehavior.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.Misbehavior;
            static toObject(message: tendermint.abci.Misbehavior, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Misbehavior {
            interface $Properties {
                type?: (tendermint.abci.MisbehaviorType|null);
                validator?: (tendermint.abci.Validator.$Properties|null);
                height?: (number|null);
                time?: (google.protobuf.Timestamp.$Properties|null);
                totalVotingPower?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.Misbehavior.$Properties;
        }

        interface ISnapshot extends tendermint.abci.Snapshot.$Properties {
        }

        class Snapshot {
            constructor(properties?: tendermint.abci.Snapshot.$Properties);
            $unknowns?: Uint8Array[];
            height: number;
            format: number;
            chunks: number;
            hash: Uint8Array;
            metadata: Uint8Array;
            static create(properties: tendermint.abci.Snapshot.$Shape): tendermint.abci.Snapshot & tendermint.abci.Snapshot.$Shape;
            static create(properties?: tendermint.abci.Snapshot.$Properties): tendermint.abci.Snapshot;
            static encode(message: tendermint.abci.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.abci.Snapshot & tendermint.abci.Snapshot.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.abci.Snapshot;
            static toObject(message: tendermint.abci.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Snapshot {
            interface $Properties {
                height?: (number|null);
                format?: (number|null);
                chunks?: (number|null);
                hash?: (Uint8Array|null);
                metadata?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.abci.Snapshot.$Properties;
        }
    }

    namespace crypto {

        interface IProofOp extends tendermint.crypto.ProofOp.$Properties {
        }

        class ProofOp {
            constructor(properties?: tendermint.crypto.ProofOp.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            key: Uint8Array;
            data: Uint8Array;
            static create(properties: tendermint.crypto.ProofOp.$Shape): tendermint.crypto.ProofOp & tendermint.crypto.ProofOp.$Shape;
            static create(properties?: tendermint.crypto.ProofOp.$Properties): tendermint.crypto.ProofOp;
            static encode(message: tendermint.crypto.ProofOp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.crypto.ProofOp & tendermint.crypto.ProofOp.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.crypto.ProofOp;
            static toObject(message: tendermint.crypto.ProofOp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProofOp {
            interface $Properties {
                type?: (string|null);
                key?: (Uint8Array|null);
                data?: (Uint8Array|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.crypto.ProofOp.$Properties;
        }

        interface IProofOps extends tendermint.crypto.ProofOps.$Properties {
        }

        class ProofOps {
            constructor(properties?: tendermint.crypto.ProofOps.$Properties);
            $unknowns?: Uint8Array[];
            ops: tendermint.crypto.ProofOp.$Properties[];
            static create(properties: tendermint.crypto.ProofOps.$Shape): tendermint.crypto.ProofOps & tendermint.crypto.ProofOps.$Shape;
            static create(properties?: tendermint.crypto.ProofOps.$Properties): tendermint.crypto.ProofOps;
            static encode(message: tendermint.crypto.ProofOps.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.crypto.ProofOps & tendermint.crypto.ProofOps.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.crypto.ProofOps;
            static toObject(message: tendermint.crypto.ProofOps, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ProofOps {
            interface $Properties {
                ops?: (tendermint.crypto.ProofOp.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.crypto.ProofOps.$Properties;
        }

        interface IPublicKey extends tendermint.crypto.PublicKey.$Properties {
        }

        class PublicKey {
            constructor(properties?: tendermint.crypto.PublicKey.$Properties);
            $unknowns?: Uint8Array[];
            ed25519?: (Uint8Array|null);
            secp256k1?: (Uint8Array|null);
            sum?: ("ed25519"|"secp256k1");
            static create(properties: tendermint.crypto.PublicKey.$Shape): tendermint.crypto.PublicKey & tendermint.crypto.PublicKey.$Shape;
            static create(properties?: tendermint.crypto.PublicKey.$Properties): tendermint.crypto.PublicKey;
            static encode(message: tendermint.crypto.PublicKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.crypto.PublicKey & tendermint.crypto.PublicKey.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.crypto.PublicKey;
            static toObject(message: tendermint.crypto.PublicKey, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PublicKey {
            interface $Properties {
                ed25519?: (Uint8Array|null);
                secp256k1?: (Uint8Array|null);
                sum?: ("ed25519"|"secp256k1");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              ed25519?: Uint8Array|null;
              secp256k1?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ sum?: undefined; ed25519?: null; secp256k1?: null }|{ sum?: "ed25519"; ed25519: Uint8Array; secp256k1?: null }|{ sum?: "secp256k1"; ed25519?: null; secp256k1: Uint8Array })
            );
        }
    }

    namespace types {

        interface IConsensusParams extends tendermint.types.ConsensusParams.$Properties {
        }

        class ConsensusParams {
            constructor(properties?: tendermint.types.ConsensusParams.$Properties);
            $unknowns?: Uint8Array[];
            block?: (tendermint.types.BlockParams.$Properties|null);
            evidence?: (tendermint.types.EvidenceParams.$Properties|null);
            validator?: (tendermint.types.ValidatorParams.$Properties|null);
            version?: (tendermint.types.VersionParams.$Properties|null);
            abci?: (tendermint.types.ABCIParams.$Properties|null);
            static create(properties: tendermint.types.ConsensusParams.$Shape): tendermint.types.ConsensusParams & tendermint.types.ConsensusParams.$Shape;
            static create(properties?: tendermint.types.ConsensusParams.$Properties): tendermint.types.ConsensusParams;
            static encode(message: tendermint.types.ConsensusParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.types.ConsensusParams & tendermint.types.ConsensusParams.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.types.ConsensusParams;
            static toObject(message: tendermint.types.ConsensusParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConsensusParams {
            interface $Properties {
                block?: (tendermint.types.BlockParams.$Properties|null);
                evidence?: (tendermint.types.EvidenceParams.$Properties|null);
                validator?: (tendermint.types.ValidatorParams.$Properties|null);
                version?: (tendermint.types.VersionParams.$Properties|null);
                abci?: (tendermint.types.ABCIParams.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.types.ConsensusParams.$Properties;
        }

        interface IBlockParams extends tendermint.types.BlockParams.$Properties {
        }

        class BlockParams {
            constructor(properties?: tendermint.types.BlockParams.$Properties);
            $unknowns?: Uint8Array[];
            maxBytes: number;
            maxGas: number;
            static create(properties: tendermint.types.BlockParams.$Shape): tendermint.types.BlockParams & tendermint.types.BlockParams.$Shape;
            static create(properties?: tendermint.types.BlockParams.$Properties): tendermint.types.BlockParams;
            static encode(message: tendermint.types.BlockParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.types.BlockParams & tendermint.types.BlockParams.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.types.BlockParams;
            static toObject(message: tendermint.types.BlockParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace BlockParams {
            interface $Properties {
                maxBytes?: (number|null);
                maxGas?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.types.BlockParams.$Properties;
        }

        interface IEvidenceParams extends tendermint.types.EvidenceParams.$Properties {
        }

        class EvidenceParams {
            constructor(properties?: tendermint.types.EvidenceParams.$Properties);
            $unknowns?: Uint8Array[];
            maxAgeNumBlocks: number;
            maxAgeDuration?: (google.protobuf.Duration.$Properties|null);
            maxBytes: number;
            static create(properties: tendermint.types.EvidenceParams.$Shape): tendermint.types.EvidenceParams & tendermint.types.EvidenceParams.$Shape;
            static create(properties?: tendermint.types.EvidenceParams.$Properties): tendermint.types.EvidenceParams;
            static encode(message: tendermint.types.EvidenceParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.types.EvidenceParams & tendermint.types.EvidenceParams.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.types.EvidenceParams;
            static toObject(message: tendermint.types.EvidenceParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EvidenceParams {
            interface $Properties {
                maxAgeNumBlocks?: (number|null);
                maxAgeDuration?: (google.protobuf.Duration.$Properties|null);
                maxBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.types.EvidenceParams.$Properties;
        }

        interface IValidatorParams extends tendermint.types.ValidatorParams.$Properties {
        }

        class ValidatorParams {
            constructor(properties?: tendermint.types.ValidatorParams.$Properties);
            $unknowns?: Uint8Array[];
            pubKeyTypes: string[];
            static create(properties: tendermint.types.ValidatorParams.$Shape): tendermint.types.ValidatorParams & tendermint.types.ValidatorParams.$Shape;
            static create(properties?: tendermint.types.ValidatorParams.$Properties): tendermint.types.ValidatorParams;
            static encode(message: tendermint.types.ValidatorParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.types.ValidatorParams & tendermint.types.ValidatorParams.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.types.ValidatorParams;
            static toObject(message: tendermint.types.ValidatorParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ValidatorParams {
            interface $Properties {
                pubKeyTypes?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.types.ValidatorParams.$Properties;
        }

        interface IVersionParams extends tendermint.types.VersionParams.$Properties {
        }

        class VersionParams {
            constructor(properties?: tendermint.types.VersionParams.$Properties);
            $unknowns?: Uint8Array[];
            app: number;
            static create(properties: tendermint.types.VersionParams.$Shape): tendermint.types.VersionParams & tendermint.types.VersionParams.$Shape;
            static create(properties?: tendermint.types.VersionParams.$Properties): tendermint.types.VersionParams;
            static encode(message: tendermint.types.VersionParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.types.VersionParams & tendermint.types.VersionParams.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.types.VersionParams;
            static toObject(message: tendermint.types.VersionParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionParams {
            interface $Properties {
                app?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.types.VersionParams.$Properties;
        }

        interface IABCIParams extends tendermint.types.ABCIParams.$Properties {
        }

        class ABCIParams {
            constructor(properties?: tendermint.types.ABCIParams.$Properties);
            $unknowns?: Uint8Array[];
            voteExtensionsEnableHeight: number;
            static create(properties: tendermint.types.ABCIParams.$Shape): tendermint.types.ABCIParams & tendermint.types.ABCIParams.$Shape;
            static create(properties?: tendermint.types.ABCIParams.$Properties): tendermint.types.ABCIParams;
            static encode(message: tendermint.types.ABCIParams.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): tendermint.types.ABCIParams & tendermint.types.ABCIParams.$Shape;
            static fromObject(object: { [k: string]: any }): tendermint.types.ABCIParams;
            static toObject(message: tendermint.types.ABCIParams, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ABCIParams {
            interface $Properties {
                voteExtensionsEnableHeight?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = tendermint.types.ABCIParams.$Properties;
        }

        enum BlockIDFlag {
            BLOCK_ID_FLAG_UNKNOWN = 0,
            BLOCK_ID_FLAG_ABSENT = 1,
            BLOCK_ID_FLAG_COMMIT = 2,
            BLOCK_ID_FLAG_NIL = 3
        }
    }
}

export namespace google {

    namespace protobuf {

        interface IDuration extends google.protobuf.Duration.$Properties {
        }

        class Duration {
            constructor(properties?: google.protobuf.Duration.$Properties);
            $unknowns?: Uint8Array[];
            seconds: number;
            nanos: number;
            static create(properties: google.protobuf.Duration.$Shape): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static create(properties?: google.protobuf.Duration.$Properties): google.protobuf.Duration;
            static encode(message: google.protobuf.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Duration & google.protobuf.Duration.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Duration;
            static toObject(message: google.protobuf.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Duration {
            interface $Properties {
                seconds?: (number|null);
                nanos?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Duration.$Properties;
        }

        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        class Timestamp {
            constructor(properties?: google.protobuf.Timestamp.$Properties);
            $unknowns?: Uint8Array[];
            seconds: number;
            nanos: number;
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Timestamp {
            interface $Properties {
                seconds?: (number|null);
                nanos?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
