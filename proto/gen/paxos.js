/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $parseInt = $util.global.parseInt, $Array = $util.global.Array, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

// Exported root namespace
var $root = $protobuf.roots["paxos"] || ($protobuf.roots["paxos"] = {});

$root.paxoskv = (function() {

    /**
     * Namespace paxoskv.
     * @exports paxoskv
     * @namespace
     */
    var paxoskv = {};

    paxoskv.peer = (function() {

        /**
         * Namespace peer.
         * @memberof paxoskv
         * @namespace
         */
        var peer = {};

        peer.Ballot = (function() {

            /**
             * Properties of a Ballot.
             * @typedef {Object} paxoskv.peer.Ballot.$Properties
             * @property {number|null} [round] Ballot round
             * @property {number|null} [node] Ballot node
             * @property {string|null} [incarnation] Ballot incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ballot.
             * @memberof paxoskv.peer
             * @interface IBallot
             * @augments paxoskv.peer.Ballot.$Properties
             * @deprecated Use paxoskv.peer.Ballot.$Properties instead.
             */

            /**
             * Shape of a Ballot.
             * @typedef {paxoskv.peer.Ballot.$Properties} paxoskv.peer.Ballot.$Shape
             */

            /**
             * Constructs a new Ballot.
             * @memberof paxoskv.peer
             * @classdesc Represents a Ballot.
             * @constructor
             * @param {paxoskv.peer.Ballot.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Ballot = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Ballot round.
             * @member {number} round
             * @memberof paxoskv.peer.Ballot
             * @instance
             */
            Ballot.prototype.round = 0;

            /**
             * Ballot node.
             * @member {number} node
             * @memberof paxoskv.peer.Ballot
             * @instance
             */
            Ballot.prototype.node = 0;

            /**
             * Ballot incarnation.
             * @member {string} incarnation
             * @memberof paxoskv.peer.Ballot
             * @instance
             */
            Ballot.prototype.incarnation = "";

            /**
             * Creates a new Ballot instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Ballot
             * @static
             * @param {paxoskv.peer.Ballot.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Ballot} Ballot instance
             * @type {{
             *   (properties: paxoskv.peer.Ballot.$Shape): paxoskv.peer.Ballot & paxoskv.peer.Ballot.$Shape;
             *   (properties?: paxoskv.peer.Ballot.$Properties): paxoskv.peer.Ballot;
             * }}
             */
            Ballot.create = function(properties) {
                return new Ballot(properties);
            };

            /**
             * Encodes the specified Ballot message. Does not implicitly {@link paxoskv.peer.Ballot.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Ballot
             * @static
             * @param {paxoskv.peer.Ballot.$Properties} m Ballot message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ballot.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.round != null && $Object.hasOwnProperty.call(m, "round") && m.round !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.round);
                if (m.node != null && $Object.hasOwnProperty.call(m, "node") && m.node !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.node);
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && m.incarnation !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.incarnation);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Ballot message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Ballot
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Ballot & paxoskv.peer.Ballot.$Shape} Ballot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ballot.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Ballot();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.round = v;
                            else
                                delete m.round;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.node = v;
                            else
                                delete m.node;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.incarnation = v;
                            else
                                delete m.incarnation;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Ballot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Ballot
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Ballot} Ballot
             */
            Ballot.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Ballot)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Ballot: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Ballot();
                if (d.round != null) {
                    if ($Number(d.round) !== 0) {
                        m.round = d.round >>> 0;
                    }
                }
                if (d.node != null) {
                    if ($Number(d.node) !== 0) {
                        m.node = d.node >>> 0;
                    }
                }
                if (d.incarnation != null) {
                    if (typeof d.incarnation !== "string" || d.incarnation.length) {
                        m.incarnation = $String(d.incarnation);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Ballot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Ballot
             * @static
             * @param {paxoskv.peer.Ballot} m Ballot
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ballot.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.round = 0;
                    d.node = 0;
                    d.incarnation = "";
                }
                if (m.round != null && $Object.hasOwnProperty.call(m, "round")) {
                    d.round = m.round;
                }
                if (m.node != null && $Object.hasOwnProperty.call(m, "node")) {
                    d.node = m.node;
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                return d;
            };

            /**
             * Converts this Ballot to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Ballot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ballot.prototype.toJSON = function() {
                return Ballot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ballot
             * @function getTypeUrl
             * @memberof paxoskv.peer.Ballot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ballot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Ballot";
            };

            return Ballot;
        })();

        peer.Member = (function() {

            /**
             * Properties of a Member.
             * @typedef {Object} paxoskv.peer.Member.$Properties
             * @property {string|null} [name] Member name
             * @property {string|null} [incarnation] Member incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Member.
             * @memberof paxoskv.peer
             * @interface IMember
             * @augments paxoskv.peer.Member.$Properties
             * @deprecated Use paxoskv.peer.Member.$Properties instead.
             */

            /**
             * Shape of a Member.
             * @typedef {paxoskv.peer.Member.$Properties} paxoskv.peer.Member.$Shape
             */

            /**
             * Constructs a new Member.
             * @memberof paxoskv.peer
             * @classdesc Represents a Member.
             * @constructor
             * @param {paxoskv.peer.Member.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Member = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Member name.
             * @member {string} name
             * @memberof paxoskv.peer.Member
             * @instance
             */
            Member.prototype.name = "";

            /**
             * Member incarnation.
             * @member {string} incarnation
             * @memberof paxoskv.peer.Member
             * @instance
             */
            Member.prototype.incarnation = "";

            /**
             * Creates a new Member instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Member
             * @static
             * @param {paxoskv.peer.Member.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Member} Member instance
             * @type {{
             *   (properties: paxoskv.peer.Member.$Shape): paxoskv.peer.Member & paxoskv.peer.Member.$Shape;
             *   (properties?: paxoskv.peer.Member.$Properties): paxoskv.peer.Member;
             * }}
             */
            Member.create = function(properties) {
                return new Member(properties);
            };

            /**
             * Encodes the specified Member message. Does not implicitly {@link paxoskv.peer.Member.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Member
             * @static
             * @param {paxoskv.peer.Member.$Properties} m Member message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.name);
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && m.incarnation !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.incarnation);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Member & paxoskv.peer.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Member();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.incarnation = v;
                            else
                                delete m.incarnation;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Member message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Member
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Member} Member
             */
            Member.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Member)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Member: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Member();
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.incarnation != null) {
                    if (typeof d.incarnation !== "string" || d.incarnation.length) {
                        m.incarnation = $String(d.incarnation);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Member message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Member
             * @static
             * @param {paxoskv.peer.Member} m Member
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Member.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    d.incarnation = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                return d;
            };

            /**
             * Converts this Member to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Member
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Member.prototype.toJSON = function() {
                return Member.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Member
             * @function getTypeUrl
             * @memberof paxoskv.peer.Member
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Member.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Member";
            };

            return Member;
        })();

        peer.Configuration = (function() {

            /**
             * Properties of a Configuration.
             * @typedef {Object} paxoskv.peer.Configuration.$Properties
             * @property {number|null} [epoch] Configuration epoch
             * @property {Array.<paxoskv.peer.Member.$Properties>|null} [members] Configuration members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Configuration.
             * @memberof paxoskv.peer
             * @interface IConfiguration
             * @augments paxoskv.peer.Configuration.$Properties
             * @deprecated Use paxoskv.peer.Configuration.$Properties instead.
             */

            /**
             * Shape of a Configuration.
             * @typedef {paxoskv.peer.Configuration.$Properties} paxoskv.peer.Configuration.$Shape
             */

            /**
             * Constructs a new Configuration.
             * @memberof paxoskv.peer
             * @classdesc Represents a Configuration.
             * @constructor
             * @param {paxoskv.peer.Configuration.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Configuration = function (p) {
                this.members = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Configuration epoch.
             * @member {number} epoch
             * @memberof paxoskv.peer.Configuration
             * @instance
             */
            Configuration.prototype.epoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Configuration members.
             * @member {Array.<paxoskv.peer.Member.$Properties>} members
             * @memberof paxoskv.peer.Configuration
             * @instance
             */
            Configuration.prototype.members = $util.emptyArray;

            /**
             * Creates a new Configuration instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Configuration
             * @static
             * @param {paxoskv.peer.Configuration.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Configuration} Configuration instance
             * @type {{
             *   (properties: paxoskv.peer.Configuration.$Shape): paxoskv.peer.Configuration & paxoskv.peer.Configuration.$Shape;
             *   (properties?: paxoskv.peer.Configuration.$Properties): paxoskv.peer.Configuration;
             * }}
             */
            Configuration.create = function(properties) {
                return new Configuration(properties);
            };

            /**
             * Encodes the specified Configuration message. Does not implicitly {@link paxoskv.peer.Configuration.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Configuration
             * @static
             * @param {paxoskv.peer.Configuration.$Properties} m Configuration message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Configuration.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch") && (typeof m.epoch === "object" ? m.epoch.low || m.epoch.high : m.epoch !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.epoch);
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        $root.paxoskv.peer.Member.encode(m.members[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Configuration message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Configuration
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Configuration & paxoskv.peer.Configuration.$Shape} Configuration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Configuration.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Configuration();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.epoch = v;
                            else
                                delete m.epoch;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push($root.paxoskv.peer.Member.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Configuration message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Configuration
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Configuration} Configuration
             */
            Configuration.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Configuration)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Configuration: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Configuration();
                if (d.epoch != null) {
                    if (typeof d.epoch === "object" ? d.epoch.low || d.epoch.high : $Number(d.epoch) !== 0) {
                        if ($util.Long)
                            m.epoch = $util.Long.fromValue(d.epoch, true);
                        else if (typeof d.epoch === "string")
                            m.epoch = $parseInt(d.epoch, 10);
                        else if (typeof d.epoch === "number")
                            m.epoch = d.epoch;
                        else if (typeof d.epoch === "object")
                            m.epoch = new $util.LongBits(d.epoch.low >>> 0, d.epoch.high >>> 0).toNumber(true);
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".paxoskv.peer.Configuration.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        if (!$util.isObject(d.members[i]))
                            throw $TypeError(".paxoskv.peer.Configuration.members: object expected");
                        m.members[i] = $root.paxoskv.peer.Member.fromObject(d.members[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Configuration message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Configuration
             * @static
             * @param {paxoskv.peer.Configuration} m Configuration
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Configuration.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.members = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.epoch = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.epoch = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.epoch != null && $Object.hasOwnProperty.call(m, "epoch")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.epoch = typeof m.epoch === "number" ? $BigInt(m.epoch) : $util.Long.fromBits(m.epoch.low >>> 0, m.epoch.high >>> 0, true).toBigInt();
                    else if (typeof m.epoch === "number")
                        d.epoch = o.longs === $String ? $String(m.epoch) : m.epoch;
                    else
                        d.epoch = o.longs === $String ? $util.Long.prototype.toString.call(m.epoch) : o.longs === $Number ? new $util.LongBits(m.epoch.low >>> 0, m.epoch.high >>> 0).toNumber(true) : m.epoch;
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = $root.paxoskv.peer.Member.toObject(m.members[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Configuration to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Configuration
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Configuration.prototype.toJSON = function() {
                return Configuration.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Configuration
             * @function getTypeUrl
             * @memberof paxoskv.peer.Configuration
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Configuration.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Configuration";
            };

            return Configuration;
        })();

        peer.SlotValue = (function() {

            /**
             * Properties of a SlotValue.
             * @typedef {Object} paxoskv.peer.SlotValue.$Properties
             * @property {boolean|null} [noop] SlotValue noop
             * @property {Array.<Uint8Array>|null} [commands] SlotValue commands
             * @property {paxoskv.peer.Configuration.$Properties|null} [configuration] SlotValue configuration
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SlotValue.
             * @memberof paxoskv.peer
             * @interface ISlotValue
             * @augments paxoskv.peer.SlotValue.$Properties
             * @deprecated Use paxoskv.peer.SlotValue.$Properties instead.
             */

            /**
             * Shape of a SlotValue.
             * @typedef {paxoskv.peer.SlotValue.$Properties} paxoskv.peer.SlotValue.$Shape
             */

            /**
             * Constructs a new SlotValue.
             * @memberof paxoskv.peer
             * @classdesc Represents a SlotValue.
             * @constructor
             * @param {paxoskv.peer.SlotValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SlotValue = function (p) {
                this.commands = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SlotValue noop.
             * @member {boolean} noop
             * @memberof paxoskv.peer.SlotValue
             * @instance
             */
            SlotValue.prototype.noop = false;

            /**
             * SlotValue commands.
             * @member {Array.<Uint8Array>} commands
             * @memberof paxoskv.peer.SlotValue
             * @instance
             */
            SlotValue.prototype.commands = $util.emptyArray;

            /**
             * SlotValue configuration.
             * @member {paxoskv.peer.Configuration.$Properties|null|undefined} configuration
             * @memberof paxoskv.peer.SlotValue
             * @instance
             */
            SlotValue.prototype.configuration = null;

            /**
             * Creates a new SlotValue instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.SlotValue
             * @static
             * @param {paxoskv.peer.SlotValue.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.SlotValue} SlotValue instance
             * @type {{
             *   (properties: paxoskv.peer.SlotValue.$Shape): paxoskv.peer.SlotValue & paxoskv.peer.SlotValue.$Shape;
             *   (properties?: paxoskv.peer.SlotValue.$Properties): paxoskv.peer.SlotValue;
             * }}
             */
            SlotValue.create = function(properties) {
                return new SlotValue(properties);
            };

            /**
             * Encodes the specified SlotValue message. Does not implicitly {@link paxoskv.peer.SlotValue.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.SlotValue
             * @static
             * @param {paxoskv.peer.SlotValue.$Properties} m SlotValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SlotValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.noop != null && $Object.hasOwnProperty.call(m, "noop") && m.noop !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.noop);
                if (m.commands != null && m.commands.length) {
                    for (var i = 0; i < m.commands.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).bytes(m.commands[i]);
                }
                if (m.configuration != null && $Object.hasOwnProperty.call(m, "configuration"))
                    $root.paxoskv.peer.Configuration.encode(m.configuration, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SlotValue message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.SlotValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.SlotValue & paxoskv.peer.SlotValue.$Shape} SlotValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SlotValue.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.SlotValue();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.noop = v;
                            else
                                delete m.noop;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.commands && m.commands.length))
                                m.commands = [];
                            m.commands.push(r.bytes());
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.configuration = $root.paxoskv.peer.Configuration.decode(r, r.size(), $undefined, q + 1, m.configuration);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SlotValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.SlotValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.SlotValue} SlotValue
             */
            SlotValue.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.SlotValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.SlotValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.SlotValue();
                if (d.noop != null) {
                    if (d.noop) {
                        m.noop = $Boolean(d.noop);
                    }
                }
                if (d.commands) {
                    if (!$Array.isArray(d.commands))
                        throw $TypeError(".paxoskv.peer.SlotValue.commands: array expected");
                    m.commands = $Array(d.commands.length);
                    for (var i = 0; i < d.commands.length; ++i) {
                        if (typeof d.commands[i] === "string")
                            $util.base64.decode(d.commands[i], m.commands[i] = $util.newBuffer($util.base64.length(d.commands[i])), 0);
                        else if (d.commands[i].length >= 0)
                            m.commands[i] = d.commands[i];
                    }
                }
                if (d.configuration != null) {
                    if (!$util.isObject(d.configuration))
                        throw $TypeError(".paxoskv.peer.SlotValue.configuration: object expected");
                    m.configuration = $root.paxoskv.peer.Configuration.fromObject(d.configuration, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a SlotValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.SlotValue
             * @static
             * @param {paxoskv.peer.SlotValue} m SlotValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SlotValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.commands = [];
                }
                if (o.defaults) {
                    d.noop = false;
                    d.configuration = null;
                }
                if (m.noop != null && $Object.hasOwnProperty.call(m, "noop")) {
                    d.noop = m.noop;
                }
                if (m.commands && m.commands.length) {
                    d.commands = $Array(m.commands.length);
                    for (var j = 0; j < m.commands.length; ++j) {
                        d.commands[j] = o.bytes === $String ? $util.base64.encode(m.commands[j], 0, m.commands[j].length) : o.bytes === $Array ? $Array.prototype.slice.call(m.commands[j]) : m.commands[j];
                    }
                }
                if (m.configuration != null && $Object.hasOwnProperty.call(m, "configuration")) {
                    d.configuration = $root.paxoskv.peer.Configuration.toObject(m.configuration, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this SlotValue to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.SlotValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SlotValue.prototype.toJSON = function() {
                return SlotValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SlotValue
             * @function getTypeUrl
             * @memberof paxoskv.peer.SlotValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SlotValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.SlotValue";
            };

            return SlotValue;
        })();

        peer.AcceptedEntry = (function() {

            /**
             * Properties of an AcceptedEntry.
             * @typedef {Object} paxoskv.peer.AcceptedEntry.$Properties
             * @property {number|null} [slot] AcceptedEntry slot
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] AcceptedEntry ballot
             * @property {paxoskv.peer.SlotValue.$Properties|null} [value] AcceptedEntry value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AcceptedEntry.
             * @memberof paxoskv.peer
             * @interface IAcceptedEntry
             * @augments paxoskv.peer.AcceptedEntry.$Properties
             * @deprecated Use paxoskv.peer.AcceptedEntry.$Properties instead.
             */

            /**
             * Shape of an AcceptedEntry.
             * @typedef {paxoskv.peer.AcceptedEntry.$Properties} paxoskv.peer.AcceptedEntry.$Shape
             */

            /**
             * Constructs a new AcceptedEntry.
             * @memberof paxoskv.peer
             * @classdesc Represents an AcceptedEntry.
             * @constructor
             * @param {paxoskv.peer.AcceptedEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AcceptedEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AcceptedEntry slot.
             * @member {number} slot
             * @memberof paxoskv.peer.AcceptedEntry
             * @instance
             */
            AcceptedEntry.prototype.slot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AcceptedEntry ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.AcceptedEntry
             * @instance
             */
            AcceptedEntry.prototype.ballot = null;

            /**
             * AcceptedEntry value.
             * @member {paxoskv.peer.SlotValue.$Properties|null|undefined} value
             * @memberof paxoskv.peer.AcceptedEntry
             * @instance
             */
            AcceptedEntry.prototype.value = null;

            /**
             * Creates a new AcceptedEntry instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.AcceptedEntry
             * @static
             * @param {paxoskv.peer.AcceptedEntry.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.AcceptedEntry} AcceptedEntry instance
             * @type {{
             *   (properties: paxoskv.peer.AcceptedEntry.$Shape): paxoskv.peer.AcceptedEntry & paxoskv.peer.AcceptedEntry.$Shape;
             *   (properties?: paxoskv.peer.AcceptedEntry.$Properties): paxoskv.peer.AcceptedEntry;
             * }}
             */
            AcceptedEntry.create = function(properties) {
                return new AcceptedEntry(properties);
            };

            /**
             * Encodes the specified AcceptedEntry message. Does not implicitly {@link paxoskv.peer.AcceptedEntry.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.AcceptedEntry
             * @static
             * @param {paxoskv.peer.AcceptedEntry.$Properties} m AcceptedEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AcceptedEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && (typeof m.slot === "object" ? m.slot.low || m.slot.high : m.slot !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.slot);
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                    $root.paxoskv.peer.SlotValue.encode(m.value, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AcceptedEntry message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.AcceptedEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.AcceptedEntry & paxoskv.peer.AcceptedEntry.$Shape} AcceptedEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AcceptedEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.AcceptedEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.value = $root.paxoskv.peer.SlotValue.decode(r, r.size(), $undefined, q + 1, m.value);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an AcceptedEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.AcceptedEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.AcceptedEntry} AcceptedEntry
             */
            AcceptedEntry.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.AcceptedEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.AcceptedEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.AcceptedEntry();
                if (d.slot != null) {
                    if (typeof d.slot === "object" ? d.slot.low || d.slot.high : $Number(d.slot) !== 0) {
                        if ($util.Long)
                            m.slot = $util.Long.fromValue(d.slot, true);
                        else if (typeof d.slot === "string")
                            m.slot = $parseInt(d.slot, 10);
                        else if (typeof d.slot === "number")
                            m.slot = d.slot;
                        else if (typeof d.slot === "object")
                            m.slot = new $util.LongBits(d.slot.low >>> 0, d.slot.high >>> 0).toNumber(true);
                    }
                }
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.AcceptedEntry.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.value != null) {
                    if (!$util.isObject(d.value))
                        throw $TypeError(".paxoskv.peer.AcceptedEntry.value: object expected");
                    m.value = $root.paxoskv.peer.SlotValue.fromObject(d.value, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from an AcceptedEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.AcceptedEntry
             * @static
             * @param {paxoskv.peer.AcceptedEntry} m AcceptedEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AcceptedEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.slot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.slot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.ballot = null;
                    d.value = null;
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.slot = typeof m.slot === "number" ? $BigInt(m.slot) : $util.Long.fromBits(m.slot.low >>> 0, m.slot.high >>> 0, true).toBigInt();
                    else if (typeof m.slot === "number")
                        d.slot = o.longs === $String ? $String(m.slot) : m.slot;
                    else
                        d.slot = o.longs === $String ? $util.Long.prototype.toString.call(m.slot) : o.longs === $Number ? new $util.LongBits(m.slot.low >>> 0, m.slot.high >>> 0).toNumber(true) : m.slot;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = $root.paxoskv.peer.SlotValue.toObject(m.value, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this AcceptedEntry to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.AcceptedEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AcceptedEntry.prototype.toJSON = function() {
                return AcceptedEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AcceptedEntry
             * @function getTypeUrl
             * @memberof paxoskv.peer.AcceptedEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AcceptedEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.AcceptedEntry";
            };

            return AcceptedEntry;
        })();

        peer.ChosenEntry = (function() {

            /**
             * Properties of a ChosenEntry.
             * @typedef {Object} paxoskv.peer.ChosenEntry.$Properties
             * @property {number|null} [slot] ChosenEntry slot
             * @property {paxoskv.peer.SlotValue.$Properties|null} [value] ChosenEntry value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChosenEntry.
             * @memberof paxoskv.peer
             * @interface IChosenEntry
             * @augments paxoskv.peer.ChosenEntry.$Properties
             * @deprecated Use paxoskv.peer.ChosenEntry.$Properties instead.
             */

            /**
             * Shape of a ChosenEntry.
             * @typedef {paxoskv.peer.ChosenEntry.$Properties} paxoskv.peer.ChosenEntry.$Shape
             */

            /**
             * Constructs a new ChosenEntry.
             * @memberof paxoskv.peer
             * @classdesc Represents a ChosenEntry.
             * @constructor
             * @param {paxoskv.peer.ChosenEntry.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ChosenEntry = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ChosenEntry slot.
             * @member {number} slot
             * @memberof paxoskv.peer.ChosenEntry
             * @instance
             */
            ChosenEntry.prototype.slot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ChosenEntry value.
             * @member {paxoskv.peer.SlotValue.$Properties|null|undefined} value
             * @memberof paxoskv.peer.ChosenEntry
             * @instance
             */
            ChosenEntry.prototype.value = null;

            /**
             * Creates a new ChosenEntry instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.ChosenEntry
             * @static
             * @param {paxoskv.peer.ChosenEntry.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.ChosenEntry} ChosenEntry instance
             * @type {{
             *   (properties: paxoskv.peer.ChosenEntry.$Shape): paxoskv.peer.ChosenEntry & paxoskv.peer.ChosenEntry.$Shape;
             *   (properties?: paxoskv.peer.ChosenEntry.$Properties): paxoskv.peer.ChosenEntry;
             * }}
             */
            ChosenEntry.create = function(properties) {
                return new ChosenEntry(properties);
            };

            /**
             * Encodes the specified ChosenEntry message. Does not implicitly {@link paxoskv.peer.ChosenEntry.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.ChosenEntry
             * @static
             * @param {paxoskv.peer.ChosenEntry.$Properties} m ChosenEntry message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChosenEntry.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && (typeof m.slot === "object" ? m.slot.low || m.slot.high : m.slot !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.slot);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                    $root.paxoskv.peer.SlotValue.encode(m.value, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ChosenEntry message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.ChosenEntry
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.ChosenEntry & paxoskv.peer.ChosenEntry.$Shape} ChosenEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChosenEntry.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.ChosenEntry();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.value = $root.paxoskv.peer.SlotValue.decode(r, r.size(), $undefined, q + 1, m.value);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ChosenEntry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.ChosenEntry
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.ChosenEntry} ChosenEntry
             */
            ChosenEntry.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.ChosenEntry)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.ChosenEntry: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.ChosenEntry();
                if (d.slot != null) {
                    if (typeof d.slot === "object" ? d.slot.low || d.slot.high : $Number(d.slot) !== 0) {
                        if ($util.Long)
                            m.slot = $util.Long.fromValue(d.slot, true);
                        else if (typeof d.slot === "string")
                            m.slot = $parseInt(d.slot, 10);
                        else if (typeof d.slot === "number")
                            m.slot = d.slot;
                        else if (typeof d.slot === "object")
                            m.slot = new $util.LongBits(d.slot.low >>> 0, d.slot.high >>> 0).toNumber(true);
                    }
                }
                if (d.value != null) {
                    if (!$util.isObject(d.value))
                        throw $TypeError(".paxoskv.peer.ChosenEntry.value: object expected");
                    m.value = $root.paxoskv.peer.SlotValue.fromObject(d.value, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ChosenEntry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.ChosenEntry
             * @static
             * @param {paxoskv.peer.ChosenEntry} m ChosenEntry
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChosenEntry.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.slot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.slot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.value = null;
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.slot = typeof m.slot === "number" ? $BigInt(m.slot) : $util.Long.fromBits(m.slot.low >>> 0, m.slot.high >>> 0, true).toBigInt();
                    else if (typeof m.slot === "number")
                        d.slot = o.longs === $String ? $String(m.slot) : m.slot;
                    else
                        d.slot = o.longs === $String ? $util.Long.prototype.toString.call(m.slot) : o.longs === $Number ? new $util.LongBits(m.slot.low >>> 0, m.slot.high >>> 0).toNumber(true) : m.slot;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = $root.paxoskv.peer.SlotValue.toObject(m.value, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ChosenEntry to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.ChosenEntry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChosenEntry.prototype.toJSON = function() {
                return ChosenEntry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChosenEntry
             * @function getTypeUrl
             * @memberof paxoskv.peer.ChosenEntry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChosenEntry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.ChosenEntry";
            };

            return ChosenEntry;
        })();

        peer.Prepare = (function() {

            /**
             * Properties of a Prepare.
             * @typedef {Object} paxoskv.peer.Prepare.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] Prepare ballot
             * @property {number|null} [fromSlot] Prepare fromSlot
             * @property {number|null} [pageFrom] Prepare pageFrom
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Prepare.
             * @memberof paxoskv.peer
             * @interface IPrepare
             * @augments paxoskv.peer.Prepare.$Properties
             * @deprecated Use paxoskv.peer.Prepare.$Properties instead.
             */

            /**
             * Shape of a Prepare.
             * @typedef {paxoskv.peer.Prepare.$Properties} paxoskv.peer.Prepare.$Shape
             */

            /**
             * Constructs a new Prepare.
             * @memberof paxoskv.peer
             * @classdesc Represents a Prepare.
             * @constructor
             * @param {paxoskv.peer.Prepare.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Prepare = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Prepare ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.Prepare
             * @instance
             */
            Prepare.prototype.ballot = null;

            /**
             * Prepare fromSlot.
             * @member {number} fromSlot
             * @memberof paxoskv.peer.Prepare
             * @instance
             */
            Prepare.prototype.fromSlot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Prepare pageFrom.
             * @member {number} pageFrom
             * @memberof paxoskv.peer.Prepare
             * @instance
             */
            Prepare.prototype.pageFrom = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Prepare instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Prepare
             * @static
             * @param {paxoskv.peer.Prepare.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Prepare} Prepare instance
             * @type {{
             *   (properties: paxoskv.peer.Prepare.$Shape): paxoskv.peer.Prepare & paxoskv.peer.Prepare.$Shape;
             *   (properties?: paxoskv.peer.Prepare.$Properties): paxoskv.peer.Prepare;
             * }}
             */
            Prepare.create = function(properties) {
                return new Prepare(properties);
            };

            /**
             * Encodes the specified Prepare message. Does not implicitly {@link paxoskv.peer.Prepare.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Prepare
             * @static
             * @param {paxoskv.peer.Prepare.$Properties} m Prepare message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Prepare.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.fromSlot != null && $Object.hasOwnProperty.call(m, "fromSlot") && (typeof m.fromSlot === "object" ? m.fromSlot.low || m.fromSlot.high : m.fromSlot !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.fromSlot);
                if (m.pageFrom != null && $Object.hasOwnProperty.call(m, "pageFrom") && (typeof m.pageFrom === "object" ? m.pageFrom.low || m.pageFrom.high : m.pageFrom !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.pageFrom);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Prepare message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Prepare
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Prepare & paxoskv.peer.Prepare.$Shape} Prepare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Prepare.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Prepare();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.fromSlot = v;
                            else
                                delete m.fromSlot;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.pageFrom = v;
                            else
                                delete m.pageFrom;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Prepare message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Prepare
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Prepare} Prepare
             */
            Prepare.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Prepare)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Prepare: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Prepare();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.Prepare.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.fromSlot != null) {
                    if (typeof d.fromSlot === "object" ? d.fromSlot.low || d.fromSlot.high : $Number(d.fromSlot) !== 0) {
                        if ($util.Long)
                            m.fromSlot = $util.Long.fromValue(d.fromSlot, true);
                        else if (typeof d.fromSlot === "string")
                            m.fromSlot = $parseInt(d.fromSlot, 10);
                        else if (typeof d.fromSlot === "number")
                            m.fromSlot = d.fromSlot;
                        else if (typeof d.fromSlot === "object")
                            m.fromSlot = new $util.LongBits(d.fromSlot.low >>> 0, d.fromSlot.high >>> 0).toNumber(true);
                    }
                }
                if (d.pageFrom != null) {
                    if (typeof d.pageFrom === "object" ? d.pageFrom.low || d.pageFrom.high : $Number(d.pageFrom) !== 0) {
                        if ($util.Long)
                            m.pageFrom = $util.Long.fromValue(d.pageFrom, true);
                        else if (typeof d.pageFrom === "string")
                            m.pageFrom = $parseInt(d.pageFrom, 10);
                        else if (typeof d.pageFrom === "number")
                            m.pageFrom = d.pageFrom;
                        else if (typeof d.pageFrom === "object")
                            m.pageFrom = new $util.LongBits(d.pageFrom.low >>> 0, d.pageFrom.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Prepare message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Prepare
             * @static
             * @param {paxoskv.peer.Prepare} m Prepare
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Prepare.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ballot = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.fromSlot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.fromSlot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.pageFrom = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pageFrom = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.fromSlot != null && $Object.hasOwnProperty.call(m, "fromSlot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.fromSlot = typeof m.fromSlot === "number" ? $BigInt(m.fromSlot) : $util.Long.fromBits(m.fromSlot.low >>> 0, m.fromSlot.high >>> 0, true).toBigInt();
                    else if (typeof m.fromSlot === "number")
                        d.fromSlot = o.longs === $String ? $String(m.fromSlot) : m.fromSlot;
                    else
                        d.fromSlot = o.longs === $String ? $util.Long.prototype.toString.call(m.fromSlot) : o.longs === $Number ? new $util.LongBits(m.fromSlot.low >>> 0, m.fromSlot.high >>> 0).toNumber(true) : m.fromSlot;
                }
                if (m.pageFrom != null && $Object.hasOwnProperty.call(m, "pageFrom")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pageFrom = typeof m.pageFrom === "number" ? $BigInt(m.pageFrom) : $util.Long.fromBits(m.pageFrom.low >>> 0, m.pageFrom.high >>> 0, true).toBigInt();
                    else if (typeof m.pageFrom === "number")
                        d.pageFrom = o.longs === $String ? $String(m.pageFrom) : m.pageFrom;
                    else
                        d.pageFrom = o.longs === $String ? $util.Long.prototype.toString.call(m.pageFrom) : o.longs === $Number ? new $util.LongBits(m.pageFrom.low >>> 0, m.pageFrom.high >>> 0).toNumber(true) : m.pageFrom;
                }
                return d;
            };

            /**
             * Converts this Prepare to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Prepare
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Prepare.prototype.toJSON = function() {
                return Prepare.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Prepare
             * @function getTypeUrl
             * @memberof paxoskv.peer.Prepare
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Prepare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Prepare";
            };

            return Prepare;
        })();

        peer.Promise = (function() {

            /**
             * Properties of a Promise.
             * @typedef {Object} paxoskv.peer.Promise.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] Promise ballot
             * @property {number|null} [fromSlot] Promise fromSlot
             * @property {Array.<paxoskv.peer.AcceptedEntry.$Properties>|null} [accepted] Promise accepted
             * @property {number|null} [chosenUpTo] Promise chosenUpTo
             * @property {boolean|null} [truncated] Promise truncated
             * @property {number|null} [pageFrom] Promise pageFrom
             * @property {number|null} [nextPageFrom] Promise nextPageFrom
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Promise.
             * @memberof paxoskv.peer
             * @interface IPromise
             * @augments paxoskv.peer.Promise.$Properties
             * @deprecated Use paxoskv.peer.Promise.$Properties instead.
             */

            /**
             * Shape of a Promise.
             * @typedef {paxoskv.peer.Promise.$Properties} paxoskv.peer.Promise.$Shape
             */

            /**
             * Constructs a new Promise.
             * @memberof paxoskv.peer
             * @classdesc Represents a Promise.
             * @constructor
             * @param {paxoskv.peer.Promise.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Promise = function (p) {
                this.accepted = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Promise ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.Promise
             * @instance
             */
            Promise.prototype.ballot = null;

            /**
             * Promise fromSlot.
             * @member {number} fromSlot
             * @memberof paxoskv.peer.Promise
             * @instance
             */
            Promise.prototype.fromSlot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Promise accepted.
             * @member {Array.<paxoskv.peer.AcceptedEntry.$Properties>} accepted
             * @memberof paxoskv.peer.Promise
             * @instance
             */
            Promise.prototype.accepted = $util.emptyArray;

            /**
             * Promise chosenUpTo.
             * @member {number} chosenUpTo
             * @memberof paxoskv.peer.Promise
             * @instance
             */
            Promise.prototype.chosenUpTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Promise truncated.
             * @member {boolean} truncated
             * @memberof paxoskv.peer.Promise
             * @instance
             */
            Promise.prototype.truncated = false;

            /**
             * Promise pageFrom.
             * @member {number} pageFrom
             * @memberof paxoskv.peer.Promise
             * @instance
             */
            Promise.prototype.pageFrom = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Promise nextPageFrom.
             * @member {number} nextPageFrom
             * @memberof paxoskv.peer.Promise
             * @instance
             */
            Promise.prototype.nextPageFrom = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Promise instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Promise
             * @static
             * @param {paxoskv.peer.Promise.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Promise} Promise instance
             * @type {{
             *   (properties: paxoskv.peer.Promise.$Shape): paxoskv.peer.Promise & paxoskv.peer.Promise.$Shape;
             *   (properties?: paxoskv.peer.Promise.$Properties): paxoskv.peer.Promise;
             * }}
             */
            Promise.create = function(properties) {
                return new Promise(properties);
            };

            /**
             * Encodes the specified Promise message. Does not implicitly {@link paxoskv.peer.Promise.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Promise
             * @static
             * @param {paxoskv.peer.Promise.$Properties} m Promise message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Promise.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.fromSlot != null && $Object.hasOwnProperty.call(m, "fromSlot") && (typeof m.fromSlot === "object" ? m.fromSlot.low || m.fromSlot.high : m.fromSlot !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.fromSlot);
                if (m.accepted != null && m.accepted.length) {
                    for (var i = 0; i < m.accepted.length; ++i)
                        $root.paxoskv.peer.AcceptedEntry.encode(m.accepted[i], w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                }
                if (m.chosenUpTo != null && $Object.hasOwnProperty.call(m, "chosenUpTo") && (typeof m.chosenUpTo === "object" ? m.chosenUpTo.low || m.chosenUpTo.high : m.chosenUpTo !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.chosenUpTo);
                if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated") && m.truncated !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.truncated);
                if (m.pageFrom != null && $Object.hasOwnProperty.call(m, "pageFrom") && (typeof m.pageFrom === "object" ? m.pageFrom.low || m.pageFrom.high : m.pageFrom !== 0))
                    w.uint32(/* id 6, wireType 0 =*/48).uint64(m.pageFrom);
                if (m.nextPageFrom != null && $Object.hasOwnProperty.call(m, "nextPageFrom") && (typeof m.nextPageFrom === "object" ? m.nextPageFrom.low || m.nextPageFrom.high : m.nextPageFrom !== 0))
                    w.uint32(/* id 7, wireType 0 =*/56).uint64(m.nextPageFrom);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Promise message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Promise
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Promise & paxoskv.peer.Promise.$Shape} Promise
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Promise.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Promise();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.fromSlot = v;
                            else
                                delete m.fromSlot;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if (!(m.accepted && m.accepted.length))
                                m.accepted = [];
                            m.accepted.push($root.paxoskv.peer.AcceptedEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.chosenUpTo = v;
                            else
                                delete m.chosenUpTo;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.truncated = v;
                            else
                                delete m.truncated;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.pageFrom = v;
                            else
                                delete m.pageFrom;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.nextPageFrom = v;
                            else
                                delete m.nextPageFrom;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Promise message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Promise
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Promise} Promise
             */
            Promise.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Promise)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Promise: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Promise();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.Promise.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.fromSlot != null) {
                    if (typeof d.fromSlot === "object" ? d.fromSlot.low || d.fromSlot.high : $Number(d.fromSlot) !== 0) {
                        if ($util.Long)
                            m.fromSlot = $util.Long.fromValue(d.fromSlot, true);
                        else if (typeof d.fromSlot === "string")
                            m.fromSlot = $parseInt(d.fromSlot, 10);
                        else if (typeof d.fromSlot === "number")
                            m.fromSlot = d.fromSlot;
                        else if (typeof d.fromSlot === "object")
                            m.fromSlot = new $util.LongBits(d.fromSlot.low >>> 0, d.fromSlot.high >>> 0).toNumber(true);
                    }
                }
                if (d.accepted) {
                    if (!$Array.isArray(d.accepted))
                        throw $TypeError(".paxoskv.peer.Promise.accepted: array expected");
                    m.accepted = $Array(d.accepted.length);
                    for (var i = 0; i < d.accepted.length; ++i) {
                        if (!$util.isObject(d.accepted[i]))
                            throw $TypeError(".paxoskv.peer.Promise.accepted: object expected");
                        m.accepted[i] = $root.paxoskv.peer.AcceptedEntry.fromObject(d.accepted[i], q + 1);
                    }
                }
                if (d.chosenUpTo != null) {
                    if (typeof d.chosenUpTo === "object" ? d.chosenUpTo.low || d.chosenUpTo.high : $Number(d.chosenUpTo) !== 0) {
                        if ($util.Long)
                            m.chosenUpTo = $util.Long.fromValue(d.chosenUpTo, true);
                        else if (typeof d.chosenUpTo === "string")
                            m.chosenUpTo = $parseInt(d.chosenUpTo, 10);
                        else if (typeof d.chosenUpTo === "number")
                            m.chosenUpTo = d.chosenUpTo;
                        else if (typeof d.chosenUpTo === "object")
                            m.chosenUpTo = new $util.LongBits(d.chosenUpTo.low >>> 0, d.chosenUpTo.high >>> 0).toNumber(true);
                    }
                }
                if (d.truncated != null) {
                    if (d.truncated) {
                        m.truncated = $Boolean(d.truncated);
                    }
                }
                if (d.pageFrom != null) {
                    if (typeof d.pageFrom === "object" ? d.pageFrom.low || d.pageFrom.high : $Number(d.pageFrom) !== 0) {
                        if ($util.Long)
                            m.pageFrom = $util.Long.fromValue(d.pageFrom, true);
                        else if (typeof d.pageFrom === "string")
                            m.pageFrom = $parseInt(d.pageFrom, 10);
                        else if (typeof d.pageFrom === "number")
                            m.pageFrom = d.pageFrom;
                        else if (typeof d.pageFrom === "object")
                            m.pageFrom = new $util.LongBits(d.pageFrom.low >>> 0, d.pageFrom.high >>> 0).toNumber(true);
                    }
                }
                if (d.nextPageFrom != null) {
                    if (typeof d.nextPageFrom === "object" ? d.nextPageFrom.low || d.nextPageFrom.high : $Number(d.nextPageFrom) !== 0) {
                        if ($util.Long)
                            m.nextPageFrom = $util.Long.fromValue(d.nextPageFrom, true);
                        else if (typeof d.nextPageFrom === "string")
                            m.nextPageFrom = $parseInt(d.nextPageFrom, 10);
                        else if (typeof d.nextPageFrom === "number")
                            m.nextPageFrom = d.nextPageFrom;
                        else if (typeof d.nextPageFrom === "object")
                            m.nextPageFrom = new $util.LongBits(d.nextPageFrom.low >>> 0, d.nextPageFrom.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Promise message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Promise
             * @static
             * @param {paxoskv.peer.Promise} m Promise
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Promise.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.accepted = [];
                }
                if (o.defaults) {
                    d.ballot = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.fromSlot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.fromSlot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.chosenUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.chosenUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.truncated = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.pageFrom = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.pageFrom = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.nextPageFrom = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.nextPageFrom = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.fromSlot != null && $Object.hasOwnProperty.call(m, "fromSlot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.fromSlot = typeof m.fromSlot === "number" ? $BigInt(m.fromSlot) : $util.Long.fromBits(m.fromSlot.low >>> 0, m.fromSlot.high >>> 0, true).toBigInt();
                    else if (typeof m.fromSlot === "number")
                        d.fromSlot = o.longs === $String ? $String(m.fromSlot) : m.fromSlot;
                    else
                        d.fromSlot = o.longs === $String ? $util.Long.prototype.toString.call(m.fromSlot) : o.longs === $Number ? new $util.LongBits(m.fromSlot.low >>> 0, m.fromSlot.high >>> 0).toNumber(true) : m.fromSlot;
                }
                if (m.accepted && m.accepted.length) {
                    d.accepted = $Array(m.accepted.length);
                    for (var j = 0; j < m.accepted.length; ++j) {
                        d.accepted[j] = $root.paxoskv.peer.AcceptedEntry.toObject(m.accepted[j], o, q + 1);
                    }
                }
                if (m.chosenUpTo != null && $Object.hasOwnProperty.call(m, "chosenUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.chosenUpTo = typeof m.chosenUpTo === "number" ? $BigInt(m.chosenUpTo) : $util.Long.fromBits(m.chosenUpTo.low >>> 0, m.chosenUpTo.high >>> 0, true).toBigInt();
                    else if (typeof m.chosenUpTo === "number")
                        d.chosenUpTo = o.longs === $String ? $String(m.chosenUpTo) : m.chosenUpTo;
                    else
                        d.chosenUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.chosenUpTo) : o.longs === $Number ? new $util.LongBits(m.chosenUpTo.low >>> 0, m.chosenUpTo.high >>> 0).toNumber(true) : m.chosenUpTo;
                }
                if (m.truncated != null && $Object.hasOwnProperty.call(m, "truncated")) {
                    d.truncated = m.truncated;
                }
                if (m.pageFrom != null && $Object.hasOwnProperty.call(m, "pageFrom")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.pageFrom = typeof m.pageFrom === "number" ? $BigInt(m.pageFrom) : $util.Long.fromBits(m.pageFrom.low >>> 0, m.pageFrom.high >>> 0, true).toBigInt();
                    else if (typeof m.pageFrom === "number")
                        d.pageFrom = o.longs === $String ? $String(m.pageFrom) : m.pageFrom;
                    else
                        d.pageFrom = o.longs === $String ? $util.Long.prototype.toString.call(m.pageFrom) : o.longs === $Number ? new $util.LongBits(m.pageFrom.low >>> 0, m.pageFrom.high >>> 0).toNumber(true) : m.pageFrom;
                }
                if (m.nextPageFrom != null && $Object.hasOwnProperty.call(m, "nextPageFrom")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.nextPageFrom = typeof m.nextPageFrom === "number" ? $BigInt(m.nextPageFrom) : $util.Long.fromBits(m.nextPageFrom.low >>> 0, m.nextPageFrom.high >>> 0, true).toBigInt();
                    else if (typeof m.nextPageFrom === "number")
                        d.nextPageFrom = o.longs === $String ? $String(m.nextPageFrom) : m.nextPageFrom;
                    else
                        d.nextPageFrom = o.longs === $String ? $util.Long.prototype.toString.call(m.nextPageFrom) : o.longs === $Number ? new $util.LongBits(m.nextPageFrom.low >>> 0, m.nextPageFrom.high >>> 0).toNumber(true) : m.nextPageFrom;
                }
                return d;
            };

            /**
             * Converts this Promise to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Promise
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Promise.prototype.toJSON = function() {
                return Promise.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Promise
             * @function getTypeUrl
             * @memberof paxoskv.peer.Promise
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Promise.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Promise";
            };

            return Promise;
        })();

        peer.Accept = (function() {

            /**
             * Properties of an Accept.
             * @typedef {Object} paxoskv.peer.Accept.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] Accept ballot
             * @property {number|null} [slot] Accept slot
             * @property {paxoskv.peer.SlotValue.$Properties|null} [value] Accept value
             * @property {number|null} [commitUpTo] Accept commitUpTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accept.
             * @memberof paxoskv.peer
             * @interface IAccept
             * @augments paxoskv.peer.Accept.$Properties
             * @deprecated Use paxoskv.peer.Accept.$Properties instead.
             */

            /**
             * Shape of an Accept.
             * @typedef {paxoskv.peer.Accept.$Properties} paxoskv.peer.Accept.$Shape
             */

            /**
             * Constructs a new Accept.
             * @memberof paxoskv.peer
             * @classdesc Represents an Accept.
             * @constructor
             * @param {paxoskv.peer.Accept.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Accept = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Accept ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.Accept
             * @instance
             */
            Accept.prototype.ballot = null;

            /**
             * Accept slot.
             * @member {number} slot
             * @memberof paxoskv.peer.Accept
             * @instance
             */
            Accept.prototype.slot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Accept value.
             * @member {paxoskv.peer.SlotValue.$Properties|null|undefined} value
             * @memberof paxoskv.peer.Accept
             * @instance
             */
            Accept.prototype.value = null;

            /**
             * Accept commitUpTo.
             * @member {number} commitUpTo
             * @memberof paxoskv.peer.Accept
             * @instance
             */
            Accept.prototype.commitUpTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Accept instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Accept
             * @static
             * @param {paxoskv.peer.Accept.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Accept} Accept instance
             * @type {{
             *   (properties: paxoskv.peer.Accept.$Shape): paxoskv.peer.Accept & paxoskv.peer.Accept.$Shape;
             *   (properties?: paxoskv.peer.Accept.$Properties): paxoskv.peer.Accept;
             * }}
             */
            Accept.create = function(properties) {
                return new Accept(properties);
            };

            /**
             * Encodes the specified Accept message. Does not implicitly {@link paxoskv.peer.Accept.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Accept
             * @static
             * @param {paxoskv.peer.Accept.$Properties} m Accept message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accept.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && (typeof m.slot === "object" ? m.slot.low || m.slot.high : m.slot !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.slot);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value"))
                    $root.paxoskv.peer.SlotValue.encode(m.value, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.commitUpTo != null && $Object.hasOwnProperty.call(m, "commitUpTo") && (typeof m.commitUpTo === "object" ? m.commitUpTo.low || m.commitUpTo.high : m.commitUpTo !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.commitUpTo);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Accept message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Accept
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Accept & paxoskv.peer.Accept.$Shape} Accept
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accept.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Accept();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.value = $root.paxoskv.peer.SlotValue.decode(r, r.size(), $undefined, q + 1, m.value);
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commitUpTo = v;
                            else
                                delete m.commitUpTo;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Accept message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Accept
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Accept} Accept
             */
            Accept.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Accept)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Accept: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Accept();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.Accept.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.slot != null) {
                    if (typeof d.slot === "object" ? d.slot.low || d.slot.high : $Number(d.slot) !== 0) {
                        if ($util.Long)
                            m.slot = $util.Long.fromValue(d.slot, true);
                        else if (typeof d.slot === "string")
                            m.slot = $parseInt(d.slot, 10);
                        else if (typeof d.slot === "number")
                            m.slot = d.slot;
                        else if (typeof d.slot === "object")
                            m.slot = new $util.LongBits(d.slot.low >>> 0, d.slot.high >>> 0).toNumber(true);
                    }
                }
                if (d.value != null) {
                    if (!$util.isObject(d.value))
                        throw $TypeError(".paxoskv.peer.Accept.value: object expected");
                    m.value = $root.paxoskv.peer.SlotValue.fromObject(d.value, q + 1);
                }
                if (d.commitUpTo != null) {
                    if (typeof d.commitUpTo === "object" ? d.commitUpTo.low || d.commitUpTo.high : $Number(d.commitUpTo) !== 0) {
                        if ($util.Long)
                            m.commitUpTo = $util.Long.fromValue(d.commitUpTo, true);
                        else if (typeof d.commitUpTo === "string")
                            m.commitUpTo = $parseInt(d.commitUpTo, 10);
                        else if (typeof d.commitUpTo === "number")
                            m.commitUpTo = d.commitUpTo;
                        else if (typeof d.commitUpTo === "object")
                            m.commitUpTo = new $util.LongBits(d.commitUpTo.low >>> 0, d.commitUpTo.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Accept message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Accept
             * @static
             * @param {paxoskv.peer.Accept} m Accept
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accept.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ballot = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.slot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.slot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.value = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commitUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commitUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.slot = typeof m.slot === "number" ? $BigInt(m.slot) : $util.Long.fromBits(m.slot.low >>> 0, m.slot.high >>> 0, true).toBigInt();
                    else if (typeof m.slot === "number")
                        d.slot = o.longs === $String ? $String(m.slot) : m.slot;
                    else
                        d.slot = o.longs === $String ? $util.Long.prototype.toString.call(m.slot) : o.longs === $Number ? new $util.LongBits(m.slot.low >>> 0, m.slot.high >>> 0).toNumber(true) : m.slot;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = $root.paxoskv.peer.SlotValue.toObject(m.value, o, q + 1);
                }
                if (m.commitUpTo != null && $Object.hasOwnProperty.call(m, "commitUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commitUpTo = typeof m.commitUpTo === "number" ? $BigInt(m.commitUpTo) : $util.Long.fromBits(m.commitUpTo.low >>> 0, m.commitUpTo.high >>> 0, true).toBigInt();
                    else if (typeof m.commitUpTo === "number")
                        d.commitUpTo = o.longs === $String ? $String(m.commitUpTo) : m.commitUpTo;
                    else
                        d.commitUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.commitUpTo) : o.longs === $Number ? new $util.LongBits(m.commitUpTo.low >>> 0, m.commitUpTo.high >>> 0).toNumber(true) : m.commitUpTo;
                }
                return d;
            };

            /**
             * Converts this Accept to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Accept
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accept.prototype.toJSON = function() {
                return Accept.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Accept
             * @function getTypeUrl
             * @memberof paxoskv.peer.Accept
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Accept.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Accept";
            };

            return Accept;
        })();

        peer.Accepted = (function() {

            /**
             * Properties of an Accepted.
             * @typedef {Object} paxoskv.peer.Accepted.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] Accepted ballot
             * @property {number|null} [slot] Accepted slot
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Accepted.
             * @memberof paxoskv.peer
             * @interface IAccepted
             * @augments paxoskv.peer.Accepted.$Properties
             * @deprecated Use paxoskv.peer.Accepted.$Properties instead.
             */

            /**
             * Shape of an Accepted.
             * @typedef {paxoskv.peer.Accepted.$Properties} paxoskv.peer.Accepted.$Shape
             */

            /**
             * Constructs a new Accepted.
             * @memberof paxoskv.peer
             * @classdesc Represents an Accepted.
             * @constructor
             * @param {paxoskv.peer.Accepted.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Accepted = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Accepted ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.Accepted
             * @instance
             */
            Accepted.prototype.ballot = null;

            /**
             * Accepted slot.
             * @member {number} slot
             * @memberof paxoskv.peer.Accepted
             * @instance
             */
            Accepted.prototype.slot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Accepted instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Accepted
             * @static
             * @param {paxoskv.peer.Accepted.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Accepted} Accepted instance
             * @type {{
             *   (properties: paxoskv.peer.Accepted.$Shape): paxoskv.peer.Accepted & paxoskv.peer.Accepted.$Shape;
             *   (properties?: paxoskv.peer.Accepted.$Properties): paxoskv.peer.Accepted;
             * }}
             */
            Accepted.create = function(properties) {
                return new Accepted(properties);
            };

            /**
             * Encodes the specified Accepted message. Does not implicitly {@link paxoskv.peer.Accepted.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Accepted
             * @static
             * @param {paxoskv.peer.Accepted.$Properties} m Accepted message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Accepted.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && (typeof m.slot === "object" ? m.slot.low || m.slot.high : m.slot !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.slot);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an Accepted message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Accepted
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Accepted & paxoskv.peer.Accepted.$Shape} Accepted
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Accepted.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Accepted();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates an Accepted message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Accepted
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Accepted} Accepted
             */
            Accepted.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Accepted)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Accepted: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Accepted();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.Accepted.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.slot != null) {
                    if (typeof d.slot === "object" ? d.slot.low || d.slot.high : $Number(d.slot) !== 0) {
                        if ($util.Long)
                            m.slot = $util.Long.fromValue(d.slot, true);
                        else if (typeof d.slot === "string")
                            m.slot = $parseInt(d.slot, 10);
                        else if (typeof d.slot === "number")
                            m.slot = d.slot;
                        else if (typeof d.slot === "object")
                            m.slot = new $util.LongBits(d.slot.low >>> 0, d.slot.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an Accepted message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Accepted
             * @static
             * @param {paxoskv.peer.Accepted} m Accepted
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Accepted.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ballot = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.slot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.slot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.slot = typeof m.slot === "number" ? $BigInt(m.slot) : $util.Long.fromBits(m.slot.low >>> 0, m.slot.high >>> 0, true).toBigInt();
                    else if (typeof m.slot === "number")
                        d.slot = o.longs === $String ? $String(m.slot) : m.slot;
                    else
                        d.slot = o.longs === $String ? $util.Long.prototype.toString.call(m.slot) : o.longs === $Number ? new $util.LongBits(m.slot.low >>> 0, m.slot.high >>> 0).toNumber(true) : m.slot;
                }
                return d;
            };

            /**
             * Converts this Accepted to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Accepted
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Accepted.prototype.toJSON = function() {
                return Accepted.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Accepted
             * @function getTypeUrl
             * @memberof paxoskv.peer.Accepted
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Accepted.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Accepted";
            };

            return Accepted;
        })();

        peer.Rejected = (function() {

            /**
             * Properties of a Rejected.
             * @typedef {Object} paxoskv.peer.Rejected.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] Rejected ballot
             * @property {paxoskv.peer.Ballot.$Properties|null} [promised] Rejected promised
             * @property {number|null} [slot] Rejected slot
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Rejected.
             * @memberof paxoskv.peer
             * @interface IRejected
             * @augments paxoskv.peer.Rejected.$Properties
             * @deprecated Use paxoskv.peer.Rejected.$Properties instead.
             */

            /**
             * Shape of a Rejected.
             * @typedef {paxoskv.peer.Rejected.$Properties} paxoskv.peer.Rejected.$Shape
             */

            /**
             * Constructs a new Rejected.
             * @memberof paxoskv.peer
             * @classdesc Represents a Rejected.
             * @constructor
             * @param {paxoskv.peer.Rejected.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Rejected = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Rejected ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.Rejected
             * @instance
             */
            Rejected.prototype.ballot = null;

            /**
             * Rejected promised.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} promised
             * @memberof paxoskv.peer.Rejected
             * @instance
             */
            Rejected.prototype.promised = null;

            /**
             * Rejected slot.
             * @member {number} slot
             * @memberof paxoskv.peer.Rejected
             * @instance
             */
            Rejected.prototype.slot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Rejected instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Rejected
             * @static
             * @param {paxoskv.peer.Rejected.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Rejected} Rejected instance
             * @type {{
             *   (properties: paxoskv.peer.Rejected.$Shape): paxoskv.peer.Rejected & paxoskv.peer.Rejected.$Shape;
             *   (properties?: paxoskv.peer.Rejected.$Properties): paxoskv.peer.Rejected;
             * }}
             */
            Rejected.create = function(properties) {
                return new Rejected(properties);
            };

            /**
             * Encodes the specified Rejected message. Does not implicitly {@link paxoskv.peer.Rejected.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Rejected
             * @static
             * @param {paxoskv.peer.Rejected.$Properties} m Rejected message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Rejected.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.promised != null && $Object.hasOwnProperty.call(m, "promised"))
                    $root.paxoskv.peer.Ballot.encode(m.promised, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot") && (typeof m.slot === "object" ? m.slot.low || m.slot.high : m.slot !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.slot);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Rejected message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Rejected
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Rejected & paxoskv.peer.Rejected.$Shape} Rejected
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Rejected.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Rejected();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.promised = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.promised);
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.slot = v;
                            else
                                delete m.slot;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Rejected message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Rejected
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Rejected} Rejected
             */
            Rejected.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Rejected)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Rejected: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Rejected();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.Rejected.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.promised != null) {
                    if (!$util.isObject(d.promised))
                        throw $TypeError(".paxoskv.peer.Rejected.promised: object expected");
                    m.promised = $root.paxoskv.peer.Ballot.fromObject(d.promised, q + 1);
                }
                if (d.slot != null) {
                    if (typeof d.slot === "object" ? d.slot.low || d.slot.high : $Number(d.slot) !== 0) {
                        if ($util.Long)
                            m.slot = $util.Long.fromValue(d.slot, true);
                        else if (typeof d.slot === "string")
                            m.slot = $parseInt(d.slot, 10);
                        else if (typeof d.slot === "number")
                            m.slot = d.slot;
                        else if (typeof d.slot === "object")
                            m.slot = new $util.LongBits(d.slot.low >>> 0, d.slot.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Rejected message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Rejected
             * @static
             * @param {paxoskv.peer.Rejected} m Rejected
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Rejected.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ballot = null;
                    d.promised = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.slot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.slot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.promised != null && $Object.hasOwnProperty.call(m, "promised")) {
                    d.promised = $root.paxoskv.peer.Ballot.toObject(m.promised, o, q + 1);
                }
                if (m.slot != null && $Object.hasOwnProperty.call(m, "slot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.slot = typeof m.slot === "number" ? $BigInt(m.slot) : $util.Long.fromBits(m.slot.low >>> 0, m.slot.high >>> 0, true).toBigInt();
                    else if (typeof m.slot === "number")
                        d.slot = o.longs === $String ? $String(m.slot) : m.slot;
                    else
                        d.slot = o.longs === $String ? $util.Long.prototype.toString.call(m.slot) : o.longs === $Number ? new $util.LongBits(m.slot.low >>> 0, m.slot.high >>> 0).toNumber(true) : m.slot;
                }
                return d;
            };

            /**
             * Converts this Rejected to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Rejected
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Rejected.prototype.toJSON = function() {
                return Rejected.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Rejected
             * @function getTypeUrl
             * @memberof paxoskv.peer.Rejected
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Rejected.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Rejected";
            };

            return Rejected;
        })();

        peer.Commit = (function() {

            /**
             * Properties of a Commit.
             * @typedef {Object} paxoskv.peer.Commit.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] Commit ballot
             * @property {number|null} [commitUpTo] Commit commitUpTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Commit.
             * @memberof paxoskv.peer
             * @interface ICommit
             * @augments paxoskv.peer.Commit.$Properties
             * @deprecated Use paxoskv.peer.Commit.$Properties instead.
             */

            /**
             * Shape of a Commit.
             * @typedef {paxoskv.peer.Commit.$Properties} paxoskv.peer.Commit.$Shape
             */

            /**
             * Constructs a new Commit.
             * @memberof paxoskv.peer
             * @classdesc Represents a Commit.
             * @constructor
             * @param {paxoskv.peer.Commit.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Commit = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Commit ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.Commit
             * @instance
             */
            Commit.prototype.ballot = null;

            /**
             * Commit commitUpTo.
             * @member {number} commitUpTo
             * @memberof paxoskv.peer.Commit
             * @instance
             */
            Commit.prototype.commitUpTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Commit instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Commit
             * @static
             * @param {paxoskv.peer.Commit.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Commit} Commit instance
             * @type {{
             *   (properties: paxoskv.peer.Commit.$Shape): paxoskv.peer.Commit & paxoskv.peer.Commit.$Shape;
             *   (properties?: paxoskv.peer.Commit.$Properties): paxoskv.peer.Commit;
             * }}
             */
            Commit.create = function(properties) {
                return new Commit(properties);
            };

            /**
             * Encodes the specified Commit message. Does not implicitly {@link paxoskv.peer.Commit.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Commit
             * @static
             * @param {paxoskv.peer.Commit.$Properties} m Commit message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Commit.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.commitUpTo != null && $Object.hasOwnProperty.call(m, "commitUpTo") && (typeof m.commitUpTo === "object" ? m.commitUpTo.low || m.commitUpTo.high : m.commitUpTo !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.commitUpTo);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Commit message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Commit
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Commit & paxoskv.peer.Commit.$Shape} Commit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Commit.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Commit();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commitUpTo = v;
                            else
                                delete m.commitUpTo;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Commit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Commit
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Commit} Commit
             */
            Commit.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Commit)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Commit: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Commit();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.Commit.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.commitUpTo != null) {
                    if (typeof d.commitUpTo === "object" ? d.commitUpTo.low || d.commitUpTo.high : $Number(d.commitUpTo) !== 0) {
                        if ($util.Long)
                            m.commitUpTo = $util.Long.fromValue(d.commitUpTo, true);
                        else if (typeof d.commitUpTo === "string")
                            m.commitUpTo = $parseInt(d.commitUpTo, 10);
                        else if (typeof d.commitUpTo === "number")
                            m.commitUpTo = d.commitUpTo;
                        else if (typeof d.commitUpTo === "object")
                            m.commitUpTo = new $util.LongBits(d.commitUpTo.low >>> 0, d.commitUpTo.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Commit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Commit
             * @static
             * @param {paxoskv.peer.Commit} m Commit
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Commit.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ballot = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commitUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commitUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.commitUpTo != null && $Object.hasOwnProperty.call(m, "commitUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commitUpTo = typeof m.commitUpTo === "number" ? $BigInt(m.commitUpTo) : $util.Long.fromBits(m.commitUpTo.low >>> 0, m.commitUpTo.high >>> 0, true).toBigInt();
                    else if (typeof m.commitUpTo === "number")
                        d.commitUpTo = o.longs === $String ? $String(m.commitUpTo) : m.commitUpTo;
                    else
                        d.commitUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.commitUpTo) : o.longs === $Number ? new $util.LongBits(m.commitUpTo.low >>> 0, m.commitUpTo.high >>> 0).toNumber(true) : m.commitUpTo;
                }
                return d;
            };

            /**
             * Converts this Commit to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Commit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Commit.prototype.toJSON = function() {
                return Commit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Commit
             * @function getTypeUrl
             * @memberof paxoskv.peer.Commit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Commit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Commit";
            };

            return Commit;
        })();

        peer.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} paxoskv.peer.Heartbeat.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] Heartbeat ballot
             * @property {number|null} [commitUpTo] Heartbeat commitUpTo
             * @property {number|null} [readRound] Heartbeat readRound
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof paxoskv.peer
             * @interface IHeartbeat
             * @augments paxoskv.peer.Heartbeat.$Properties
             * @deprecated Use paxoskv.peer.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {paxoskv.peer.Heartbeat.$Properties} paxoskv.peer.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof paxoskv.peer
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {paxoskv.peer.Heartbeat.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Heartbeat = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Heartbeat ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.Heartbeat
             * @instance
             */
            Heartbeat.prototype.ballot = null;

            /**
             * Heartbeat commitUpTo.
             * @member {number} commitUpTo
             * @memberof paxoskv.peer.Heartbeat
             * @instance
             */
            Heartbeat.prototype.commitUpTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat readRound.
             * @member {number} readRound
             * @memberof paxoskv.peer.Heartbeat
             * @instance
             */
            Heartbeat.prototype.readRound = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Heartbeat
             * @static
             * @param {paxoskv.peer.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: paxoskv.peer.Heartbeat.$Shape): paxoskv.peer.Heartbeat & paxoskv.peer.Heartbeat.$Shape;
             *   (properties?: paxoskv.peer.Heartbeat.$Properties): paxoskv.peer.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link paxoskv.peer.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Heartbeat
             * @static
             * @param {paxoskv.peer.Heartbeat.$Properties} m Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.commitUpTo != null && $Object.hasOwnProperty.call(m, "commitUpTo") && (typeof m.commitUpTo === "object" ? m.commitUpTo.low || m.commitUpTo.high : m.commitUpTo !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.commitUpTo);
                if (m.readRound != null && $Object.hasOwnProperty.call(m, "readRound") && (typeof m.readRound === "object" ? m.readRound.low || m.readRound.high : m.readRound !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.readRound);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Heartbeat & paxoskv.peer.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Heartbeat();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.commitUpTo = v;
                            else
                                delete m.commitUpTo;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.readRound = v;
                            else
                                delete m.readRound;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Heartbeat
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Heartbeat)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Heartbeat: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Heartbeat();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.Heartbeat.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.commitUpTo != null) {
                    if (typeof d.commitUpTo === "object" ? d.commitUpTo.low || d.commitUpTo.high : $Number(d.commitUpTo) !== 0) {
                        if ($util.Long)
                            m.commitUpTo = $util.Long.fromValue(d.commitUpTo, true);
                        else if (typeof d.commitUpTo === "string")
                            m.commitUpTo = $parseInt(d.commitUpTo, 10);
                        else if (typeof d.commitUpTo === "number")
                            m.commitUpTo = d.commitUpTo;
                        else if (typeof d.commitUpTo === "object")
                            m.commitUpTo = new $util.LongBits(d.commitUpTo.low >>> 0, d.commitUpTo.high >>> 0).toNumber(true);
                    }
                }
                if (d.readRound != null) {
                    if (typeof d.readRound === "object" ? d.readRound.low || d.readRound.high : $Number(d.readRound) !== 0) {
                        if ($util.Long)
                            m.readRound = $util.Long.fromValue(d.readRound, true);
                        else if (typeof d.readRound === "string")
                            m.readRound = $parseInt(d.readRound, 10);
                        else if (typeof d.readRound === "number")
                            m.readRound = d.readRound;
                        else if (typeof d.readRound === "object")
                            m.readRound = new $util.LongBits(d.readRound.low >>> 0, d.readRound.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Heartbeat
             * @static
             * @param {paxoskv.peer.Heartbeat} m Heartbeat
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ballot = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.commitUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.commitUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.readRound = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.readRound = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.commitUpTo != null && $Object.hasOwnProperty.call(m, "commitUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.commitUpTo = typeof m.commitUpTo === "number" ? $BigInt(m.commitUpTo) : $util.Long.fromBits(m.commitUpTo.low >>> 0, m.commitUpTo.high >>> 0, true).toBigInt();
                    else if (typeof m.commitUpTo === "number")
                        d.commitUpTo = o.longs === $String ? $String(m.commitUpTo) : m.commitUpTo;
                    else
                        d.commitUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.commitUpTo) : o.longs === $Number ? new $util.LongBits(m.commitUpTo.low >>> 0, m.commitUpTo.high >>> 0).toNumber(true) : m.commitUpTo;
                }
                if (m.readRound != null && $Object.hasOwnProperty.call(m, "readRound")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.readRound = typeof m.readRound === "number" ? $BigInt(m.readRound) : $util.Long.fromBits(m.readRound.low >>> 0, m.readRound.high >>> 0, true).toBigInt();
                    else if (typeof m.readRound === "number")
                        d.readRound = o.longs === $String ? $String(m.readRound) : m.readRound;
                    else
                        d.readRound = o.longs === $String ? $util.Long.prototype.toString.call(m.readRound) : o.longs === $Number ? new $util.LongBits(m.readRound.low >>> 0, m.readRound.high >>> 0).toNumber(true) : m.readRound;
                }
                return d;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof paxoskv.peer.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Heartbeat";
            };

            return Heartbeat;
        })();

        peer.HeartbeatReply = (function() {

            /**
             * Properties of a HeartbeatReply.
             * @typedef {Object} paxoskv.peer.HeartbeatReply.$Properties
             * @property {paxoskv.peer.Ballot.$Properties|null} [ballot] HeartbeatReply ballot
             * @property {number|null} [readRound] HeartbeatReply readRound
             * @property {number|null} [chosenUpTo] HeartbeatReply chosenUpTo
             * @property {boolean|null} [behind] HeartbeatReply behind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatReply.
             * @memberof paxoskv.peer
             * @interface IHeartbeatReply
             * @augments paxoskv.peer.HeartbeatReply.$Properties
             * @deprecated Use paxoskv.peer.HeartbeatReply.$Properties instead.
             */

            /**
             * Shape of a HeartbeatReply.
             * @typedef {paxoskv.peer.HeartbeatReply.$Properties} paxoskv.peer.HeartbeatReply.$Shape
             */

            /**
             * Constructs a new HeartbeatReply.
             * @memberof paxoskv.peer
             * @classdesc Represents a HeartbeatReply.
             * @constructor
             * @param {paxoskv.peer.HeartbeatReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var HeartbeatReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * HeartbeatReply ballot.
             * @member {paxoskv.peer.Ballot.$Properties|null|undefined} ballot
             * @memberof paxoskv.peer.HeartbeatReply
             * @instance
             */
            HeartbeatReply.prototype.ballot = null;

            /**
             * HeartbeatReply readRound.
             * @member {number} readRound
             * @memberof paxoskv.peer.HeartbeatReply
             * @instance
             */
            HeartbeatReply.prototype.readRound = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HeartbeatReply chosenUpTo.
             * @member {number} chosenUpTo
             * @memberof paxoskv.peer.HeartbeatReply
             * @instance
             */
            HeartbeatReply.prototype.chosenUpTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HeartbeatReply behind.
             * @member {boolean} behind
             * @memberof paxoskv.peer.HeartbeatReply
             * @instance
             */
            HeartbeatReply.prototype.behind = false;

            /**
             * Creates a new HeartbeatReply instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.HeartbeatReply
             * @static
             * @param {paxoskv.peer.HeartbeatReply.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.HeartbeatReply} HeartbeatReply instance
             * @type {{
             *   (properties: paxoskv.peer.HeartbeatReply.$Shape): paxoskv.peer.HeartbeatReply & paxoskv.peer.HeartbeatReply.$Shape;
             *   (properties?: paxoskv.peer.HeartbeatReply.$Properties): paxoskv.peer.HeartbeatReply;
             * }}
             */
            HeartbeatReply.create = function(properties) {
                return new HeartbeatReply(properties);
            };

            /**
             * Encodes the specified HeartbeatReply message. Does not implicitly {@link paxoskv.peer.HeartbeatReply.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.HeartbeatReply
             * @static
             * @param {paxoskv.peer.HeartbeatReply.$Properties} m HeartbeatReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot"))
                    $root.paxoskv.peer.Ballot.encode(m.ballot, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.readRound != null && $Object.hasOwnProperty.call(m, "readRound") && (typeof m.readRound === "object" ? m.readRound.low || m.readRound.high : m.readRound !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.readRound);
                if (m.chosenUpTo != null && $Object.hasOwnProperty.call(m, "chosenUpTo") && (typeof m.chosenUpTo === "object" ? m.chosenUpTo.low || m.chosenUpTo.high : m.chosenUpTo !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.chosenUpTo);
                if (m.behind != null && $Object.hasOwnProperty.call(m, "behind") && m.behind !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.behind);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a HeartbeatReply message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.HeartbeatReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.HeartbeatReply & paxoskv.peer.HeartbeatReply.$Shape} HeartbeatReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.HeartbeatReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.ballot = $root.paxoskv.peer.Ballot.decode(r, r.size(), $undefined, q + 1, m.ballot);
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.readRound = v;
                            else
                                delete m.readRound;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.chosenUpTo = v;
                            else
                                delete m.chosenUpTo;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.behind = v;
                            else
                                delete m.behind;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a HeartbeatReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.HeartbeatReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.HeartbeatReply} HeartbeatReply
             */
            HeartbeatReply.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.HeartbeatReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.HeartbeatReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.HeartbeatReply();
                if (d.ballot != null) {
                    if (!$util.isObject(d.ballot))
                        throw $TypeError(".paxoskv.peer.HeartbeatReply.ballot: object expected");
                    m.ballot = $root.paxoskv.peer.Ballot.fromObject(d.ballot, q + 1);
                }
                if (d.readRound != null) {
                    if (typeof d.readRound === "object" ? d.readRound.low || d.readRound.high : $Number(d.readRound) !== 0) {
                        if ($util.Long)
                            m.readRound = $util.Long.fromValue(d.readRound, true);
                        else if (typeof d.readRound === "string")
                            m.readRound = $parseInt(d.readRound, 10);
                        else if (typeof d.readRound === "number")
                            m.readRound = d.readRound;
                        else if (typeof d.readRound === "object")
                            m.readRound = new $util.LongBits(d.readRound.low >>> 0, d.readRound.high >>> 0).toNumber(true);
                    }
                }
                if (d.chosenUpTo != null) {
                    if (typeof d.chosenUpTo === "object" ? d.chosenUpTo.low || d.chosenUpTo.high : $Number(d.chosenUpTo) !== 0) {
                        if ($util.Long)
                            m.chosenUpTo = $util.Long.fromValue(d.chosenUpTo, true);
                        else if (typeof d.chosenUpTo === "string")
                            m.chosenUpTo = $parseInt(d.chosenUpTo, 10);
                        else if (typeof d.chosenUpTo === "number")
                            m.chosenUpTo = d.chosenUpTo;
                        else if (typeof d.chosenUpTo === "object")
                            m.chosenUpTo = new $util.LongBits(d.chosenUpTo.low >>> 0, d.chosenUpTo.high >>> 0).toNumber(true);
                    }
                }
                if (d.behind != null) {
                    if (d.behind) {
                        m.behind = $Boolean(d.behind);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a HeartbeatReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.HeartbeatReply
             * @static
             * @param {paxoskv.peer.HeartbeatReply} m HeartbeatReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ballot = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.readRound = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.readRound = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.chosenUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.chosenUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.behind = false;
                }
                if (m.ballot != null && $Object.hasOwnProperty.call(m, "ballot")) {
                    d.ballot = $root.paxoskv.peer.Ballot.toObject(m.ballot, o, q + 1);
                }
                if (m.readRound != null && $Object.hasOwnProperty.call(m, "readRound")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.readRound = typeof m.readRound === "number" ? $BigInt(m.readRound) : $util.Long.fromBits(m.readRound.low >>> 0, m.readRound.high >>> 0, true).toBigInt();
                    else if (typeof m.readRound === "number")
                        d.readRound = o.longs === $String ? $String(m.readRound) : m.readRound;
                    else
                        d.readRound = o.longs === $String ? $util.Long.prototype.toString.call(m.readRound) : o.longs === $Number ? new $util.LongBits(m.readRound.low >>> 0, m.readRound.high >>> 0).toNumber(true) : m.readRound;
                }
                if (m.chosenUpTo != null && $Object.hasOwnProperty.call(m, "chosenUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.chosenUpTo = typeof m.chosenUpTo === "number" ? $BigInt(m.chosenUpTo) : $util.Long.fromBits(m.chosenUpTo.low >>> 0, m.chosenUpTo.high >>> 0, true).toBigInt();
                    else if (typeof m.chosenUpTo === "number")
                        d.chosenUpTo = o.longs === $String ? $String(m.chosenUpTo) : m.chosenUpTo;
                    else
                        d.chosenUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.chosenUpTo) : o.longs === $Number ? new $util.LongBits(m.chosenUpTo.low >>> 0, m.chosenUpTo.high >>> 0).toNumber(true) : m.chosenUpTo;
                }
                if (m.behind != null && $Object.hasOwnProperty.call(m, "behind")) {
                    d.behind = m.behind;
                }
                return d;
            };

            /**
             * Converts this HeartbeatReply to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.HeartbeatReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatReply.prototype.toJSON = function() {
                return HeartbeatReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HeartbeatReply
             * @function getTypeUrl
             * @memberof paxoskv.peer.HeartbeatReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HeartbeatReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.HeartbeatReply";
            };

            return HeartbeatReply;
        })();

        peer.CatchUpRequest = (function() {

            /**
             * Properties of a CatchUpRequest.
             * @typedef {Object} paxoskv.peer.CatchUpRequest.$Properties
             * @property {number|null} [fromSlot] CatchUpRequest fromSlot
             * @property {number|null} [maxEntries] CatchUpRequest maxEntries
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CatchUpRequest.
             * @memberof paxoskv.peer
             * @interface ICatchUpRequest
             * @augments paxoskv.peer.CatchUpRequest.$Properties
             * @deprecated Use paxoskv.peer.CatchUpRequest.$Properties instead.
             */

            /**
             * Shape of a CatchUpRequest.
             * @typedef {paxoskv.peer.CatchUpRequest.$Properties} paxoskv.peer.CatchUpRequest.$Shape
             */

            /**
             * Constructs a new CatchUpRequest.
             * @memberof paxoskv.peer
             * @classdesc Represents a CatchUpRequest.
             * @constructor
             * @param {paxoskv.peer.CatchUpRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CatchUpRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CatchUpRequest fromSlot.
             * @member {number} fromSlot
             * @memberof paxoskv.peer.CatchUpRequest
             * @instance
             */
            CatchUpRequest.prototype.fromSlot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CatchUpRequest maxEntries.
             * @member {number} maxEntries
             * @memberof paxoskv.peer.CatchUpRequest
             * @instance
             */
            CatchUpRequest.prototype.maxEntries = 0;

            /**
             * Creates a new CatchUpRequest instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.CatchUpRequest
             * @static
             * @param {paxoskv.peer.CatchUpRequest.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.CatchUpRequest} CatchUpRequest instance
             * @type {{
             *   (properties: paxoskv.peer.CatchUpRequest.$Shape): paxoskv.peer.CatchUpRequest & paxoskv.peer.CatchUpRequest.$Shape;
             *   (properties?: paxoskv.peer.CatchUpRequest.$Properties): paxoskv.peer.CatchUpRequest;
             * }}
             */
            CatchUpRequest.create = function(properties) {
                return new CatchUpRequest(properties);
            };

            /**
             * Encodes the specified CatchUpRequest message. Does not implicitly {@link paxoskv.peer.CatchUpRequest.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.CatchUpRequest
             * @static
             * @param {paxoskv.peer.CatchUpRequest.$Properties} m CatchUpRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CatchUpRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.fromSlot != null && $Object.hasOwnProperty.call(m, "fromSlot") && (typeof m.fromSlot === "object" ? m.fromSlot.low || m.fromSlot.high : m.fromSlot !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.fromSlot);
                if (m.maxEntries != null && $Object.hasOwnProperty.call(m, "maxEntries") && m.maxEntries !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.maxEntries);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CatchUpRequest message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.CatchUpRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.CatchUpRequest & paxoskv.peer.CatchUpRequest.$Shape} CatchUpRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CatchUpRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.CatchUpRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.fromSlot = v;
                            else
                                delete m.fromSlot;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxEntries = v;
                            else
                                delete m.maxEntries;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CatchUpRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.CatchUpRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.CatchUpRequest} CatchUpRequest
             */
            CatchUpRequest.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.CatchUpRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.CatchUpRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.CatchUpRequest();
                if (d.fromSlot != null) {
                    if (typeof d.fromSlot === "object" ? d.fromSlot.low || d.fromSlot.high : $Number(d.fromSlot) !== 0) {
                        if ($util.Long)
                            m.fromSlot = $util.Long.fromValue(d.fromSlot, true);
                        else if (typeof d.fromSlot === "string")
                            m.fromSlot = $parseInt(d.fromSlot, 10);
                        else if (typeof d.fromSlot === "number")
                            m.fromSlot = d.fromSlot;
                        else if (typeof d.fromSlot === "object")
                            m.fromSlot = new $util.LongBits(d.fromSlot.low >>> 0, d.fromSlot.high >>> 0).toNumber(true);
                    }
                }
                if (d.maxEntries != null) {
                    if ($Number(d.maxEntries) !== 0) {
                        m.maxEntries = d.maxEntries >>> 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CatchUpRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.CatchUpRequest
             * @static
             * @param {paxoskv.peer.CatchUpRequest} m CatchUpRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CatchUpRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.fromSlot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.fromSlot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.maxEntries = 0;
                }
                if (m.fromSlot != null && $Object.hasOwnProperty.call(m, "fromSlot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.fromSlot = typeof m.fromSlot === "number" ? $BigInt(m.fromSlot) : $util.Long.fromBits(m.fromSlot.low >>> 0, m.fromSlot.high >>> 0, true).toBigInt();
                    else if (typeof m.fromSlot === "number")
                        d.fromSlot = o.longs === $String ? $String(m.fromSlot) : m.fromSlot;
                    else
                        d.fromSlot = o.longs === $String ? $util.Long.prototype.toString.call(m.fromSlot) : o.longs === $Number ? new $util.LongBits(m.fromSlot.low >>> 0, m.fromSlot.high >>> 0).toNumber(true) : m.fromSlot;
                }
                if (m.maxEntries != null && $Object.hasOwnProperty.call(m, "maxEntries")) {
                    d.maxEntries = m.maxEntries;
                }
                return d;
            };

            /**
             * Converts this CatchUpRequest to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.CatchUpRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CatchUpRequest.prototype.toJSON = function() {
                return CatchUpRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CatchUpRequest
             * @function getTypeUrl
             * @memberof paxoskv.peer.CatchUpRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CatchUpRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.CatchUpRequest";
            };

            return CatchUpRequest;
        })();

        peer.CatchUpReply = (function() {

            /**
             * Properties of a CatchUpReply.
             * @typedef {Object} paxoskv.peer.CatchUpReply.$Properties
             * @property {Array.<paxoskv.peer.ChosenEntry.$Properties>|null} [entries] CatchUpReply entries
             * @property {boolean|null} [snapshotNeeded] CatchUpReply snapshotNeeded
             * @property {number|null} [snapshotSlot] CatchUpReply snapshotSlot
             * @property {number|null} [chosenUpTo] CatchUpReply chosenUpTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CatchUpReply.
             * @memberof paxoskv.peer
             * @interface ICatchUpReply
             * @augments paxoskv.peer.CatchUpReply.$Properties
             * @deprecated Use paxoskv.peer.CatchUpReply.$Properties instead.
             */

            /**
             * Shape of a CatchUpReply.
             * @typedef {paxoskv.peer.CatchUpReply.$Properties} paxoskv.peer.CatchUpReply.$Shape
             */

            /**
             * Constructs a new CatchUpReply.
             * @memberof paxoskv.peer
             * @classdesc Represents a CatchUpReply.
             * @constructor
             * @param {paxoskv.peer.CatchUpReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CatchUpReply = function (p) {
                this.entries = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CatchUpReply entries.
             * @member {Array.<paxoskv.peer.ChosenEntry.$Properties>} entries
             * @memberof paxoskv.peer.CatchUpReply
             * @instance
             */
            CatchUpReply.prototype.entries = $util.emptyArray;

            /**
             * CatchUpReply snapshotNeeded.
             * @member {boolean} snapshotNeeded
             * @memberof paxoskv.peer.CatchUpReply
             * @instance
             */
            CatchUpReply.prototype.snapshotNeeded = false;

            /**
             * CatchUpReply snapshotSlot.
             * @member {number} snapshotSlot
             * @memberof paxoskv.peer.CatchUpReply
             * @instance
             */
            CatchUpReply.prototype.snapshotSlot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * CatchUpReply chosenUpTo.
             * @member {number} chosenUpTo
             * @memberof paxoskv.peer.CatchUpReply
             * @instance
             */
            CatchUpReply.prototype.chosenUpTo = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new CatchUpReply instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.CatchUpReply
             * @static
             * @param {paxoskv.peer.CatchUpReply.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.CatchUpReply} CatchUpReply instance
             * @type {{
             *   (properties: paxoskv.peer.CatchUpReply.$Shape): paxoskv.peer.CatchUpReply & paxoskv.peer.CatchUpReply.$Shape;
             *   (properties?: paxoskv.peer.CatchUpReply.$Properties): paxoskv.peer.CatchUpReply;
             * }}
             */
            CatchUpReply.create = function(properties) {
                return new CatchUpReply(properties);
            };

            /**
             * Encodes the specified CatchUpReply message. Does not implicitly {@link paxoskv.peer.CatchUpReply.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.CatchUpReply
             * @static
             * @param {paxoskv.peer.CatchUpReply.$Properties} m CatchUpReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CatchUpReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.entries != null && m.entries.length) {
                    for (var i = 0; i < m.entries.length; ++i)
                        $root.paxoskv.peer.ChosenEntry.encode(m.entries[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.snapshotNeeded != null && $Object.hasOwnProperty.call(m, "snapshotNeeded") && m.snapshotNeeded !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.snapshotNeeded);
                if (m.snapshotSlot != null && $Object.hasOwnProperty.call(m, "snapshotSlot") && (typeof m.snapshotSlot === "object" ? m.snapshotSlot.low || m.snapshotSlot.high : m.snapshotSlot !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.snapshotSlot);
                if (m.chosenUpTo != null && $Object.hasOwnProperty.call(m, "chosenUpTo") && (typeof m.chosenUpTo === "object" ? m.chosenUpTo.low || m.chosenUpTo.high : m.chosenUpTo !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).uint64(m.chosenUpTo);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CatchUpReply message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.CatchUpReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.CatchUpReply & paxoskv.peer.CatchUpReply.$Shape} CatchUpReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CatchUpReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.CatchUpReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.entries && m.entries.length))
                                m.entries = [];
                            m.entries.push($root.paxoskv.peer.ChosenEntry.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.snapshotNeeded = v;
                            else
                                delete m.snapshotNeeded;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.snapshotSlot = v;
                            else
                                delete m.snapshotSlot;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.chosenUpTo = v;
                            else
                                delete m.chosenUpTo;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a CatchUpReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.CatchUpReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.CatchUpReply} CatchUpReply
             */
            CatchUpReply.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.CatchUpReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.CatchUpReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.CatchUpReply();
                if (d.entries) {
                    if (!$Array.isArray(d.entries))
                        throw $TypeError(".paxoskv.peer.CatchUpReply.entries: array expected");
                    m.entries = $Array(d.entries.length);
                    for (var i = 0; i < d.entries.length; ++i) {
                        if (!$util.isObject(d.entries[i]))
                            throw $TypeError(".paxoskv.peer.CatchUpReply.entries: object expected");
                        m.entries[i] = $root.paxoskv.peer.ChosenEntry.fromObject(d.entries[i], q + 1);
                    }
                }
                if (d.snapshotNeeded != null) {
                    if (d.snapshotNeeded) {
                        m.snapshotNeeded = $Boolean(d.snapshotNeeded);
                    }
                }
                if (d.snapshotSlot != null) {
                    if (typeof d.snapshotSlot === "object" ? d.snapshotSlot.low || d.snapshotSlot.high : $Number(d.snapshotSlot) !== 0) {
                        if ($util.Long)
                            m.snapshotSlot = $util.Long.fromValue(d.snapshotSlot, true);
                        else if (typeof d.snapshotSlot === "string")
                            m.snapshotSlot = $parseInt(d.snapshotSlot, 10);
                        else if (typeof d.snapshotSlot === "number")
                            m.snapshotSlot = d.snapshotSlot;
                        else if (typeof d.snapshotSlot === "object")
                            m.snapshotSlot = new $util.LongBits(d.snapshotSlot.low >>> 0, d.snapshotSlot.high >>> 0).toNumber(true);
                    }
                }
                if (d.chosenUpTo != null) {
                    if (typeof d.chosenUpTo === "object" ? d.chosenUpTo.low || d.chosenUpTo.high : $Number(d.chosenUpTo) !== 0) {
                        if ($util.Long)
                            m.chosenUpTo = $util.Long.fromValue(d.chosenUpTo, true);
                        else if (typeof d.chosenUpTo === "string")
                            m.chosenUpTo = $parseInt(d.chosenUpTo, 10);
                        else if (typeof d.chosenUpTo === "number")
                            m.chosenUpTo = d.chosenUpTo;
                        else if (typeof d.chosenUpTo === "object")
                            m.chosenUpTo = new $util.LongBits(d.chosenUpTo.low >>> 0, d.chosenUpTo.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CatchUpReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.CatchUpReply
             * @static
             * @param {paxoskv.peer.CatchUpReply} m CatchUpReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CatchUpReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.entries = [];
                }
                if (o.defaults) {
                    d.snapshotNeeded = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.snapshotSlot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.snapshotSlot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.chosenUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.chosenUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.entries && m.entries.length) {
                    d.entries = $Array(m.entries.length);
                    for (var j = 0; j < m.entries.length; ++j) {
                        d.entries[j] = $root.paxoskv.peer.ChosenEntry.toObject(m.entries[j], o, q + 1);
                    }
                }
                if (m.snapshotNeeded != null && $Object.hasOwnProperty.call(m, "snapshotNeeded")) {
                    d.snapshotNeeded = m.snapshotNeeded;
                }
                if (m.snapshotSlot != null && $Object.hasOwnProperty.call(m, "snapshotSlot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.snapshotSlot = typeof m.snapshotSlot === "number" ? $BigInt(m.snapshotSlot) : $util.Long.fromBits(m.snapshotSlot.low >>> 0, m.snapshotSlot.high >>> 0, true).toBigInt();
                    else if (typeof m.snapshotSlot === "number")
                        d.snapshotSlot = o.longs === $String ? $String(m.snapshotSlot) : m.snapshotSlot;
                    else
                        d.snapshotSlot = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotSlot) : o.longs === $Number ? new $util.LongBits(m.snapshotSlot.low >>> 0, m.snapshotSlot.high >>> 0).toNumber(true) : m.snapshotSlot;
                }
                if (m.chosenUpTo != null && $Object.hasOwnProperty.call(m, "chosenUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.chosenUpTo = typeof m.chosenUpTo === "number" ? $BigInt(m.chosenUpTo) : $util.Long.fromBits(m.chosenUpTo.low >>> 0, m.chosenUpTo.high >>> 0, true).toBigInt();
                    else if (typeof m.chosenUpTo === "number")
                        d.chosenUpTo = o.longs === $String ? $String(m.chosenUpTo) : m.chosenUpTo;
                    else
                        d.chosenUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.chosenUpTo) : o.longs === $Number ? new $util.LongBits(m.chosenUpTo.low >>> 0, m.chosenUpTo.high >>> 0).toNumber(true) : m.chosenUpTo;
                }
                return d;
            };

            /**
             * Converts this CatchUpReply to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.CatchUpReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CatchUpReply.prototype.toJSON = function() {
                return CatchUpReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CatchUpReply
             * @function getTypeUrl
             * @memberof paxoskv.peer.CatchUpReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CatchUpReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.CatchUpReply";
            };

            return CatchUpReply;
        })();

        peer.SnapshotRequest = (function() {

            /**
             * Properties of a SnapshotRequest.
             * @typedef {Object} paxoskv.peer.SnapshotRequest.$Properties
             * @property {number|null} [snapshotSlot] SnapshotRequest snapshotSlot
             * @property {number|null} [offset] SnapshotRequest offset
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRequest.
             * @memberof paxoskv.peer
             * @interface ISnapshotRequest
             * @augments paxoskv.peer.SnapshotRequest.$Properties
             * @deprecated Use paxoskv.peer.SnapshotRequest.$Properties instead.
             */

            /**
             * Shape of a SnapshotRequest.
             * @typedef {paxoskv.peer.SnapshotRequest.$Properties} paxoskv.peer.SnapshotRequest.$Shape
             */

            /**
             * Constructs a new SnapshotRequest.
             * @memberof paxoskv.peer
             * @classdesc Represents a SnapshotRequest.
             * @constructor
             * @param {paxoskv.peer.SnapshotRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SnapshotRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotRequest snapshotSlot.
             * @member {number} snapshotSlot
             * @memberof paxoskv.peer.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.snapshotSlot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotRequest offset.
             * @member {number} offset
             * @memberof paxoskv.peer.SnapshotRequest
             * @instance
             */
            SnapshotRequest.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SnapshotRequest instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.SnapshotRequest
             * @static
             * @param {paxoskv.peer.SnapshotRequest.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.SnapshotRequest} SnapshotRequest instance
             * @type {{
             *   (properties: paxoskv.peer.SnapshotRequest.$Shape): paxoskv.peer.SnapshotRequest & paxoskv.peer.SnapshotRequest.$Shape;
             *   (properties?: paxoskv.peer.SnapshotRequest.$Properties): paxoskv.peer.SnapshotRequest;
             * }}
             */
            SnapshotRequest.create = function(properties) {
                return new SnapshotRequest(properties);
            };

            /**
             * Encodes the specified SnapshotRequest message. Does not implicitly {@link paxoskv.peer.SnapshotRequest.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.SnapshotRequest
             * @static
             * @param {paxoskv.peer.SnapshotRequest.$Properties} m SnapshotRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.snapshotSlot != null && $Object.hasOwnProperty.call(m, "snapshotSlot") && (typeof m.snapshotSlot === "object" ? m.snapshotSlot.low || m.snapshotSlot.high : m.snapshotSlot !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.snapshotSlot);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.offset);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SnapshotRequest message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.SnapshotRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.SnapshotRequest & paxoskv.peer.SnapshotRequest.$Shape} SnapshotRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRequest.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.SnapshotRequest();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.snapshotSlot = v;
                            else
                                delete m.snapshotSlot;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SnapshotRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.SnapshotRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.SnapshotRequest} SnapshotRequest
             */
            SnapshotRequest.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.SnapshotRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.SnapshotRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.SnapshotRequest();
                if (d.snapshotSlot != null) {
                    if (typeof d.snapshotSlot === "object" ? d.snapshotSlot.low || d.snapshotSlot.high : $Number(d.snapshotSlot) !== 0) {
                        if ($util.Long)
                            m.snapshotSlot = $util.Long.fromValue(d.snapshotSlot, true);
                        else if (typeof d.snapshotSlot === "string")
                            m.snapshotSlot = $parseInt(d.snapshotSlot, 10);
                        else if (typeof d.snapshotSlot === "number")
                            m.snapshotSlot = d.snapshotSlot;
                        else if (typeof d.snapshotSlot === "object")
                            m.snapshotSlot = new $util.LongBits(d.snapshotSlot.low >>> 0, d.snapshotSlot.high >>> 0).toNumber(true);
                    }
                }
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.SnapshotRequest
             * @static
             * @param {paxoskv.peer.SnapshotRequest} m SnapshotRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotRequest.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.snapshotSlot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.snapshotSlot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.snapshotSlot != null && $Object.hasOwnProperty.call(m, "snapshotSlot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.snapshotSlot = typeof m.snapshotSlot === "number" ? $BigInt(m.snapshotSlot) : $util.Long.fromBits(m.snapshotSlot.low >>> 0, m.snapshotSlot.high >>> 0, true).toBigInt();
                    else if (typeof m.snapshotSlot === "number")
                        d.snapshotSlot = o.longs === $String ? $String(m.snapshotSlot) : m.snapshotSlot;
                    else
                        d.snapshotSlot = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotSlot) : o.longs === $Number ? new $util.LongBits(m.snapshotSlot.low >>> 0, m.snapshotSlot.high >>> 0).toNumber(true) : m.snapshotSlot;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                return d;
            };

            /**
             * Converts this SnapshotRequest to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.SnapshotRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotRequest.prototype.toJSON = function() {
                return SnapshotRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotRequest
             * @function getTypeUrl
             * @memberof paxoskv.peer.SnapshotRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.SnapshotRequest";
            };

            return SnapshotRequest;
        })();

        peer.SnapshotChunk = (function() {

            /**
             * Properties of a SnapshotChunk.
             * @typedef {Object} paxoskv.peer.SnapshotChunk.$Properties
             * @property {number|null} [snapshotSlot] SnapshotChunk snapshotSlot
             * @property {number|null} [offset] SnapshotChunk offset
             * @property {number|null} [totalBytes] SnapshotChunk totalBytes
             * @property {Uint8Array|null} [data] SnapshotChunk data
             * @property {boolean|null} [done] SnapshotChunk done
             * @property {number|null} [payloadCrc] SnapshotChunk payloadCrc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotChunk.
             * @memberof paxoskv.peer
             * @interface ISnapshotChunk
             * @augments paxoskv.peer.SnapshotChunk.$Properties
             * @deprecated Use paxoskv.peer.SnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a SnapshotChunk.
             * @typedef {paxoskv.peer.SnapshotChunk.$Properties} paxoskv.peer.SnapshotChunk.$Shape
             */

            /**
             * Constructs a new SnapshotChunk.
             * @memberof paxoskv.peer
             * @classdesc Represents a SnapshotChunk.
             * @constructor
             * @param {paxoskv.peer.SnapshotChunk.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SnapshotChunk = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SnapshotChunk snapshotSlot.
             * @member {number} snapshotSlot
             * @memberof paxoskv.peer.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.snapshotSlot = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk offset.
             * @member {number} offset
             * @memberof paxoskv.peer.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk totalBytes.
             * @member {number} totalBytes
             * @memberof paxoskv.peer.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk data.
             * @member {Uint8Array} data
             * @memberof paxoskv.peer.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.data = $util.newBuffer([]);

            /**
             * SnapshotChunk done.
             * @member {boolean} done
             * @memberof paxoskv.peer.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.done = false;

            /**
             * SnapshotChunk payloadCrc.
             * @member {number|null|undefined} payloadCrc
             * @memberof paxoskv.peer.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.payloadCrc = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SnapshotChunk.prototype, "_payloadCrc", {
                get: $util.oneOfGetter($oneOfFields = ["payloadCrc"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.SnapshotChunk
             * @static
             * @param {paxoskv.peer.SnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.SnapshotChunk} SnapshotChunk instance
             * @type {{
             *   (properties: paxoskv.peer.SnapshotChunk.$Shape): paxoskv.peer.SnapshotChunk & paxoskv.peer.SnapshotChunk.$Shape;
             *   (properties?: paxoskv.peer.SnapshotChunk.$Properties): paxoskv.peer.SnapshotChunk;
             * }}
             */
            SnapshotChunk.create = function(properties) {
                return new SnapshotChunk(properties);
            };

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link paxoskv.peer.SnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.SnapshotChunk
             * @static
             * @param {paxoskv.peer.SnapshotChunk.$Properties} m SnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotChunk.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.snapshotSlot != null && $Object.hasOwnProperty.call(m, "snapshotSlot") && (typeof m.snapshotSlot === "object" ? m.snapshotSlot.low || m.snapshotSlot.high : m.snapshotSlot !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.snapshotSlot);
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset") && (typeof m.offset === "object" ? m.offset.low || m.offset.high : m.offset !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.offset);
                if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes") && (typeof m.totalBytes === "object" ? m.totalBytes.low || m.totalBytes.high : m.totalBytes !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).uint64(m.totalBytes);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data") && m.data.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.data);
                if (m.done != null && $Object.hasOwnProperty.call(m, "done") && m.done !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.done);
                if (m.payloadCrc != null && $Object.hasOwnProperty.call(m, "payloadCrc"))
                    w.uint32(/* id 6, wireType 0 =*/48).uint32(m.payloadCrc);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.SnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.SnapshotChunk & paxoskv.peer.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotChunk.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.SnapshotChunk();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.snapshotSlot = v;
                            else
                                delete m.snapshotSlot;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.offset = v;
                            else
                                delete m.offset;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.totalBytes = v;
                            else
                                delete m.totalBytes;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.data = v;
                            else
                                delete m.data;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.done = v;
                            else
                                delete m.done;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            m.payloadCrc = r.uint32();
                            m._payloadCrc = "payloadCrc";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a SnapshotChunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.SnapshotChunk
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.SnapshotChunk} SnapshotChunk
             */
            SnapshotChunk.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.SnapshotChunk)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.SnapshotChunk: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.SnapshotChunk();
                if (d.snapshotSlot != null) {
                    if (typeof d.snapshotSlot === "object" ? d.snapshotSlot.low || d.snapshotSlot.high : $Number(d.snapshotSlot) !== 0) {
                        if ($util.Long)
                            m.snapshotSlot = $util.Long.fromValue(d.snapshotSlot, true);
                        else if (typeof d.snapshotSlot === "string")
                            m.snapshotSlot = $parseInt(d.snapshotSlot, 10);
                        else if (typeof d.snapshotSlot === "number")
                            m.snapshotSlot = d.snapshotSlot;
                        else if (typeof d.snapshotSlot === "object")
                            m.snapshotSlot = new $util.LongBits(d.snapshotSlot.low >>> 0, d.snapshotSlot.high >>> 0).toNumber(true);
                    }
                }
                if (d.offset != null) {
                    if (typeof d.offset === "object" ? d.offset.low || d.offset.high : $Number(d.offset) !== 0) {
                        if ($util.Long)
                            m.offset = $util.Long.fromValue(d.offset, true);
                        else if (typeof d.offset === "string")
                            m.offset = $parseInt(d.offset, 10);
                        else if (typeof d.offset === "number")
                            m.offset = d.offset;
                        else if (typeof d.offset === "object")
                            m.offset = new $util.LongBits(d.offset.low >>> 0, d.offset.high >>> 0).toNumber(true);
                    }
                }
                if (d.totalBytes != null) {
                    if (typeof d.totalBytes === "object" ? d.totalBytes.low || d.totalBytes.high : $Number(d.totalBytes) !== 0) {
                        if ($util.Long)
                            m.totalBytes = $util.Long.fromValue(d.totalBytes, true);
                        else if (typeof d.totalBytes === "string")
                            m.totalBytes = $parseInt(d.totalBytes, 10);
                        else if (typeof d.totalBytes === "number")
                            m.totalBytes = d.totalBytes;
                        else if (typeof d.totalBytes === "object")
                            m.totalBytes = new $util.LongBits(d.totalBytes.low >>> 0, d.totalBytes.high >>> 0).toNumber(true);
                    }
                }
                if (d.data != null) {
                    if (d.data.length) {
                        if (typeof d.data === "string")
                            $util.base64.decode(d.data, m.data = $util.newBuffer($util.base64.length(d.data)), 0);
                        else if (d.data.length >= 0)
                            m.data = d.data;
                    }
                }
                if (d.done != null) {
                    if (d.done) {
                        m.done = $Boolean(d.done);
                    }
                }
                if (d.payloadCrc != null) {
                    m.payloadCrc = d.payloadCrc >>> 0;
                }
                return m;
            };

            /**
             * Creates a plain object from a SnapshotChunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.SnapshotChunk
             * @static
             * @param {paxoskv.peer.SnapshotChunk} m SnapshotChunk
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotChunk.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.snapshotSlot = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.snapshotSlot = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.offset = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.offset = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.totalBytes = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.totalBytes = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.data = "";
                    else {
                        d.data = [];
                        if (o.bytes !== $Array)
                            d.data = $util.newBuffer(d.data);
                    }
                    d.done = false;
                }
                if (m.snapshotSlot != null && $Object.hasOwnProperty.call(m, "snapshotSlot")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.snapshotSlot = typeof m.snapshotSlot === "number" ? $BigInt(m.snapshotSlot) : $util.Long.fromBits(m.snapshotSlot.low >>> 0, m.snapshotSlot.high >>> 0, true).toBigInt();
                    else if (typeof m.snapshotSlot === "number")
                        d.snapshotSlot = o.longs === $String ? $String(m.snapshotSlot) : m.snapshotSlot;
                    else
                        d.snapshotSlot = o.longs === $String ? $util.Long.prototype.toString.call(m.snapshotSlot) : o.longs === $Number ? new $util.LongBits(m.snapshotSlot.low >>> 0, m.snapshotSlot.high >>> 0).toNumber(true) : m.snapshotSlot;
                }
                if (m.offset != null && $Object.hasOwnProperty.call(m, "offset")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.offset = typeof m.offset === "number" ? $BigInt(m.offset) : $util.Long.fromBits(m.offset.low >>> 0, m.offset.high >>> 0, true).toBigInt();
                    else if (typeof m.offset === "number")
                        d.offset = o.longs === $String ? $String(m.offset) : m.offset;
                    else
                        d.offset = o.longs === $String ? $util.Long.prototype.toString.call(m.offset) : o.longs === $Number ? new $util.LongBits(m.offset.low >>> 0, m.offset.high >>> 0).toNumber(true) : m.offset;
                }
                if (m.totalBytes != null && $Object.hasOwnProperty.call(m, "totalBytes")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.totalBytes = typeof m.totalBytes === "number" ? $BigInt(m.totalBytes) : $util.Long.fromBits(m.totalBytes.low >>> 0, m.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof m.totalBytes === "number")
                        d.totalBytes = o.longs === $String ? $String(m.totalBytes) : m.totalBytes;
                    else
                        d.totalBytes = o.longs === $String ? $util.Long.prototype.toString.call(m.totalBytes) : o.longs === $Number ? new $util.LongBits(m.totalBytes.low >>> 0, m.totalBytes.high >>> 0).toNumber(true) : m.totalBytes;
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    d.data = o.bytes === $String ? $util.base64.encode(m.data, 0, m.data.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.data) : m.data;
                }
                if (m.done != null && $Object.hasOwnProperty.call(m, "done")) {
                    d.done = m.done;
                }
                if (m.payloadCrc != null && $Object.hasOwnProperty.call(m, "payloadCrc")) {
                    d.payloadCrc = m.payloadCrc;
                }
                return d;
            };

            /**
             * Converts this SnapshotChunk to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.SnapshotChunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotChunk.prototype.toJSON = function() {
                return SnapshotChunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotChunk
             * @function getTypeUrl
             * @memberof paxoskv.peer.SnapshotChunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotChunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.SnapshotChunk";
            };

            return SnapshotChunk;
        })();

        peer.Forward = (function() {

            /**
             * Properties of a Forward.
             * @typedef {Object} paxoskv.peer.Forward.$Properties
             * @property {number|null} [forwardId] Forward forwardId
             * @property {Uint8Array|null} [request] Forward request
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Forward.
             * @memberof paxoskv.peer
             * @interface IForward
             * @augments paxoskv.peer.Forward.$Properties
             * @deprecated Use paxoskv.peer.Forward.$Properties instead.
             */

            /**
             * Shape of a Forward.
             * @typedef {paxoskv.peer.Forward.$Properties} paxoskv.peer.Forward.$Shape
             */

            /**
             * Constructs a new Forward.
             * @memberof paxoskv.peer
             * @classdesc Represents a Forward.
             * @constructor
             * @param {paxoskv.peer.Forward.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Forward = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Forward forwardId.
             * @member {number} forwardId
             * @memberof paxoskv.peer.Forward
             * @instance
             */
            Forward.prototype.forwardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Forward request.
             * @member {Uint8Array} request
             * @memberof paxoskv.peer.Forward
             * @instance
             */
            Forward.prototype.request = $util.newBuffer([]);

            /**
             * Creates a new Forward instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Forward
             * @static
             * @param {paxoskv.peer.Forward.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Forward} Forward instance
             * @type {{
             *   (properties: paxoskv.peer.Forward.$Shape): paxoskv.peer.Forward & paxoskv.peer.Forward.$Shape;
             *   (properties?: paxoskv.peer.Forward.$Properties): paxoskv.peer.Forward;
             * }}
             */
            Forward.create = function(properties) {
                return new Forward(properties);
            };

            /**
             * Encodes the specified Forward message. Does not implicitly {@link paxoskv.peer.Forward.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Forward
             * @static
             * @param {paxoskv.peer.Forward.$Properties} m Forward message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Forward.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.forwardId != null && $Object.hasOwnProperty.call(m, "forwardId") && (typeof m.forwardId === "object" ? m.forwardId.low || m.forwardId.high : m.forwardId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.forwardId);
                if (m.request != null && $Object.hasOwnProperty.call(m, "request") && m.request.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.request);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Forward message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Forward
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Forward & paxoskv.peer.Forward.$Shape} Forward
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Forward.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Forward();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.forwardId = v;
                            else
                                delete m.forwardId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.request = v;
                            else
                                delete m.request;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Forward message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Forward
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Forward} Forward
             */
            Forward.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Forward)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Forward: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Forward();
                if (d.forwardId != null) {
                    if (typeof d.forwardId === "object" ? d.forwardId.low || d.forwardId.high : $Number(d.forwardId) !== 0) {
                        if ($util.Long)
                            m.forwardId = $util.Long.fromValue(d.forwardId, true);
                        else if (typeof d.forwardId === "string")
                            m.forwardId = $parseInt(d.forwardId, 10);
                        else if (typeof d.forwardId === "number")
                            m.forwardId = d.forwardId;
                        else if (typeof d.forwardId === "object")
                            m.forwardId = new $util.LongBits(d.forwardId.low >>> 0, d.forwardId.high >>> 0).toNumber(true);
                    }
                }
                if (d.request != null) {
                    if (d.request.length) {
                        if (typeof d.request === "string")
                            $util.base64.decode(d.request, m.request = $util.newBuffer($util.base64.length(d.request)), 0);
                        else if (d.request.length >= 0)
                            m.request = d.request;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Forward message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Forward
             * @static
             * @param {paxoskv.peer.Forward} m Forward
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Forward.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.forwardId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.forwardId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.request = "";
                    else {
                        d.request = [];
                        if (o.bytes !== $Array)
                            d.request = $util.newBuffer(d.request);
                    }
                }
                if (m.forwardId != null && $Object.hasOwnProperty.call(m, "forwardId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.forwardId = typeof m.forwardId === "number" ? $BigInt(m.forwardId) : $util.Long.fromBits(m.forwardId.low >>> 0, m.forwardId.high >>> 0, true).toBigInt();
                    else if (typeof m.forwardId === "number")
                        d.forwardId = o.longs === $String ? $String(m.forwardId) : m.forwardId;
                    else
                        d.forwardId = o.longs === $String ? $util.Long.prototype.toString.call(m.forwardId) : o.longs === $Number ? new $util.LongBits(m.forwardId.low >>> 0, m.forwardId.high >>> 0).toNumber(true) : m.forwardId;
                }
                if (m.request != null && $Object.hasOwnProperty.call(m, "request")) {
                    d.request = o.bytes === $String ? $util.base64.encode(m.request, 0, m.request.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.request) : m.request;
                }
                return d;
            };

            /**
             * Converts this Forward to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Forward
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Forward.prototype.toJSON = function() {
                return Forward.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Forward
             * @function getTypeUrl
             * @memberof paxoskv.peer.Forward
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Forward.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Forward";
            };

            return Forward;
        })();

        peer.ForwardReply = (function() {

            /**
             * Properties of a ForwardReply.
             * @typedef {Object} paxoskv.peer.ForwardReply.$Properties
             * @property {number|null} [forwardId] ForwardReply forwardId
             * @property {Uint8Array|null} [response] ForwardReply response
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ForwardReply.
             * @memberof paxoskv.peer
             * @interface IForwardReply
             * @augments paxoskv.peer.ForwardReply.$Properties
             * @deprecated Use paxoskv.peer.ForwardReply.$Properties instead.
             */

            /**
             * Shape of a ForwardReply.
             * @typedef {paxoskv.peer.ForwardReply.$Properties} paxoskv.peer.ForwardReply.$Shape
             */

            /**
             * Constructs a new ForwardReply.
             * @memberof paxoskv.peer
             * @classdesc Represents a ForwardReply.
             * @constructor
             * @param {paxoskv.peer.ForwardReply.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ForwardReply = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ForwardReply forwardId.
             * @member {number} forwardId
             * @memberof paxoskv.peer.ForwardReply
             * @instance
             */
            ForwardReply.prototype.forwardId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ForwardReply response.
             * @member {Uint8Array} response
             * @memberof paxoskv.peer.ForwardReply
             * @instance
             */
            ForwardReply.prototype.response = $util.newBuffer([]);

            /**
             * Creates a new ForwardReply instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.ForwardReply
             * @static
             * @param {paxoskv.peer.ForwardReply.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.ForwardReply} ForwardReply instance
             * @type {{
             *   (properties: paxoskv.peer.ForwardReply.$Shape): paxoskv.peer.ForwardReply & paxoskv.peer.ForwardReply.$Shape;
             *   (properties?: paxoskv.peer.ForwardReply.$Properties): paxoskv.peer.ForwardReply;
             * }}
             */
            ForwardReply.create = function(properties) {
                return new ForwardReply(properties);
            };

            /**
             * Encodes the specified ForwardReply message. Does not implicitly {@link paxoskv.peer.ForwardReply.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.ForwardReply
             * @static
             * @param {paxoskv.peer.ForwardReply.$Properties} m ForwardReply message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ForwardReply.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.forwardId != null && $Object.hasOwnProperty.call(m, "forwardId") && (typeof m.forwardId === "object" ? m.forwardId.low || m.forwardId.high : m.forwardId !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.forwardId);
                if (m.response != null && $Object.hasOwnProperty.call(m, "response") && m.response.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.response);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ForwardReply message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.ForwardReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.ForwardReply & paxoskv.peer.ForwardReply.$Shape} ForwardReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ForwardReply.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.ForwardReply();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.forwardId = v;
                            else
                                delete m.forwardId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.response = v;
                            else
                                delete m.response;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a ForwardReply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.ForwardReply
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.ForwardReply} ForwardReply
             */
            ForwardReply.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.ForwardReply)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.ForwardReply: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.ForwardReply();
                if (d.forwardId != null) {
                    if (typeof d.forwardId === "object" ? d.forwardId.low || d.forwardId.high : $Number(d.forwardId) !== 0) {
                        if ($util.Long)
                            m.forwardId = $util.Long.fromValue(d.forwardId, true);
                        else if (typeof d.forwardId === "string")
                            m.forwardId = $parseInt(d.forwardId, 10);
                        else if (typeof d.forwardId === "number")
                            m.forwardId = d.forwardId;
                        else if (typeof d.forwardId === "object")
                            m.forwardId = new $util.LongBits(d.forwardId.low >>> 0, d.forwardId.high >>> 0).toNumber(true);
                    }
                }
                if (d.response != null) {
                    if (d.response.length) {
                        if (typeof d.response === "string")
                            $util.base64.decode(d.response, m.response = $util.newBuffer($util.base64.length(d.response)), 0);
                        else if (d.response.length >= 0)
                            m.response = d.response;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ForwardReply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.ForwardReply
             * @static
             * @param {paxoskv.peer.ForwardReply} m ForwardReply
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ForwardReply.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.forwardId = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.forwardId = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if (o.bytes === $String)
                        d.response = "";
                    else {
                        d.response = [];
                        if (o.bytes !== $Array)
                            d.response = $util.newBuffer(d.response);
                    }
                }
                if (m.forwardId != null && $Object.hasOwnProperty.call(m, "forwardId")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.forwardId = typeof m.forwardId === "number" ? $BigInt(m.forwardId) : $util.Long.fromBits(m.forwardId.low >>> 0, m.forwardId.high >>> 0, true).toBigInt();
                    else if (typeof m.forwardId === "number")
                        d.forwardId = o.longs === $String ? $String(m.forwardId) : m.forwardId;
                    else
                        d.forwardId = o.longs === $String ? $util.Long.prototype.toString.call(m.forwardId) : o.longs === $Number ? new $util.LongBits(m.forwardId.low >>> 0, m.forwardId.high >>> 0).toNumber(true) : m.forwardId;
                }
                if (m.response != null && $Object.hasOwnProperty.call(m, "response")) {
                    d.response = o.bytes === $String ? $util.base64.encode(m.response, 0, m.response.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.response) : m.response;
                }
                return d;
            };

            /**
             * Converts this ForwardReply to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.ForwardReply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ForwardReply.prototype.toJSON = function() {
                return ForwardReply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ForwardReply
             * @function getTypeUrl
             * @memberof paxoskv.peer.ForwardReply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ForwardReply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.ForwardReply";
            };

            return ForwardReply;
        })();

        peer.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} paxoskv.peer.Hello.$Properties
             * @property {string|null} [clusterId] Hello clusterId
             * @property {string|null} [name] Hello name
             * @property {string|null} [incarnation] Hello incarnation
             * @property {Uint8Array|null} [nonce] Hello nonce
             * @property {Uint8Array|null} [proof] Hello proof
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof paxoskv.peer
             * @interface IHello
             * @augments paxoskv.peer.Hello.$Properties
             * @deprecated Use paxoskv.peer.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {paxoskv.peer.Hello.$Properties} paxoskv.peer.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof paxoskv.peer
             * @classdesc Represents a Hello.
             * @constructor
             * @param {paxoskv.peer.Hello.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var Hello = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Hello clusterId.
             * @member {string} clusterId
             * @memberof paxoskv.peer.Hello
             * @instance
             */
            Hello.prototype.clusterId = "";

            /**
             * Hello name.
             * @member {string} name
             * @memberof paxoskv.peer.Hello
             * @instance
             */
            Hello.prototype.name = "";

            /**
             * Hello incarnation.
             * @member {string} incarnation
             * @memberof paxoskv.peer.Hello
             * @instance
             */
            Hello.prototype.incarnation = "";

            /**
             * Hello nonce.
             * @member {Uint8Array} nonce
             * @memberof paxoskv.peer.Hello
             * @instance
             */
            Hello.prototype.nonce = $util.newBuffer([]);

            /**
             * Hello proof.
             * @member {Uint8Array} proof
             * @memberof paxoskv.peer.Hello
             * @instance
             */
            Hello.prototype.proof = $util.newBuffer([]);

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.Hello
             * @static
             * @param {paxoskv.peer.Hello.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.Hello} Hello instance
             * @type {{
             *   (properties: paxoskv.peer.Hello.$Shape): paxoskv.peer.Hello & paxoskv.peer.Hello.$Shape;
             *   (properties?: paxoskv.peer.Hello.$Properties): paxoskv.peer.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link paxoskv.peer.Hello.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.Hello
             * @static
             * @param {paxoskv.peer.Hello.$Properties} m Hello message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId") && m.clusterId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clusterId);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.name);
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation") && m.incarnation !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.incarnation);
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce") && m.nonce.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.nonce);
                if (m.proof != null && $Object.hasOwnProperty.call(m, "proof") && m.proof.length)
                    w.uint32(/* id 5, wireType 2 =*/42).bytes(m.proof);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.Hello & paxoskv.peer.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.Hello();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clusterId = v;
                            else
                                delete m.clusterId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.incarnation = v;
                            else
                                delete m.incarnation;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.nonce = v;
                            else
                                delete m.nonce;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.proof = v;
                            else
                                delete m.proof;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.Hello
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.Hello} Hello
             */
            Hello.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.Hello)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.Hello: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.Hello();
                if (d.clusterId != null) {
                    if (typeof d.clusterId !== "string" || d.clusterId.length) {
                        m.clusterId = $String(d.clusterId);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.incarnation != null) {
                    if (typeof d.incarnation !== "string" || d.incarnation.length) {
                        m.incarnation = $String(d.incarnation);
                    }
                }
                if (d.nonce != null) {
                    if (d.nonce.length) {
                        if (typeof d.nonce === "string")
                            $util.base64.decode(d.nonce, m.nonce = $util.newBuffer($util.base64.length(d.nonce)), 0);
                        else if (d.nonce.length >= 0)
                            m.nonce = d.nonce;
                    }
                }
                if (d.proof != null) {
                    if (d.proof.length) {
                        if (typeof d.proof === "string")
                            $util.base64.decode(d.proof, m.proof = $util.newBuffer($util.base64.length(d.proof)), 0);
                        else if (d.proof.length >= 0)
                            m.proof = d.proof;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.Hello
             * @static
             * @param {paxoskv.peer.Hello} m Hello
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.clusterId = "";
                    d.name = "";
                    d.incarnation = "";
                    if (o.bytes === $String)
                        d.nonce = "";
                    else {
                        d.nonce = [];
                        if (o.bytes !== $Array)
                            d.nonce = $util.newBuffer(d.nonce);
                    }
                    if (o.bytes === $String)
                        d.proof = "";
                    else {
                        d.proof = [];
                        if (o.bytes !== $Array)
                            d.proof = $util.newBuffer(d.proof);
                    }
                }
                if (m.clusterId != null && $Object.hasOwnProperty.call(m, "clusterId")) {
                    d.clusterId = m.clusterId;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.incarnation != null && $Object.hasOwnProperty.call(m, "incarnation")) {
                    d.incarnation = m.incarnation;
                }
                if (m.nonce != null && $Object.hasOwnProperty.call(m, "nonce")) {
                    d.nonce = o.bytes === $String ? $util.base64.encode(m.nonce, 0, m.nonce.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.nonce) : m.nonce;
                }
                if (m.proof != null && $Object.hasOwnProperty.call(m, "proof")) {
                    d.proof = o.bytes === $String ? $util.base64.encode(m.proof, 0, m.proof.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.proof) : m.proof;
                }
                return d;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof paxoskv.peer.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.Hello";
            };

            return Hello;
        })();

        peer.PeerEnvelope = (function() {

            /**
             * Properties of a PeerEnvelope.
             * @typedef {Object} paxoskv.peer.PeerEnvelope.$Properties
             * @property {number|null} [from] PeerEnvelope from
             * @property {string|null} [fromIncarnation] PeerEnvelope fromIncarnation
             * @property {paxoskv.peer.Prepare.$Properties|null} [prepare] PeerEnvelope prepare
             * @property {paxoskv.peer.Promise.$Properties|null} [promise] PeerEnvelope promise
             * @property {paxoskv.peer.Accept.$Properties|null} [accept] PeerEnvelope accept
             * @property {paxoskv.peer.Accepted.$Properties|null} [accepted] PeerEnvelope accepted
             * @property {paxoskv.peer.Rejected.$Properties|null} [rejected] PeerEnvelope rejected
             * @property {paxoskv.peer.Commit.$Properties|null} [commit] PeerEnvelope commit
             * @property {paxoskv.peer.Heartbeat.$Properties|null} [heartbeat] PeerEnvelope heartbeat
             * @property {paxoskv.peer.HeartbeatReply.$Properties|null} [heartbeatReply] PeerEnvelope heartbeatReply
             * @property {paxoskv.peer.CatchUpRequest.$Properties|null} [catchUpRequest] PeerEnvelope catchUpRequest
             * @property {paxoskv.peer.CatchUpReply.$Properties|null} [catchUpReply] PeerEnvelope catchUpReply
             * @property {paxoskv.peer.SnapshotRequest.$Properties|null} [snapshotRequest] PeerEnvelope snapshotRequest
             * @property {paxoskv.peer.SnapshotChunk.$Properties|null} [snapshotChunk] PeerEnvelope snapshotChunk
             * @property {paxoskv.peer.Forward.$Properties|null} [forward] PeerEnvelope forward
             * @property {paxoskv.peer.ForwardReply.$Properties|null} [forwardReply] PeerEnvelope forwardReply
             * @property {paxoskv.peer.Hello.$Properties|null} [hello] PeerEnvelope hello
             * @property {"prepare"|"promise"|"accept"|"accepted"|"rejected"|"commit"|"heartbeat"|"heartbeatReply"|"catchUpRequest"|"catchUpReply"|"snapshotRequest"|"snapshotChunk"|"forward"|"forwardReply"|"hello"} [body] PeerEnvelope body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerEnvelope.
             * @memberof paxoskv.peer
             * @interface IPeerEnvelope
             * @augments paxoskv.peer.PeerEnvelope.$Properties
             * @deprecated Use paxoskv.peer.PeerEnvelope.$Properties instead.
             */

            /**
             * Narrowed shape of a PeerEnvelope.
             * @typedef {{
             *   from?: number|null;
             *   fromIncarnation?: string|null;
             *   prepare?: paxoskv.peer.Prepare.$Shape|null;
             *   promise?: paxoskv.peer.Promise.$Shape|null;
             *   accept?: paxoskv.peer.Accept.$Shape|null;
             *   accepted?: paxoskv.peer.Accepted.$Shape|null;
             *   rejected?: paxoskv.peer.Rejected.$Shape|null;
             *   commit?: paxoskv.peer.Commit.$Shape|null;
             *   heartbeat?: paxoskv.peer.Heartbeat.$Shape|null;
             *   heartbeatReply?: paxoskv.peer.HeartbeatReply.$Shape|null;
             *   catchUpRequest?: paxoskv.peer.CatchUpRequest.$Shape|null;
             *   catchUpReply?: paxoskv.peer.CatchUpReply.$Shape|null;
             *   snapshotRequest?: paxoskv.peer.SnapshotRequest.$Shape|null;
             *   snapshotChunk?: paxoskv.peer.SnapshotChunk.$Shape|null;
             *   forward?: paxoskv.peer.Forward.$Shape|null;
             *   forwardReply?: paxoskv.peer.ForwardReply.$Shape|null;
             *   hello?: paxoskv.peer.Hello.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "prepare"; prepare: paxoskv.peer.Prepare.$Shape; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "promise"; prepare?: null; promise: paxoskv.peer.Promise.$Shape; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "accept"; prepare?: null; promise?: null; accept: paxoskv.peer.Accept.$Shape; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "accepted"; prepare?: null; promise?: null; accept?: null; accepted: paxoskv.peer.Accepted.$Shape; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "rejected"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected: paxoskv.peer.Rejected.$Shape; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "commit"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit: paxoskv.peer.Commit.$Shape; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "heartbeat"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat: paxoskv.peer.Heartbeat.$Shape; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "heartbeatReply"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply: paxoskv.peer.HeartbeatReply.$Shape; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "catchUpRequest"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest: paxoskv.peer.CatchUpRequest.$Shape; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "catchUpReply"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply: paxoskv.peer.CatchUpReply.$Shape; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "snapshotRequest"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest: paxoskv.peer.SnapshotRequest.$Shape; snapshotChunk?: null; forward?: null; forwardReply?: null; hello?: null }|{ body?: "snapshotChunk"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk: paxoskv.peer.SnapshotChunk.$Shape; forward?: null; forwardReply?: null; hello?: null }|{ body?: "forward"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward: paxoskv.peer.Forward.$Shape; forwardReply?: null; hello?: null }|{ body?: "forwardReply"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply: paxoskv.peer.ForwardReply.$Shape; hello?: null }|{ body?: "hello"; prepare?: null; promise?: null; accept?: null; accepted?: null; rejected?: null; commit?: null; heartbeat?: null; heartbeatReply?: null; catchUpRequest?: null; catchUpReply?: null; snapshotRequest?: null; snapshotChunk?: null; forward?: null; forwardReply?: null; hello: paxoskv.peer.Hello.$Shape })
             * )} paxoskv.peer.PeerEnvelope.$Shape
             */

            /**
             * Constructs a new PeerEnvelope.
             * @memberof paxoskv.peer
             * @classdesc Represents a PeerEnvelope.
             * @constructor
             * @param {paxoskv.peer.PeerEnvelope.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var PeerEnvelope = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PeerEnvelope from.
             * @member {number} from
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.from = 0;

            /**
             * PeerEnvelope fromIncarnation.
             * @member {string} fromIncarnation
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.fromIncarnation = "";

            /**
             * PeerEnvelope prepare.
             * @member {paxoskv.peer.Prepare.$Properties|null|undefined} prepare
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.prepare = null;

            /**
             * PeerEnvelope promise.
             * @member {paxoskv.peer.Promise.$Properties|null|undefined} promise
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.promise = null;

            /**
             * PeerEnvelope accept.
             * @member {paxoskv.peer.Accept.$Properties|null|undefined} accept
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.accept = null;

            /**
             * PeerEnvelope accepted.
             * @member {paxoskv.peer.Accepted.$Properties|null|undefined} accepted
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.accepted = null;

            /**
             * PeerEnvelope rejected.
             * @member {paxoskv.peer.Rejected.$Properties|null|undefined} rejected
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.rejected = null;

            /**
             * PeerEnvelope commit.
             * @member {paxoskv.peer.Commit.$Properties|null|undefined} commit
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.commit = null;

            /**
             * PeerEnvelope heartbeat.
             * @member {paxoskv.peer.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.heartbeat = null;

            /**
             * PeerEnvelope heartbeatReply.
             * @member {paxoskv.peer.HeartbeatReply.$Properties|null|undefined} heartbeatReply
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.heartbeatReply = null;

            /**
             * PeerEnvelope catchUpRequest.
             * @member {paxoskv.peer.CatchUpRequest.$Properties|null|undefined} catchUpRequest
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.catchUpRequest = null;

            /**
             * PeerEnvelope catchUpReply.
             * @member {paxoskv.peer.CatchUpReply.$Properties|null|undefined} catchUpReply
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.catchUpReply = null;

            /**
             * PeerEnvelope snapshotRequest.
             * @member {paxoskv.peer.SnapshotRequest.$Properties|null|undefined} snapshotRequest
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.snapshotRequest = null;

            /**
             * PeerEnvelope snapshotChunk.
             * @member {paxoskv.peer.SnapshotChunk.$Properties|null|undefined} snapshotChunk
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.snapshotChunk = null;

            /**
             * PeerEnvelope forward.
             * @member {paxoskv.peer.Forward.$Properties|null|undefined} forward
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.forward = null;

            /**
             * PeerEnvelope forwardReply.
             * @member {paxoskv.peer.ForwardReply.$Properties|null|undefined} forwardReply
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.forwardReply = null;

            /**
             * PeerEnvelope hello.
             * @member {paxoskv.peer.Hello.$Properties|null|undefined} hello
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            PeerEnvelope.prototype.hello = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * PeerEnvelope body.
             * @member {"prepare"|"promise"|"accept"|"accepted"|"rejected"|"commit"|"heartbeat"|"heartbeatReply"|"catchUpRequest"|"catchUpReply"|"snapshotRequest"|"snapshotChunk"|"forward"|"forwardReply"|"hello"|undefined} body
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             */
            $Object.defineProperty(PeerEnvelope.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["prepare", "promise", "accept", "accepted", "rejected", "commit", "heartbeat", "heartbeatReply", "catchUpRequest", "catchUpReply", "snapshotRequest", "snapshotChunk", "forward", "forwardReply", "hello"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new PeerEnvelope instance using the specified properties.
             * @function create
             * @memberof paxoskv.peer.PeerEnvelope
             * @static
             * @param {paxoskv.peer.PeerEnvelope.$Properties=} [properties] Properties to set
             * @returns {paxoskv.peer.PeerEnvelope} PeerEnvelope instance
             * @type {{
             *   (properties: paxoskv.peer.PeerEnvelope.$Shape): paxoskv.peer.PeerEnvelope & paxoskv.peer.PeerEnvelope.$Shape;
             *   (properties?: paxoskv.peer.PeerEnvelope.$Properties): paxoskv.peer.PeerEnvelope;
             * }}
             */
            PeerEnvelope.create = function(properties) {
                return new PeerEnvelope(properties);
            };

            /**
             * Encodes the specified PeerEnvelope message. Does not implicitly {@link paxoskv.peer.PeerEnvelope.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.peer.PeerEnvelope
             * @static
             * @param {paxoskv.peer.PeerEnvelope.$Properties} m PeerEnvelope message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerEnvelope.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.from != null && $Object.hasOwnProperty.call(m, "from") && m.from !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).uint32(m.from);
                if (m.fromIncarnation != null && $Object.hasOwnProperty.call(m, "fromIncarnation") && m.fromIncarnation !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.fromIncarnation);
                if (m.prepare != null && $Object.hasOwnProperty.call(m, "prepare"))
                    $root.paxoskv.peer.Prepare.encode(m.prepare, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.promise != null && $Object.hasOwnProperty.call(m, "promise"))
                    $root.paxoskv.peer.Promise.encode(m.promise, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.accept != null && $Object.hasOwnProperty.call(m, "accept"))
                    $root.paxoskv.peer.Accept.encode(m.accept, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted"))
                    $root.paxoskv.peer.Accepted.encode(m.accepted, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected"))
                    $root.paxoskv.peer.Rejected.encode(m.rejected, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit"))
                    $root.paxoskv.peer.Commit.encode(m.commit, w.uint32(/* id 15, wireType 2 =*/122).fork(), q + 1).ldelim();
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat"))
                    $root.paxoskv.peer.Heartbeat.encode(m.heartbeat, w.uint32(/* id 16, wireType 2 =*/130).fork(), q + 1).ldelim();
                if (m.heartbeatReply != null && $Object.hasOwnProperty.call(m, "heartbeatReply"))
                    $root.paxoskv.peer.HeartbeatReply.encode(m.heartbeatReply, w.uint32(/* id 17, wireType 2 =*/138).fork(), q + 1).ldelim();
                if (m.catchUpRequest != null && $Object.hasOwnProperty.call(m, "catchUpRequest"))
                    $root.paxoskv.peer.CatchUpRequest.encode(m.catchUpRequest, w.uint32(/* id 18, wireType 2 =*/146).fork(), q + 1).ldelim();
                if (m.catchUpReply != null && $Object.hasOwnProperty.call(m, "catchUpReply"))
                    $root.paxoskv.peer.CatchUpReply.encode(m.catchUpReply, w.uint32(/* id 19, wireType 2 =*/154).fork(), q + 1).ldelim();
                if (m.snapshotRequest != null && $Object.hasOwnProperty.call(m, "snapshotRequest"))
                    $root.paxoskv.peer.SnapshotRequest.encode(m.snapshotRequest, w.uint32(/* id 20, wireType 2 =*/162).fork(), q + 1).ldelim();
                if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk"))
                    $root.paxoskv.peer.SnapshotChunk.encode(m.snapshotChunk, w.uint32(/* id 21, wireType 2 =*/170).fork(), q + 1).ldelim();
                if (m.forward != null && $Object.hasOwnProperty.call(m, "forward"))
                    $root.paxoskv.peer.Forward.encode(m.forward, w.uint32(/* id 22, wireType 2 =*/178).fork(), q + 1).ldelim();
                if (m.forwardReply != null && $Object.hasOwnProperty.call(m, "forwardReply"))
                    $root.paxoskv.peer.ForwardReply.encode(m.forwardReply, w.uint32(/* id 23, wireType 2 =*/186).fork(), q + 1).ldelim();
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello"))
                    $root.paxoskv.peer.Hello.encode(m.hello, w.uint32(/* id 24, wireType 2 =*/194).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a PeerEnvelope message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.peer.PeerEnvelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.peer.PeerEnvelope & paxoskv.peer.PeerEnvelope.$Shape} PeerEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerEnvelope.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.peer.PeerEnvelope();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.from = v;
                            else
                                delete m.from;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.fromIncarnation = v;
                            else
                                delete m.fromIncarnation;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.prepare = $root.paxoskv.peer.Prepare.decode(r, r.size(), $undefined, q + 1, m.prepare);
                            m.body = "prepare";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.promise = $root.paxoskv.peer.Promise.decode(r, r.size(), $undefined, q + 1, m.promise);
                            m.body = "promise";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.accept = $root.paxoskv.peer.Accept.decode(r, r.size(), $undefined, q + 1, m.accept);
                            m.body = "accept";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.accepted = $root.paxoskv.peer.Accepted.decode(r, r.size(), $undefined, q + 1, m.accepted);
                            m.body = "accepted";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.rejected = $root.paxoskv.peer.Rejected.decode(r, r.size(), $undefined, q + 1, m.rejected);
                            m.body = "rejected";
                            continue;
                        }
                    case 15: {
                            if (u !== 2)
                                break;
                            m.commit = $root.paxoskv.peer.Commit.decode(r, r.size(), $undefined, q + 1, m.commit);
                            m.body = "commit";
                            continue;
                        }
                    case 16: {
                            if (u !== 2)
                                break;
                            m.heartbeat = $root.paxoskv.peer.Heartbeat.decode(r, r.size(), $undefined, q + 1, m.heartbeat);
                            m.body = "heartbeat";
                            continue;
                        }
                    case 17: {
                            if (u !== 2)
                                break;
                            m.heartbeatReply = $root.paxoskv.peer.HeartbeatReply.decode(r, r.size(), $undefined, q + 1, m.heartbeatReply);
                            m.body = "heartbeatReply";
                            continue;
                        }
                    case 18: {
                            if (u !== 2)
                                break;
                            m.catchUpRequest = $root.paxoskv.peer.CatchUpRequest.decode(r, r.size(), $undefined, q + 1, m.catchUpRequest);
                            m.body = "catchUpRequest";
                            continue;
                        }
                    case 19: {
                            if (u !== 2)
                                break;
                            m.catchUpReply = $root.paxoskv.peer.CatchUpReply.decode(r, r.size(), $undefined, q + 1, m.catchUpReply);
                            m.body = "catchUpReply";
                            continue;
                        }
                    case 20: {
                            if (u !== 2)
                                break;
                            m.snapshotRequest = $root.paxoskv.peer.SnapshotRequest.decode(r, r.size(), $undefined, q + 1, m.snapshotRequest);
                            m.body = "snapshotRequest";
                            continue;
                        }
                    case 21: {
                            if (u !== 2)
                                break;
                            m.snapshotChunk = $root.paxoskv.peer.SnapshotChunk.decode(r, r.size(), $undefined, q + 1, m.snapshotChunk);
                            m.body = "snapshotChunk";
                            continue;
                        }
                    case 22: {
                            if (u !== 2)
                                break;
                            m.forward = $root.paxoskv.peer.Forward.decode(r, r.size(), $undefined, q + 1, m.forward);
                            m.body = "forward";
                            continue;
                        }
                    case 23: {
                            if (u !== 2)
                                break;
                            m.forwardReply = $root.paxoskv.peer.ForwardReply.decode(r, r.size(), $undefined, q + 1, m.forwardReply);
                            m.body = "forwardReply";
                            continue;
                        }
                    case 24: {
                            if (u !== 2)
                                break;
                            m.hello = $root.paxoskv.peer.Hello.decode(r, r.size(), $undefined, q + 1, m.hello);
                            m.body = "hello";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Creates a PeerEnvelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.peer.PeerEnvelope
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.peer.PeerEnvelope} PeerEnvelope
             */
            PeerEnvelope.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.peer.PeerEnvelope)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.peer.PeerEnvelope: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.peer.PeerEnvelope();
                if (d.from != null) {
                    if ($Number(d.from) !== 0) {
                        m.from = d.from >>> 0;
                    }
                }
                if (d.fromIncarnation != null) {
                    if (typeof d.fromIncarnation !== "string" || d.fromIncarnation.length) {
                        m.fromIncarnation = $String(d.fromIncarnation);
                    }
                }
                if (d.prepare != null) {
                    if (!$util.isObject(d.prepare))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.prepare: object expected");
                    m.prepare = $root.paxoskv.peer.Prepare.fromObject(d.prepare, q + 1);
                }
                if (d.promise != null) {
                    if (!$util.isObject(d.promise))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.promise: object expected");
                    m.promise = $root.paxoskv.peer.Promise.fromObject(d.promise, q + 1);
                }
                if (d.accept != null) {
                    if (!$util.isObject(d.accept))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.accept: object expected");
                    m.accept = $root.paxoskv.peer.Accept.fromObject(d.accept, q + 1);
                }
                if (d.accepted != null) {
                    if (!$util.isObject(d.accepted))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.accepted: object expected");
                    m.accepted = $root.paxoskv.peer.Accepted.fromObject(d.accepted, q + 1);
                }
                if (d.rejected != null) {
                    if (!$util.isObject(d.rejected))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.rejected: object expected");
                    m.rejected = $root.paxoskv.peer.Rejected.fromObject(d.rejected, q + 1);
                }
                if (d.commit != null) {
                    if (!$util.isObject(d.commit))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.commit: object expected");
                    m.commit = $root.paxoskv.peer.Commit.fromObject(d.commit, q + 1);
                }
                if (d.heartbeat != null) {
                    if (!$util.isObject(d.heartbeat))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.heartbeat: object expected");
                    m.heartbeat = $root.paxoskv.peer.Heartbeat.fromObject(d.heartbeat, q + 1);
                }
                if (d.heartbeatReply != null) {
                    if (!$util.isObject(d.heartbeatReply))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.heartbeatReply: object expected");
                    m.heartbeatReply = $root.paxoskv.peer.HeartbeatReply.fromObject(d.heartbeatReply, q + 1);
                }
                if (d.catchUpRequest != null) {
                    if (!$util.isObject(d.catchUpRequest))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.catchUpRequest: object expected");
                    m.catchUpRequest = $root.paxoskv.peer.CatchUpRequest.fromObject(d.catchUpRequest, q + 1);
                }
                if (d.catchUpReply != null) {
                    if (!$util.isObject(d.catchUpReply))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.catchUpReply: object expected");
                    m.catchUpReply = $root.paxoskv.peer.CatchUpReply.fromObject(d.catchUpReply, q + 1);
                }
                if (d.snapshotRequest != null) {
                    if (!$util.isObject(d.snapshotRequest))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.snapshotRequest: object expected");
                    m.snapshotRequest = $root.paxoskv.peer.SnapshotRequest.fromObject(d.snapshotRequest, q + 1);
                }
                if (d.snapshotChunk != null) {
                    if (!$util.isObject(d.snapshotChunk))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.snapshotChunk: object expected");
                    m.snapshotChunk = $root.paxoskv.peer.SnapshotChunk.fromObject(d.snapshotChunk, q + 1);
                }
                if (d.forward != null) {
                    if (!$util.isObject(d.forward))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.forward: object expected");
                    m.forward = $root.paxoskv.peer.Forward.fromObject(d.forward, q + 1);
                }
                if (d.forwardReply != null) {
                    if (!$util.isObject(d.forwardReply))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.forwardReply: object expected");
                    m.forwardReply = $root.paxoskv.peer.ForwardReply.fromObject(d.forwardReply, q + 1);
                }
                if (d.hello != null) {
                    if (!$util.isObject(d.hello))
                        throw $TypeError(".paxoskv.peer.PeerEnvelope.hello: object expected");
                    m.hello = $root.paxoskv.peer.Hello.fromObject(d.hello, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a PeerEnvelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.peer.PeerEnvelope
             * @static
             * @param {paxoskv.peer.PeerEnvelope} m PeerEnvelope
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PeerEnvelope.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.from = 0;
                    d.fromIncarnation = "";
                }
                if (m.from != null && $Object.hasOwnProperty.call(m, "from")) {
                    d.from = m.from;
                }
                if (m.fromIncarnation != null && $Object.hasOwnProperty.call(m, "fromIncarnation")) {
                    d.fromIncarnation = m.fromIncarnation;
                }
                if (m.prepare != null && $Object.hasOwnProperty.call(m, "prepare")) {
                    d.prepare = $root.paxoskv.peer.Prepare.toObject(m.prepare, o, q + 1);
                    if (o.oneofs)
                        d.body = "prepare";
                }
                if (m.promise != null && $Object.hasOwnProperty.call(m, "promise")) {
                    d.promise = $root.paxoskv.peer.Promise.toObject(m.promise, o, q + 1);
                    if (o.oneofs)
                        d.body = "promise";
                }
                if (m.accept != null && $Object.hasOwnProperty.call(m, "accept")) {
                    d.accept = $root.paxoskv.peer.Accept.toObject(m.accept, o, q + 1);
                    if (o.oneofs)
                        d.body = "accept";
                }
                if (m.accepted != null && $Object.hasOwnProperty.call(m, "accepted")) {
                    d.accepted = $root.paxoskv.peer.Accepted.toObject(m.accepted, o, q + 1);
                    if (o.oneofs)
                        d.body = "accepted";
                }
                if (m.rejected != null && $Object.hasOwnProperty.call(m, "rejected")) {
                    d.rejected = $root.paxoskv.peer.Rejected.toObject(m.rejected, o, q + 1);
                    if (o.oneofs)
                        d.body = "rejected";
                }
                if (m.commit != null && $Object.hasOwnProperty.call(m, "commit")) {
                    d.commit = $root.paxoskv.peer.Commit.toObject(m.commit, o, q + 1);
                    if (o.oneofs)
                        d.body = "commit";
                }
                if (m.heartbeat != null && $Object.hasOwnProperty.call(m, "heartbeat")) {
                    d.heartbeat = $root.paxoskv.peer.Heartbeat.toObject(m.heartbeat, o, q + 1);
                    if (o.oneofs)
                        d.body = "heartbeat";
                }
                if (m.heartbeatReply != null && $Object.hasOwnProperty.call(m, "heartbeatReply")) {
                    d.heartbeatReply = $root.paxoskv.peer.HeartbeatReply.toObject(m.heartbeatReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "heartbeatReply";
                }
                if (m.catchUpRequest != null && $Object.hasOwnProperty.call(m, "catchUpRequest")) {
                    d.catchUpRequest = $root.paxoskv.peer.CatchUpRequest.toObject(m.catchUpRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "catchUpRequest";
                }
                if (m.catchUpReply != null && $Object.hasOwnProperty.call(m, "catchUpReply")) {
                    d.catchUpReply = $root.paxoskv.peer.CatchUpReply.toObject(m.catchUpReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "catchUpReply";
                }
                if (m.snapshotRequest != null && $Object.hasOwnProperty.call(m, "snapshotRequest")) {
                    d.snapshotRequest = $root.paxoskv.peer.SnapshotRequest.toObject(m.snapshotRequest, o, q + 1);
                    if (o.oneofs)
                        d.body = "snapshotRequest";
                }
                if (m.snapshotChunk != null && $Object.hasOwnProperty.call(m, "snapshotChunk")) {
                    d.snapshotChunk = $root.paxoskv.peer.SnapshotChunk.toObject(m.snapshotChunk, o, q + 1);
                    if (o.oneofs)
                        d.body = "snapshotChunk";
                }
                if (m.forward != null && $Object.hasOwnProperty.call(m, "forward")) {
                    d.forward = $root.paxoskv.peer.Forward.toObject(m.forward, o, q + 1);
                    if (o.oneofs)
                        d.body = "forward";
                }
                if (m.forwardReply != null && $Object.hasOwnProperty.call(m, "forwardReply")) {
                    d.forwardReply = $root.paxoskv.peer.ForwardReply.toObject(m.forwardReply, o, q + 1);
                    if (o.oneofs)
                        d.body = "forwardReply";
                }
                if (m.hello != null && $Object.hasOwnProperty.call(m, "hello")) {
                    d.hello = $root.paxoskv.peer.Hello.toObject(m.hello, o, q + 1);
                    if (o.oneofs)
                        d.body = "hello";
                }
                return d;
            };

            /**
             * Converts this PeerEnvelope to JSON.
             * @function toJSON
             * @memberof paxoskv.peer.PeerEnvelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PeerEnvelope.prototype.toJSON = function() {
                return PeerEnvelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PeerEnvelope
             * @function getTypeUrl
             * @memberof paxoskv.peer.PeerEnvelope
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PeerEnvelope.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.peer.PeerEnvelope";
            };

            return PeerEnvelope;
        })();

        return peer;
    })();

    return paxoskv;
})();

module.exports = $root;
