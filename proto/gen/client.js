/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
"use strict";

var $protobuf = require("protobufjs/minimal");

// Common aliases
var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
var $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
var $root = $protobuf.roots["client"] || ($protobuf.roots["client"] = {});

$root.paxoskv = (function() {

    /**
     * Namespace paxoskv.
     * @exports paxoskv
     * @namespace
     */
    var paxoskv = {};

    paxoskv.client = (function() {

        /**
         * Namespace client.
         * @memberof paxoskv
         * @namespace
         */
        var client = {};

        client.SetOp = (function() {

            /**
             * Properties of a SetOp.
             * @typedef {Object} paxoskv.client.SetOp.$Properties
             * @property {string|null} [key] SetOp key
             * @property {Uint8Array|null} [value] SetOp value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetOp.
             * @memberof paxoskv.client
             * @interface ISetOp
             * @augments paxoskv.client.SetOp.$Properties
             * @deprecated Use paxoskv.client.SetOp.$Properties instead.
             */

            /**
             * Shape of a SetOp.
             * @typedef {paxoskv.client.SetOp.$Properties} paxoskv.client.SetOp.$Shape
             */

            /**
             * Constructs a new SetOp.
             * @memberof paxoskv.client
             * @classdesc Represents a SetOp.
             * @constructor
             * @param {paxoskv.client.SetOp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var SetOp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetOp key.
             * @member {string} key
             * @memberof paxoskv.client.SetOp
             * @instance
             */
            SetOp.prototype.key = "";

            /**
             * SetOp value.
             * @member {Uint8Array} value
             * @memberof paxoskv.client.SetOp
             * @instance
             */
            SetOp.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new SetOp instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.SetOp
             * @static
             * @param {paxoskv.client.SetOp.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.SetOp} SetOp instance
             * @type {{
             *   (properties: paxoskv.client.SetOp.$Shape): paxoskv.client.SetOp & paxoskv.client.SetOp.$Shape;
             *   (properties?: paxoskv.client.SetOp.$Properties): paxoskv.client.SetOp;
             * }}
             */
            SetOp.create = function(properties) {
                return new SetOp(properties);
            };

            /**
             * Encodes the specified SetOp message. Does not implicitly {@link paxoskv.client.SetOp.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.SetOp
             * @static
             * @param {paxoskv.client.SetOp.$Properties} m SetOp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetOp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a SetOp message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.SetOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.SetOp & paxoskv.client.SetOp.$Shape} SetOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetOp.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.SetOp();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates a SetOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.SetOp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.SetOp} SetOp
             */
            SetOp.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.SetOp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.SetOp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.SetOp();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.SetOp
             * @static
             * @param {paxoskv.client.SetOp} m SetOp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetOp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this SetOp to JSON.
             * @function toJSON
             * @memberof paxoskv.client.SetOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetOp.prototype.toJSON = function() {
                return SetOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetOp
             * @function getTypeUrl
             * @memberof paxoskv.client.SetOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.SetOp";
            };

            return SetOp;
        })();

        client.DelOp = (function() {

            /**
             * Properties of a DelOp.
             * @typedef {Object} paxoskv.client.DelOp.$Properties
             * @property {string|null} [key] DelOp key
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DelOp.
             * @memberof paxoskv.client
             * @interface IDelOp
             * @augments paxoskv.client.DelOp.$Properties
             * @deprecated Use paxoskv.client.DelOp.$Properties instead.
             */

            /**
             * Shape of a DelOp.
             * @typedef {paxoskv.client.DelOp.$Properties} paxoskv.client.DelOp.$Shape
             */

            /**
             * Constructs a new DelOp.
             * @memberof paxoskv.client
             * @classdesc Represents a DelOp.
             * @constructor
             * @param {paxoskv.client.DelOp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var DelOp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * DelOp key.
             * @member {string} key
             * @memberof paxoskv.client.DelOp
             * @instance
             */
            DelOp.prototype.key = "";

            /**
             * Creates a new DelOp instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.DelOp
             * @static
             * @param {paxoskv.client.DelOp.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.DelOp} DelOp instance
             * @type {{
             *   (properties: paxoskv.client.DelOp.$Shape): paxoskv.client.DelOp & paxoskv.client.DelOp.$Shape;
             *   (properties?: paxoskv.client.DelOp.$Properties): paxoskv.client.DelOp;
             * }}
             */
            DelOp.create = function(properties) {
                return new DelOp(properties);
            };

            /**
             * Encodes the specified DelOp message. Does not implicitly {@link paxoskv.client.DelOp.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.DelOp
             * @static
             * @param {paxoskv.client.DelOp.$Properties} m DelOp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DelOp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a DelOp message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.DelOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.DelOp & paxoskv.client.DelOp.$Shape} DelOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DelOp.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.DelOp();
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
                                m.key = v;
                            else
                                delete m.key;
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
             * Creates a DelOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.DelOp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.DelOp} DelOp
             */
            DelOp.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.DelOp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.DelOp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.DelOp();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a DelOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.DelOp
             * @static
             * @param {paxoskv.client.DelOp} m DelOp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DelOp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                return d;
            };

            /**
             * Converts this DelOp to JSON.
             * @function toJSON
             * @memberof paxoskv.client.DelOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DelOp.prototype.toJSON = function() {
                return DelOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DelOp
             * @function getTypeUrl
             * @memberof paxoskv.client.DelOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DelOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.DelOp";
            };

            return DelOp;
        })();

        client.AppendOp = (function() {

            /**
             * Properties of an AppendOp.
             * @typedef {Object} paxoskv.client.AppendOp.$Properties
             * @property {string|null} [key] AppendOp key
             * @property {Uint8Array|null} [value] AppendOp value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppendOp.
             * @memberof paxoskv.client
             * @interface IAppendOp
             * @augments paxoskv.client.AppendOp.$Properties
             * @deprecated Use paxoskv.client.AppendOp.$Properties instead.
             */

            /**
             * Shape of an AppendOp.
             * @typedef {paxoskv.client.AppendOp.$Properties} paxoskv.client.AppendOp.$Shape
             */

            /**
             * Constructs a new AppendOp.
             * @memberof paxoskv.client
             * @classdesc Represents an AppendOp.
             * @constructor
             * @param {paxoskv.client.AppendOp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var AppendOp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * AppendOp key.
             * @member {string} key
             * @memberof paxoskv.client.AppendOp
             * @instance
             */
            AppendOp.prototype.key = "";

            /**
             * AppendOp value.
             * @member {Uint8Array} value
             * @memberof paxoskv.client.AppendOp
             * @instance
             */
            AppendOp.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new AppendOp instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.AppendOp
             * @static
             * @param {paxoskv.client.AppendOp.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.AppendOp} AppendOp instance
             * @type {{
             *   (properties: paxoskv.client.AppendOp.$Shape): paxoskv.client.AppendOp & paxoskv.client.AppendOp.$Shape;
             *   (properties?: paxoskv.client.AppendOp.$Properties): paxoskv.client.AppendOp;
             * }}
             */
            AppendOp.create = function(properties) {
                return new AppendOp(properties);
            };

            /**
             * Encodes the specified AppendOp message. Does not implicitly {@link paxoskv.client.AppendOp.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.AppendOp
             * @static
             * @param {paxoskv.client.AppendOp.$Properties} m AppendOp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendOp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an AppendOp message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.AppendOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.AppendOp & paxoskv.client.AppendOp.$Shape} AppendOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendOp.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.AppendOp();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates an AppendOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.AppendOp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.AppendOp} AppendOp
             */
            AppendOp.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.AppendOp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.AppendOp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.AppendOp();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an AppendOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.AppendOp
             * @static
             * @param {paxoskv.client.AppendOp} m AppendOp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppendOp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this AppendOp to JSON.
             * @function toJSON
             * @memberof paxoskv.client.AppendOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppendOp.prototype.toJSON = function() {
                return AppendOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppendOp
             * @function getTypeUrl
             * @memberof paxoskv.client.AppendOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppendOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.AppendOp";
            };

            return AppendOp;
        })();

        client.CasOp = (function() {

            /**
             * Properties of a CasOp.
             * @typedef {Object} paxoskv.client.CasOp.$Properties
             * @property {string|null} [key] CasOp key
             * @property {boolean|null} [expectAbsent] CasOp expectAbsent
             * @property {Uint8Array|null} [expect] CasOp expect
             * @property {Uint8Array|null} [value] CasOp value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CasOp.
             * @memberof paxoskv.client
             * @interface ICasOp
             * @augments paxoskv.client.CasOp.$Properties
             * @deprecated Use paxoskv.client.CasOp.$Properties instead.
             */

            /**
             * Shape of a CasOp.
             * @typedef {paxoskv.client.CasOp.$Properties} paxoskv.client.CasOp.$Shape
             */

            /**
             * Constructs a new CasOp.
             * @memberof paxoskv.client
             * @classdesc Represents a CasOp.
             * @constructor
             * @param {paxoskv.client.CasOp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var CasOp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CasOp key.
             * @member {string} key
             * @memberof paxoskv.client.CasOp
             * @instance
             */
            CasOp.prototype.key = "";

            /**
             * CasOp expectAbsent.
             * @member {boolean} expectAbsent
             * @memberof paxoskv.client.CasOp
             * @instance
             */
            CasOp.prototype.expectAbsent = false;

            /**
             * CasOp expect.
             * @member {Uint8Array} expect
             * @memberof paxoskv.client.CasOp
             * @instance
             */
            CasOp.prototype.expect = $util.newBuffer([]);

            /**
             * CasOp value.
             * @member {Uint8Array} value
             * @memberof paxoskv.client.CasOp
             * @instance
             */
            CasOp.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new CasOp instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.CasOp
             * @static
             * @param {paxoskv.client.CasOp.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.CasOp} CasOp instance
             * @type {{
             *   (properties: paxoskv.client.CasOp.$Shape): paxoskv.client.CasOp & paxoskv.client.CasOp.$Shape;
             *   (properties?: paxoskv.client.CasOp.$Properties): paxoskv.client.CasOp;
             * }}
             */
            CasOp.create = function(properties) {
                return new CasOp(properties);
            };

            /**
             * Encodes the specified CasOp message. Does not implicitly {@link paxoskv.client.CasOp.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.CasOp
             * @static
             * @param {paxoskv.client.CasOp.$Properties} m CasOp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CasOp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.expectAbsent != null && $Object.hasOwnProperty.call(m, "expectAbsent") && m.expectAbsent !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.expectAbsent);
                if (m.expect != null && $Object.hasOwnProperty.call(m, "expect") && m.expect.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.expect);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 4, wireType 2 =*/34).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a CasOp message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.CasOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.CasOp & paxoskv.client.CasOp.$Shape} CasOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CasOp.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.CasOp();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.expectAbsent = v;
                            else
                                delete m.expectAbsent;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.expect = v;
                            else
                                delete m.expect;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates a CasOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.CasOp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.CasOp} CasOp
             */
            CasOp.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.CasOp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.CasOp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.CasOp();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.expectAbsent != null) {
                    if (d.expectAbsent) {
                        m.expectAbsent = $Boolean(d.expectAbsent);
                    }
                }
                if (d.expect != null) {
                    if (d.expect.length) {
                        if (typeof d.expect === "string")
                            $util.base64.decode(d.expect, m.expect = $util.newBuffer($util.base64.length(d.expect)), 0);
                        else if (d.expect.length >= 0)
                            m.expect = d.expect;
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CasOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.CasOp
             * @static
             * @param {paxoskv.client.CasOp} m CasOp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CasOp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    d.expectAbsent = false;
                    if (o.bytes === $String)
                        d.expect = "";
                    else {
                        d.expect = [];
                        if (o.bytes !== $Array)
                            d.expect = $util.newBuffer(d.expect);
                    }
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.expectAbsent != null && $Object.hasOwnProperty.call(m, "expectAbsent")) {
                    d.expectAbsent = m.expectAbsent;
                }
                if (m.expect != null && $Object.hasOwnProperty.call(m, "expect")) {
                    d.expect = o.bytes === $String ? $util.base64.encode(m.expect, 0, m.expect.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.expect) : m.expect;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this CasOp to JSON.
             * @function toJSON
             * @memberof paxoskv.client.CasOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CasOp.prototype.toJSON = function() {
                return CasOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CasOp
             * @function getTypeUrl
             * @memberof paxoskv.client.CasOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CasOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.CasOp";
            };

            return CasOp;
        })();

        client.ImageSetOp = (function() {

            /**
             * Properties of an ImageSetOp.
             * @typedef {Object} paxoskv.client.ImageSetOp.$Properties
             * @property {string|null} [phash] ImageSetOp phash
             * @property {string|null} [sha256] ImageSetOp sha256
             * @property {string|null} [metadata] ImageSetOp metadata
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageSetOp.
             * @memberof paxoskv.client
             * @interface IImageSetOp
             * @augments paxoskv.client.ImageSetOp.$Properties
             * @deprecated Use paxoskv.client.ImageSetOp.$Properties instead.
             */

            /**
             * Shape of an ImageSetOp.
             * @typedef {paxoskv.client.ImageSetOp.$Properties} paxoskv.client.ImageSetOp.$Shape
             */

            /**
             * Constructs a new ImageSetOp.
             * @memberof paxoskv.client
             * @classdesc Represents an ImageSetOp.
             * @constructor
             * @param {paxoskv.client.ImageSetOp.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ImageSetOp = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ImageSetOp phash.
             * @member {string} phash
             * @memberof paxoskv.client.ImageSetOp
             * @instance
             */
            ImageSetOp.prototype.phash = "";

            /**
             * ImageSetOp sha256.
             * @member {string} sha256
             * @memberof paxoskv.client.ImageSetOp
             * @instance
             */
            ImageSetOp.prototype.sha256 = "";

            /**
             * ImageSetOp metadata.
             * @member {string} metadata
             * @memberof paxoskv.client.ImageSetOp
             * @instance
             */
            ImageSetOp.prototype.metadata = "";

            /**
             * Creates a new ImageSetOp instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.ImageSetOp
             * @static
             * @param {paxoskv.client.ImageSetOp.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.ImageSetOp} ImageSetOp instance
             * @type {{
             *   (properties: paxoskv.client.ImageSetOp.$Shape): paxoskv.client.ImageSetOp & paxoskv.client.ImageSetOp.$Shape;
             *   (properties?: paxoskv.client.ImageSetOp.$Properties): paxoskv.client.ImageSetOp;
             * }}
             */
            ImageSetOp.create = function(properties) {
                return new ImageSetOp(properties);
            };

            /**
             * Encodes the specified ImageSetOp message. Does not implicitly {@link paxoskv.client.ImageSetOp.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.ImageSetOp
             * @static
             * @param {paxoskv.client.ImageSetOp.$Properties} m ImageSetOp message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageSetOp.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phash != null && $Object.hasOwnProperty.call(m, "phash") && m.phash !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.phash);
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sha256);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.metadata);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ImageSetOp message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.ImageSetOp
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.ImageSetOp & paxoskv.client.ImageSetOp.$Shape} ImageSetOp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageSetOp.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.ImageSetOp();
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
                                m.phash = v;
                            else
                                delete m.phash;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sha256 = v;
                            else
                                delete m.sha256;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.metadata = v;
                            else
                                delete m.metadata;
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
             * Creates an ImageSetOp message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.ImageSetOp
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.ImageSetOp} ImageSetOp
             */
            ImageSetOp.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.ImageSetOp)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.ImageSetOp: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.ImageSetOp();
                if (d.phash != null) {
                    if (typeof d.phash !== "string" || d.phash.length) {
                        m.phash = $String(d.phash);
                    }
                }
                if (d.sha256 != null) {
                    if (typeof d.sha256 !== "string" || d.sha256.length) {
                        m.sha256 = $String(d.sha256);
                    }
                }
                if (d.metadata != null) {
                    if (typeof d.metadata !== "string" || d.metadata.length) {
                        m.metadata = $String(d.metadata);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ImageSetOp message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.ImageSetOp
             * @static
             * @param {paxoskv.client.ImageSetOp} m ImageSetOp
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageSetOp.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.phash = "";
                    d.sha256 = "";
                    d.metadata = "";
                }
                if (m.phash != null && $Object.hasOwnProperty.call(m, "phash")) {
                    d.phash = m.phash;
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    d.sha256 = m.sha256;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = m.metadata;
                }
                return d;
            };

            /**
             * Converts this ImageSetOp to JSON.
             * @function toJSON
             * @memberof paxoskv.client.ImageSetOp
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageSetOp.prototype.toJSON = function() {
                return ImageSetOp.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageSetOp
             * @function getTypeUrl
             * @memberof paxoskv.client.ImageSetOp
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageSetOp.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.ImageSetOp";
            };

            return ImageSetOp;
        })();

        client.KvCommand = (function() {

            /**
             * Properties of a KvCommand.
             * @typedef {Object} paxoskv.client.KvCommand.$Properties
             * @property {string|null} [clientId] KvCommand clientId
             * @property {number|null} [seq] KvCommand seq
             * @property {paxoskv.client.SetOp.$Properties|null} [set] KvCommand set
             * @property {paxoskv.client.DelOp.$Properties|null} [del] KvCommand del
             * @property {paxoskv.client.AppendOp.$Properties|null} [append] KvCommand append
             * @property {paxoskv.client.CasOp.$Properties|null} [cas] KvCommand cas
             * @property {paxoskv.client.ImageSetOp.$Properties|null} [imageSet] KvCommand imageSet
             * @property {"set"|"del"|"append"|"cas"|"imageSet"} [op] KvCommand op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvCommand.
             * @memberof paxoskv.client
             * @interface IKvCommand
             * @augments paxoskv.client.KvCommand.$Properties
             * @deprecated Use paxoskv.client.KvCommand.$Properties instead.
             */

            /**
             * Narrowed shape of a KvCommand.
             * @typedef {{
             *   clientId?: string|null;
             *   seq?: number|null;
             *   set?: paxoskv.client.SetOp.$Shape|null;
             *   del?: paxoskv.client.DelOp.$Shape|null;
             *   append?: paxoskv.client.AppendOp.$Shape|null;
             *   cas?: paxoskv.client.CasOp.$Shape|null;
             *   imageSet?: paxoskv.client.ImageSetOp.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; set?: null; del?: null; append?: null; cas?: null; imageSet?: null }|{ op?: "set"; set: paxoskv.client.SetOp.$Shape; del?: null; append?: null; cas?: null; imageSet?: null }|{ op?: "del"; set?: null; del: paxoskv.client.DelOp.$Shape; append?: null; cas?: null; imageSet?: null }|{ op?: "append"; set?: null; del?: null; append: paxoskv.client.AppendOp.$Shape; cas?: null; imageSet?: null }|{ op?: "cas"; set?: null; del?: null; append?: null; cas: paxoskv.client.CasOp.$Shape; imageSet?: null }|{ op?: "imageSet"; set?: null; del?: null; append?: null; cas?: null; imageSet: paxoskv.client.ImageSetOp.$Shape })
             * )} paxoskv.client.KvCommand.$Shape
             */

            /**
             * Constructs a new KvCommand.
             * @memberof paxoskv.client
             * @classdesc Represents a KvCommand.
             * @constructor
             * @param {paxoskv.client.KvCommand.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KvCommand = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KvCommand clientId.
             * @member {string} clientId
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            KvCommand.prototype.clientId = "";

            /**
             * KvCommand seq.
             * @member {number} seq
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            KvCommand.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * KvCommand set.
             * @member {paxoskv.client.SetOp.$Properties|null|undefined} set
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            KvCommand.prototype.set = null;

            /**
             * KvCommand del.
             * @member {paxoskv.client.DelOp.$Properties|null|undefined} del
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            KvCommand.prototype.del = null;

            /**
             * KvCommand append.
             * @member {paxoskv.client.AppendOp.$Properties|null|undefined} append
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            KvCommand.prototype.append = null;

            /**
             * KvCommand cas.
             * @member {paxoskv.client.CasOp.$Properties|null|undefined} cas
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            KvCommand.prototype.cas = null;

            /**
             * KvCommand imageSet.
             * @member {paxoskv.client.ImageSetOp.$Properties|null|undefined} imageSet
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            KvCommand.prototype.imageSet = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * KvCommand op.
             * @member {"set"|"del"|"append"|"cas"|"imageSet"|undefined} op
             * @memberof paxoskv.client.KvCommand
             * @instance
             */
            $Object.defineProperty(KvCommand.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["set", "del", "append", "cas", "imageSet"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new KvCommand instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.KvCommand
             * @static
             * @param {paxoskv.client.KvCommand.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.KvCommand} KvCommand instance
             * @type {{
             *   (properties: paxoskv.client.KvCommand.$Shape): paxoskv.client.KvCommand & paxoskv.client.KvCommand.$Shape;
             *   (properties?: paxoskv.client.KvCommand.$Properties): paxoskv.client.KvCommand;
             * }}
             */
            KvCommand.create = function(properties) {
                return new KvCommand(properties);
            };

            /**
             * Encodes the specified KvCommand message. Does not implicitly {@link paxoskv.client.KvCommand.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.KvCommand
             * @static
             * @param {paxoskv.client.KvCommand.$Properties} m KvCommand message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvCommand.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId") && m.clientId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clientId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).uint64(m.seq);
                if (m.set != null && $Object.hasOwnProperty.call(m, "set"))
                    $root.paxoskv.client.SetOp.encode(m.set, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.del != null && $Object.hasOwnProperty.call(m, "del"))
                    $root.paxoskv.client.DelOp.encode(m.del, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.append != null && $Object.hasOwnProperty.call(m, "append"))
                    $root.paxoskv.client.AppendOp.encode(m.append, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.cas != null && $Object.hasOwnProperty.call(m, "cas"))
                    $root.paxoskv.client.CasOp.encode(m.cas, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.imageSet != null && $Object.hasOwnProperty.call(m, "imageSet"))
                    $root.paxoskv.client.ImageSetOp.encode(m.imageSet, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a KvCommand message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.KvCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.KvCommand & paxoskv.client.KvCommand.$Shape} KvCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvCommand.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.KvCommand();
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
                                m.clientId = v;
                            else
                                delete m.clientId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.uint64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.set = $root.paxoskv.client.SetOp.decode(r, r.size(), $undefined, q + 1, m.set);
                            m.op = "set";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.del = $root.paxoskv.client.DelOp.decode(r, r.size(), $undefined, q + 1, m.del);
                            m.op = "del";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.append = $root.paxoskv.client.AppendOp.decode(r, r.size(), $undefined, q + 1, m.append);
                            m.op = "append";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.cas = $root.paxoskv.client.CasOp.decode(r, r.size(), $undefined, q + 1, m.cas);
                            m.op = "cas";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.imageSet = $root.paxoskv.client.ImageSetOp.decode(r, r.size(), $undefined, q + 1, m.imageSet);
                            m.op = "imageSet";
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
             * Creates a KvCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.KvCommand
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.KvCommand} KvCommand
             */
            KvCommand.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.KvCommand)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.KvCommand: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.KvCommand();
                if (d.clientId != null) {
                    if (typeof d.clientId !== "string" || d.clientId.length) {
                        m.clientId = $String(d.clientId);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, true);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber(true);
                    }
                }
                if (d.set != null) {
                    if (!$util.isObject(d.set))
                        throw $TypeError(".paxoskv.client.KvCommand.set: object expected");
                    m.set = $root.paxoskv.client.SetOp.fromObject(d.set, q + 1);
                }
                if (d.del != null) {
                    if (!$util.isObject(d.del))
                        throw $TypeError(".paxoskv.client.KvCommand.del: object expected");
                    m.del = $root.paxoskv.client.DelOp.fromObject(d.del, q + 1);
                }
                if (d.append != null) {
                    if (!$util.isObject(d.append))
                        throw $TypeError(".paxoskv.client.KvCommand.append: object expected");
                    m.append = $root.paxoskv.client.AppendOp.fromObject(d.append, q + 1);
                }
                if (d.cas != null) {
                    if (!$util.isObject(d.cas))
                        throw $TypeError(".paxoskv.client.KvCommand.cas: object expected");
                    m.cas = $root.paxoskv.client.CasOp.fromObject(d.cas, q + 1);
                }
                if (d.imageSet != null) {
                    if (!$util.isObject(d.imageSet))
                        throw $TypeError(".paxoskv.client.KvCommand.imageSet: object expected");
                    m.imageSet = $root.paxoskv.client.ImageSetOp.fromObject(d.imageSet, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a KvCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.KvCommand
             * @static
             * @param {paxoskv.client.KvCommand} m KvCommand
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KvCommand.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.clientId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, true);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                    d.clientId = m.clientId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, true).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber(true) : m.seq;
                }
                if (m.set != null && $Object.hasOwnProperty.call(m, "set")) {
                    d.set = $root.paxoskv.client.SetOp.toObject(m.set, o, q + 1);
                    if (o.oneofs)
                        d.op = "set";
                }
                if (m.del != null && $Object.hasOwnProperty.call(m, "del")) {
                    d.del = $root.paxoskv.client.DelOp.toObject(m.del, o, q + 1);
                    if (o.oneofs)
                        d.op = "del";
                }
                if (m.append != null && $Object.hasOwnProperty.call(m, "append")) {
                    d.append = $root.paxoskv.client.AppendOp.toObject(m.append, o, q + 1);
                    if (o.oneofs)
                        d.op = "append";
                }
                if (m.cas != null && $Object.hasOwnProperty.call(m, "cas")) {
                    d.cas = $root.paxoskv.client.CasOp.toObject(m.cas, o, q + 1);
                    if (o.oneofs)
                        d.op = "cas";
                }
                if (m.imageSet != null && $Object.hasOwnProperty.call(m, "imageSet")) {
                    d.imageSet = $root.paxoskv.client.ImageSetOp.toObject(m.imageSet, o, q + 1);
                    if (o.oneofs)
                        d.op = "imageSet";
                }
                return d;
            };

            /**
             * Converts this KvCommand to JSON.
             * @function toJSON
             * @memberof paxoskv.client.KvCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KvCommand.prototype.toJSON = function() {
                return KvCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KvCommand
             * @function getTypeUrl
             * @memberof paxoskv.client.KvCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KvCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.KvCommand";
            };

            return KvCommand;
        })();

        /**
         * Consistency enum.
         * @name paxoskv.client.Consistency
         * @enum {number}
         * @property {number} LINEARIZABLE=0 LINEARIZABLE value
         * @property {number} STALE=1 STALE value
         */
        client.Consistency = (function() {
            var valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LINEARIZABLE"] = 0;
            values[valuesById[1] = "STALE"] = 1;
            return values;
        })();

        client.GetReq = (function() {

            /**
             * Properties of a GetReq.
             * @typedef {Object} paxoskv.client.GetReq.$Properties
             * @property {string|null} [key] GetReq key
             * @property {paxoskv.client.Consistency|null} [consistency] GetReq consistency
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetReq.
             * @memberof paxoskv.client
             * @interface IGetReq
             * @augments paxoskv.client.GetReq.$Properties
             * @deprecated Use paxoskv.client.GetReq.$Properties instead.
             */

            /**
             * Shape of a GetReq.
             * @typedef {paxoskv.client.GetReq.$Properties} paxoskv.client.GetReq.$Shape
             */

            /**
             * Constructs a new GetReq.
             * @memberof paxoskv.client
             * @classdesc Represents a GetReq.
             * @constructor
             * @param {paxoskv.client.GetReq.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetReq = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GetReq key.
             * @member {string} key
             * @memberof paxoskv.client.GetReq
             * @instance
             */
            GetReq.prototype.key = "";

            /**
             * GetReq consistency.
             * @member {paxoskv.client.Consistency} consistency
             * @memberof paxoskv.client.GetReq
             * @instance
             */
            GetReq.prototype.consistency = 0;

            /**
             * Creates a new GetReq instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.GetReq
             * @static
             * @param {paxoskv.client.GetReq.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.GetReq} GetReq instance
             * @type {{
             *   (properties: paxoskv.client.GetReq.$Shape): paxoskv.client.GetReq & paxoskv.client.GetReq.$Shape;
             *   (properties?: paxoskv.client.GetReq.$Properties): paxoskv.client.GetReq;
             * }}
             */
            GetReq.create = function(properties) {
                return new GetReq(properties);
            };

            /**
             * Encodes the specified GetReq message. Does not implicitly {@link paxoskv.client.GetReq.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.GetReq
             * @static
             * @param {paxoskv.client.GetReq.$Properties} m GetReq message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetReq.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.key != null && $Object.hasOwnProperty.call(m, "key") && m.key !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.key);
                if (m.consistency != null && $Object.hasOwnProperty.call(m, "consistency") && m.consistency !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.consistency);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GetReq message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.GetReq
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.GetReq & paxoskv.client.GetReq.$Shape} GetReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetReq.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.GetReq();
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
                                m.key = v;
                            else
                                delete m.key;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.consistency = v;
                            else
                                delete m.consistency;
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
             * Creates a GetReq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.GetReq
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.GetReq} GetReq
             */
            GetReq.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.GetReq)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.GetReq: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.GetReq();
                if (d.key != null) {
                    if (typeof d.key !== "string" || d.key.length) {
                        m.key = $String(d.key);
                    }
                }
                if (d.consistency !== 0 && (typeof d.consistency !== "string" || $root.paxoskv.client.Consistency[d.consistency] !== 0)) {
                    switch (d.consistency) {
                    case "LINEARIZABLE":
                    case 0:
                        m.consistency = 0;
                        break;
                    case "STALE":
                    case 1:
                        m.consistency = 1;
                        break;
                    default:
                        if (typeof d.consistency === "number" && (d.consistency | 0) === d.consistency)
                            m.consistency = d.consistency;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GetReq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.GetReq
             * @static
             * @param {paxoskv.client.GetReq} m GetReq
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetReq.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.key = "";
                    d.consistency = o.enums === $String ? "LINEARIZABLE" : 0;
                }
                if (m.key != null && $Object.hasOwnProperty.call(m, "key")) {
                    d.key = m.key;
                }
                if (m.consistency != null && $Object.hasOwnProperty.call(m, "consistency")) {
                    d.consistency = o.enums === $String ? $root.paxoskv.client.Consistency[m.consistency] === $undefined ? m.consistency : $root.paxoskv.client.Consistency[m.consistency] : m.consistency;
                }
                return d;
            };

            /**
             * Converts this GetReq to JSON.
             * @function toJSON
             * @memberof paxoskv.client.GetReq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetReq.prototype.toJSON = function() {
                return GetReq.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetReq
             * @function getTypeUrl
             * @memberof paxoskv.client.GetReq
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetReq.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.GetReq";
            };

            return GetReq;
        })();

        client.KeysReq = (function() {

            /**
             * Properties of a KeysReq.
             * @typedef {Object} paxoskv.client.KeysReq.$Properties
             * @property {string|null} [prefix] KeysReq prefix
             * @property {number|null} [limit] KeysReq limit
             * @property {paxoskv.client.Consistency|null} [consistency] KeysReq consistency
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeysReq.
             * @memberof paxoskv.client
             * @interface IKeysReq
             * @augments paxoskv.client.KeysReq.$Properties
             * @deprecated Use paxoskv.client.KeysReq.$Properties instead.
             */

            /**
             * Shape of a KeysReq.
             * @typedef {paxoskv.client.KeysReq.$Properties} paxoskv.client.KeysReq.$Shape
             */

            /**
             * Constructs a new KeysReq.
             * @memberof paxoskv.client
             * @classdesc Represents a KeysReq.
             * @constructor
             * @param {paxoskv.client.KeysReq.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KeysReq = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KeysReq prefix.
             * @member {string} prefix
             * @memberof paxoskv.client.KeysReq
             * @instance
             */
            KeysReq.prototype.prefix = "";

            /**
             * KeysReq limit.
             * @member {number} limit
             * @memberof paxoskv.client.KeysReq
             * @instance
             */
            KeysReq.prototype.limit = 0;

            /**
             * KeysReq consistency.
             * @member {paxoskv.client.Consistency} consistency
             * @memberof paxoskv.client.KeysReq
             * @instance
             */
            KeysReq.prototype.consistency = 0;

            /**
             * Creates a new KeysReq instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.KeysReq
             * @static
             * @param {paxoskv.client.KeysReq.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.KeysReq} KeysReq instance
             * @type {{
             *   (properties: paxoskv.client.KeysReq.$Shape): paxoskv.client.KeysReq & paxoskv.client.KeysReq.$Shape;
             *   (properties?: paxoskv.client.KeysReq.$Properties): paxoskv.client.KeysReq;
             * }}
             */
            KeysReq.create = function(properties) {
                return new KeysReq(properties);
            };

            /**
             * Encodes the specified KeysReq message. Does not implicitly {@link paxoskv.client.KeysReq.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.KeysReq
             * @static
             * @param {paxoskv.client.KeysReq.$Properties} m KeysReq message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeysReq.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.prefix != null && $Object.hasOwnProperty.call(m, "prefix") && m.prefix !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.prefix);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).uint32(m.limit);
                if (m.consistency != null && $Object.hasOwnProperty.call(m, "consistency") && m.consistency !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).int32(m.consistency);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a KeysReq message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.KeysReq
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.KeysReq & paxoskv.client.KeysReq.$Shape} KeysReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeysReq.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.KeysReq();
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
                                m.prefix = v;
                            else
                                delete m.prefix;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.consistency = v;
                            else
                                delete m.consistency;
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
             * Creates a KeysReq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.KeysReq
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.KeysReq} KeysReq
             */
            KeysReq.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.KeysReq)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.KeysReq: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.KeysReq();
                if (d.prefix != null) {
                    if (typeof d.prefix !== "string" || d.prefix.length) {
                        m.prefix = $String(d.prefix);
                    }
                }
                if (d.limit != null) {
                    if ($Number(d.limit) !== 0) {
                        m.limit = d.limit >>> 0;
                    }
                }
                if (d.consistency !== 0 && (typeof d.consistency !== "string" || $root.paxoskv.client.Consistency[d.consistency] !== 0)) {
                    switch (d.consistency) {
                    case "LINEARIZABLE":
                    case 0:
                        m.consistency = 0;
                        break;
                    case "STALE":
                    case 1:
                        m.consistency = 1;
                        break;
                    default:
                        if (typeof d.consistency === "number" && (d.consistency | 0) === d.consistency)
                            m.consistency = d.consistency;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KeysReq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.KeysReq
             * @static
             * @param {paxoskv.client.KeysReq} m KeysReq
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeysReq.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.prefix = "";
                    d.limit = 0;
                    d.consistency = o.enums === $String ? "LINEARIZABLE" : 0;
                }
                if (m.prefix != null && $Object.hasOwnProperty.call(m, "prefix")) {
                    d.prefix = m.prefix;
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    d.limit = m.limit;
                }
                if (m.consistency != null && $Object.hasOwnProperty.call(m, "consistency")) {
                    d.consistency = o.enums === $String ? $root.paxoskv.client.Consistency[m.consistency] === $undefined ? m.consistency : $root.paxoskv.client.Consistency[m.consistency] : m.consistency;
                }
                return d;
            };

            /**
             * Converts this KeysReq to JSON.
             * @function toJSON
             * @memberof paxoskv.client.KeysReq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeysReq.prototype.toJSON = function() {
                return KeysReq.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeysReq
             * @function getTypeUrl
             * @memberof paxoskv.client.KeysReq
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeysReq.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.KeysReq";
            };

            return KeysReq;
        })();

        client.ImageGetReq = (function() {

            /**
             * Properties of an ImageGetReq.
             * @typedef {Object} paxoskv.client.ImageGetReq.$Properties
             * @property {string|null} [phash] ImageGetReq phash
             * @property {string|null} [sha256] ImageGetReq sha256
             * @property {number|null} [maxDistance] ImageGetReq maxDistance
             * @property {paxoskv.client.Consistency|null} [consistency] ImageGetReq consistency
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageGetReq.
             * @memberof paxoskv.client
             * @interface IImageGetReq
             * @augments paxoskv.client.ImageGetReq.$Properties
             * @deprecated Use paxoskv.client.ImageGetReq.$Properties instead.
             */

            /**
             * Shape of an ImageGetReq.
             * @typedef {paxoskv.client.ImageGetReq.$Properties} paxoskv.client.ImageGetReq.$Shape
             */

            /**
             * Constructs a new ImageGetReq.
             * @memberof paxoskv.client
             * @classdesc Represents an ImageGetReq.
             * @constructor
             * @param {paxoskv.client.ImageGetReq.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ImageGetReq = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ImageGetReq phash.
             * @member {string} phash
             * @memberof paxoskv.client.ImageGetReq
             * @instance
             */
            ImageGetReq.prototype.phash = "";

            /**
             * ImageGetReq sha256.
             * @member {string} sha256
             * @memberof paxoskv.client.ImageGetReq
             * @instance
             */
            ImageGetReq.prototype.sha256 = "";

            /**
             * ImageGetReq maxDistance.
             * @member {number} maxDistance
             * @memberof paxoskv.client.ImageGetReq
             * @instance
             */
            ImageGetReq.prototype.maxDistance = 0;

            /**
             * ImageGetReq consistency.
             * @member {paxoskv.client.Consistency} consistency
             * @memberof paxoskv.client.ImageGetReq
             * @instance
             */
            ImageGetReq.prototype.consistency = 0;

            /**
             * Creates a new ImageGetReq instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.ImageGetReq
             * @static
             * @param {paxoskv.client.ImageGetReq.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.ImageGetReq} ImageGetReq instance
             * @type {{
             *   (properties: paxoskv.client.ImageGetReq.$Shape): paxoskv.client.ImageGetReq & paxoskv.client.ImageGetReq.$Shape;
             *   (properties?: paxoskv.client.ImageGetReq.$Properties): paxoskv.client.ImageGetReq;
             * }}
             */
            ImageGetReq.create = function(properties) {
                return new ImageGetReq(properties);
            };

            /**
             * Encodes the specified ImageGetReq message. Does not implicitly {@link paxoskv.client.ImageGetReq.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.ImageGetReq
             * @static
             * @param {paxoskv.client.ImageGetReq.$Properties} m ImageGetReq message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageGetReq.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phash != null && $Object.hasOwnProperty.call(m, "phash") && m.phash !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.phash);
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sha256);
                if (m.maxDistance != null && $Object.hasOwnProperty.call(m, "maxDistance") && m.maxDistance !== 0)
                    w.uint32(/* id 3, wireType 0 =*/24).uint32(m.maxDistance);
                if (m.consistency != null && $Object.hasOwnProperty.call(m, "consistency") && m.consistency !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.consistency);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ImageGetReq message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.ImageGetReq
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.ImageGetReq & paxoskv.client.ImageGetReq.$Shape} ImageGetReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageGetReq.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.ImageGetReq();
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
                                m.phash = v;
                            else
                                delete m.phash;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sha256 = v;
                            else
                                delete m.sha256;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.maxDistance = v;
                            else
                                delete m.maxDistance;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.consistency = v;
                            else
                                delete m.consistency;
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
             * Creates an ImageGetReq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.ImageGetReq
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.ImageGetReq} ImageGetReq
             */
            ImageGetReq.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.ImageGetReq)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.ImageGetReq: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.ImageGetReq();
                if (d.phash != null) {
                    if (typeof d.phash !== "string" || d.phash.length) {
                        m.phash = $String(d.phash);
                    }
                }
                if (d.sha256 != null) {
                    if (typeof d.sha256 !== "string" || d.sha256.length) {
                        m.sha256 = $String(d.sha256);
                    }
                }
                if (d.maxDistance != null) {
                    if ($Number(d.maxDistance) !== 0) {
                        m.maxDistance = d.maxDistance >>> 0;
                    }
                }
                if (d.consistency !== 0 && (typeof d.consistency !== "string" || $root.paxoskv.client.Consistency[d.consistency] !== 0)) {
                    switch (d.consistency) {
                    case "LINEARIZABLE":
                    case 0:
                        m.consistency = 0;
                        break;
                    case "STALE":
                    case 1:
                        m.consistency = 1;
                        break;
                    default:
                        if (typeof d.consistency === "number" && (d.consistency | 0) === d.consistency)
                            m.consistency = d.consistency;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ImageGetReq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.ImageGetReq
             * @static
             * @param {paxoskv.client.ImageGetReq} m ImageGetReq
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageGetReq.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.phash = "";
                    d.sha256 = "";
                    d.maxDistance = 0;
                    d.consistency = o.enums === $String ? "LINEARIZABLE" : 0;
                }
                if (m.phash != null && $Object.hasOwnProperty.call(m, "phash")) {
                    d.phash = m.phash;
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    d.sha256 = m.sha256;
                }
                if (m.maxDistance != null && $Object.hasOwnProperty.call(m, "maxDistance")) {
                    d.maxDistance = m.maxDistance;
                }
                if (m.consistency != null && $Object.hasOwnProperty.call(m, "consistency")) {
                    d.consistency = o.enums === $String ? $root.paxoskv.client.Consistency[m.consistency] === $undefined ? m.consistency : $root.paxoskv.client.Consistency[m.consistency] : m.consistency;
                }
                return d;
            };

            /**
             * Converts this ImageGetReq to JSON.
             * @function toJSON
             * @memberof paxoskv.client.ImageGetReq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageGetReq.prototype.toJSON = function() {
                return ImageGetReq.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageGetReq
             * @function getTypeUrl
             * @memberof paxoskv.client.ImageGetReq
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageGetReq.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.ImageGetReq";
            };

            return ImageGetReq;
        })();

        client.StatusReq = (function() {

            /**
             * Properties of a StatusReq.
             * @typedef {Object} paxoskv.client.StatusReq.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusReq.
             * @memberof paxoskv.client
             * @interface IStatusReq
             * @augments paxoskv.client.StatusReq.$Properties
             * @deprecated Use paxoskv.client.StatusReq.$Properties instead.
             */

            /**
             * Shape of a StatusReq.
             * @typedef {paxoskv.client.StatusReq.$Properties} paxoskv.client.StatusReq.$Shape
             */

            /**
             * Constructs a new StatusReq.
             * @memberof paxoskv.client
             * @classdesc Represents a StatusReq.
             * @constructor
             * @param {paxoskv.client.StatusReq.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StatusReq = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Creates a new StatusReq instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.StatusReq
             * @static
             * @param {paxoskv.client.StatusReq.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.StatusReq} StatusReq instance
             * @type {{
             *   (properties: paxoskv.client.StatusReq.$Shape): paxoskv.client.StatusReq & paxoskv.client.StatusReq.$Shape;
             *   (properties?: paxoskv.client.StatusReq.$Properties): paxoskv.client.StatusReq;
             * }}
             */
            StatusReq.create = function(properties) {
                return new StatusReq(properties);
            };

            /**
             * Encodes the specified StatusReq message. Does not implicitly {@link paxoskv.client.StatusReq.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.StatusReq
             * @static
             * @param {paxoskv.client.StatusReq.$Properties} m StatusReq message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusReq.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StatusReq message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.StatusReq
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.StatusReq & paxoskv.client.StatusReq.$Shape} StatusReq
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusReq.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.client.StatusReq();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    r.skipType(t & 7, q, t);
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
             * Creates a StatusReq message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.StatusReq
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.StatusReq} StatusReq
             */
            StatusReq.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.StatusReq)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.StatusReq: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.paxoskv.client.StatusReq();
            };

            /**
             * Creates a plain object from a StatusReq message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.StatusReq
             * @static
             * @param {paxoskv.client.StatusReq} m StatusReq
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusReq.toObject = function () {
                return {};
            };

            /**
             * Converts this StatusReq to JSON.
             * @function toJSON
             * @memberof paxoskv.client.StatusReq
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusReq.prototype.toJSON = function() {
                return StatusReq.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusReq
             * @function getTypeUrl
             * @memberof paxoskv.client.StatusReq
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusReq.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.StatusReq";
            };

            return StatusReq;
        })();

        client.ClientRequest = (function() {

            /**
             * Properties of a ClientRequest.
             * @typedef {Object} paxoskv.client.ClientRequest.$Properties
             * @property {number|null} [id] ClientRequest id
             * @property {paxoskv.client.KvCommand.$Properties|null} [write] ClientRequest write
             * @property {paxoskv.client.GetReq.$Properties|null} [get] ClientRequest get
             * @property {paxoskv.client.KeysReq.$Properties|null} [keys] ClientRequest keys
             * @property {paxoskv.client.ImageGetReq.$Properties|null} [imageGet] ClientRequest imageGet
             * @property {paxoskv.client.StatusReq.$Properties|null} [status] ClientRequest status
             * @property {"write"|"get"|"keys"|"imageGet"|"status"} [op] ClientRequest op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientRequest.
             * @memberof paxoskv.client
             * @interface IClientRequest
             * @augments paxoskv.client.ClientRequest.$Properties
             * @deprecated Use paxoskv.client.ClientRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientRequest.
             * @typedef {{
             *   id?: number|null;
             *   write?: paxoskv.client.KvCommand.$Shape|null;
             *   get?: paxoskv.client.GetReq.$Shape|null;
             *   keys?: paxoskv.client.KeysReq.$Shape|null;
             *   imageGet?: paxoskv.client.ImageGetReq.$Shape|null;
             *   status?: paxoskv.client.StatusReq.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; write?: null; get?: null; keys?: null; imageGet?: null; status?: null }|{ op?: "write"; write: paxoskv.client.KvCommand.$Shape; get?: null; keys?: null; imageGet?: null; status?: null }|{ op?: "get"; write?: null; get: paxoskv.client.GetReq.$Shape; keys?: null; imageGet?: null; status?: null }|{ op?: "keys"; write?: null; get?: null; keys: paxoskv.client.KeysReq.$Shape; imageGet?: null; status?: null }|{ op?: "imageGet"; write?: null; get?: null; keys?: null; imageGet: paxoskv.client.ImageGetReq.$Shape; status?: null }|{ op?: "status"; write?: null; get?: null; keys?: null; imageGet?: null; status: paxoskv.client.StatusReq.$Shape })
             * )} paxoskv.client.ClientRequest.$Shape
             */

            /**
             * Constructs a new ClientRequest.
             * @memberof paxoskv.client
             * @classdesc Represents a ClientRequest.
             * @constructor
             * @param {paxoskv.client.ClientRequest.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ClientRequest = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClientRequest id.
             * @member {number} id
             * @memberof paxoskv.client.ClientRequest
             * @instance
             */
            ClientRequest.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientRequest write.
             * @member {paxoskv.client.KvCommand.$Properties|null|undefined} write
             * @memberof paxoskv.client.ClientRequest
             * @instance
             */
            ClientRequest.prototype.write = null;

            /**
             * ClientRequest get.
             * @member {paxoskv.client.GetReq.$Properties|null|undefined} get
             * @memberof paxoskv.client.ClientRequest
             * @instance
             */
            ClientRequest.prototype.get = null;

            /**
             * ClientRequest keys.
             * @member {paxoskv.client.KeysReq.$Properties|null|undefined} keys
             * @memberof paxoskv.client.ClientRequest
             * @instance
             */
            ClientRequest.prototype.keys = null;

            /**
             * ClientRequest imageGet.
             * @member {paxoskv.client.ImageGetReq.$Properties|null|undefined} imageGet
             * @memberof paxoskv.client.ClientRequest
             * @instance
             */
            ClientRequest.prototype.imageGet = null;

            /**
             * ClientRequest status.
             * @member {paxoskv.client.StatusReq.$Properties|null|undefined} status
             * @memberof paxoskv.client.ClientRequest
             * @instance
             */
            ClientRequest.prototype.status = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ClientRequest op.
             * @member {"write"|"get"|"keys"|"imageGet"|"status"|undefined} op
             * @memberof paxoskv.client.ClientRequest
             * @instance
             */
            $Object.defineProperty(ClientRequest.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["write", "get", "keys", "imageGet", "status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientRequest instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.ClientRequest
             * @static
             * @param {paxoskv.client.ClientRequest.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.ClientRequest} ClientRequest instance
             * @type {{
             *   (properties: paxoskv.client.ClientRequest.$Shape): paxoskv.client.ClientRequest & paxoskv.client.ClientRequest.$Shape;
             *   (properties?: paxoskv.client.ClientRequest.$Properties): paxoskv.client.ClientRequest;
             * }}
             */
            ClientRequest.create = function(properties) {
                return new ClientRequest(properties);
            };

            /**
             * Encodes the specified ClientRequest message. Does not implicitly {@link paxoskv.client.ClientRequest.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.ClientRequest
             * @static
             * @param {paxoskv.client.ClientRequest.$Properties} m ClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientRequest.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.write != null && $Object.hasOwnProperty.call(m, "write"))
                    $root.paxoskv.client.KvCommand.encode(m.write, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.get != null && $Object.hasOwnProperty.call(m, "get"))
                    $root.paxoskv.client.GetReq.encode(m.get, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.keys != null && $Object.hasOwnProperty.call(m, "keys"))
                    $root.paxoskv.client.KeysReq.encode(m.keys, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.imageGet != null && $Object.hasOwnProperty.call(m, "imageGet"))
                    $root.paxoskv.client.ImageGetReq.encode(m.imageGet, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.paxoskv.client.StatusReq.encode(m.status, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ClientRequest message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.ClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.ClientRequest & paxoskv.client.ClientRequest.$Shape} ClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientRequest.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.ClientRequest();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.write = $root.paxoskv.client.KvCommand.decode(r, r.size(), $undefined, q + 1, m.write);
                            m.op = "write";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.get = $root.paxoskv.client.GetReq.decode(r, r.size(), $undefined, q + 1, m.get);
                            m.op = "get";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.keys = $root.paxoskv.client.KeysReq.decode(r, r.size(), $undefined, q + 1, m.keys);
                            m.op = "keys";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.imageGet = $root.paxoskv.client.ImageGetReq.decode(r, r.size(), $undefined, q + 1, m.imageGet);
                            m.op = "imageGet";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.status = $root.paxoskv.client.StatusReq.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.op = "status";
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
             * Creates a ClientRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.ClientRequest
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.ClientRequest} ClientRequest
             */
            ClientRequest.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.ClientRequest)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.ClientRequest: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.ClientRequest();
                if (d.id != null) {
                    if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = $parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                }
                if (d.write != null) {
                    if (!$util.isObject(d.write))
                        throw $TypeError(".paxoskv.client.ClientRequest.write: object expected");
                    m.write = $root.paxoskv.client.KvCommand.fromObject(d.write, q + 1);
                }
                if (d.get != null) {
                    if (!$util.isObject(d.get))
                        throw $TypeError(".paxoskv.client.ClientRequest.get: object expected");
                    m.get = $root.paxoskv.client.GetReq.fromObject(d.get, q + 1);
                }
                if (d.keys != null) {
                    if (!$util.isObject(d.keys))
                        throw $TypeError(".paxoskv.client.ClientRequest.keys: object expected");
                    m.keys = $root.paxoskv.client.KeysReq.fromObject(d.keys, q + 1);
                }
                if (d.imageGet != null) {
                    if (!$util.isObject(d.imageGet))
                        throw $TypeError(".paxoskv.client.ClientRequest.imageGet: object expected");
                    m.imageGet = $root.paxoskv.client.ImageGetReq.fromObject(d.imageGet, q + 1);
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".paxoskv.client.ClientRequest.status: object expected");
                    m.status = $root.paxoskv.client.StatusReq.fromObject(d.status, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ClientRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.ClientRequest
             * @static
             * @param {paxoskv.client.ClientRequest} m ClientRequest
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientRequest.toObject = function (m, o, q) {
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
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.write != null && $Object.hasOwnProperty.call(m, "write")) {
                    d.write = $root.paxoskv.client.KvCommand.toObject(m.write, o, q + 1);
                    if (o.oneofs)
                        d.op = "write";
                }
                if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                    d.get = $root.paxoskv.client.GetReq.toObject(m.get, o, q + 1);
                    if (o.oneofs)
                        d.op = "get";
                }
                if (m.keys != null && $Object.hasOwnProperty.call(m, "keys")) {
                    d.keys = $root.paxoskv.client.KeysReq.toObject(m.keys, o, q + 1);
                    if (o.oneofs)
                        d.op = "keys";
                }
                if (m.imageGet != null && $Object.hasOwnProperty.call(m, "imageGet")) {
                    d.imageGet = $root.paxoskv.client.ImageGetReq.toObject(m.imageGet, o, q + 1);
                    if (o.oneofs)
                        d.op = "imageGet";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.paxoskv.client.StatusReq.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.op = "status";
                }
                return d;
            };

            /**
             * Converts this ClientRequest to JSON.
             * @function toJSON
             * @memberof paxoskv.client.ClientRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientRequest.prototype.toJSON = function() {
                return ClientRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientRequest
             * @function getTypeUrl
             * @memberof paxoskv.client.ClientRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.ClientRequest";
            };

            return ClientRequest;
        })();

        client.ErrorInfo = (function() {

            /**
             * Properties of an ErrorInfo.
             * @typedef {Object} paxoskv.client.ErrorInfo.$Properties
             * @property {string|null} [code] ErrorInfo code
             * @property {string|null} [message] ErrorInfo message
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorInfo.
             * @memberof paxoskv.client
             * @interface IErrorInfo
             * @augments paxoskv.client.ErrorInfo.$Properties
             * @deprecated Use paxoskv.client.ErrorInfo.$Properties instead.
             */

            /**
             * Shape of an ErrorInfo.
             * @typedef {paxoskv.client.ErrorInfo.$Properties} paxoskv.client.ErrorInfo.$Shape
             */

            /**
             * Constructs a new ErrorInfo.
             * @memberof paxoskv.client
             * @classdesc Represents an ErrorInfo.
             * @constructor
             * @param {paxoskv.client.ErrorInfo.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ErrorInfo = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ErrorInfo code.
             * @member {string} code
             * @memberof paxoskv.client.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.code = "";

            /**
             * ErrorInfo message.
             * @member {string} message
             * @memberof paxoskv.client.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.message = "";

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.ErrorInfo
             * @static
             * @param {paxoskv.client.ErrorInfo.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.ErrorInfo} ErrorInfo instance
             * @type {{
             *   (properties: paxoskv.client.ErrorInfo.$Shape): paxoskv.client.ErrorInfo & paxoskv.client.ErrorInfo.$Shape;
             *   (properties?: paxoskv.client.ErrorInfo.$Properties): paxoskv.client.ErrorInfo;
             * }}
             */
            ErrorInfo.create = function(properties) {
                return new ErrorInfo(properties);
            };

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link paxoskv.client.ErrorInfo.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.ErrorInfo
             * @static
             * @param {paxoskv.client.ErrorInfo.$Properties} m ErrorInfo message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorInfo.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.code != null && $Object.hasOwnProperty.call(m, "code") && m.code !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.code);
                if (m.message != null && $Object.hasOwnProperty.call(m, "message") && m.message !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.message);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.ErrorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.ErrorInfo & paxoskv.client.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorInfo.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.ErrorInfo();
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
                                m.code = v;
                            else
                                delete m.code;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.message = v;
                            else
                                delete m.message;
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
             * Creates an ErrorInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.ErrorInfo
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.ErrorInfo} ErrorInfo
             */
            ErrorInfo.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.ErrorInfo)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.ErrorInfo: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.ErrorInfo();
                if (d.code != null) {
                    if (typeof d.code !== "string" || d.code.length) {
                        m.code = $String(d.code);
                    }
                }
                if (d.message != null) {
                    if (typeof d.message !== "string" || d.message.length) {
                        m.message = $String(d.message);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ErrorInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.ErrorInfo
             * @static
             * @param {paxoskv.client.ErrorInfo} m ErrorInfo
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ErrorInfo.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.code = "";
                    d.message = "";
                }
                if (m.code != null && $Object.hasOwnProperty.call(m, "code")) {
                    d.code = m.code;
                }
                if (m.message != null && $Object.hasOwnProperty.call(m, "message")) {
                    d.message = m.message;
                }
                return d;
            };

            /**
             * Converts this ErrorInfo to JSON.
             * @function toJSON
             * @memberof paxoskv.client.ErrorInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ErrorInfo.prototype.toJSON = function() {
                return ErrorInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ErrorInfo
             * @function getTypeUrl
             * @memberof paxoskv.client.ErrorInfo
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ErrorInfo.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.ErrorInfo";
            };

            return ErrorInfo;
        })();

        client.GetResult = (function() {

            /**
             * Properties of a GetResult.
             * @typedef {Object} paxoskv.client.GetResult.$Properties
             * @property {boolean|null} [found] GetResult found
             * @property {Uint8Array|null} [value] GetResult value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GetResult.
             * @memberof paxoskv.client
             * @interface IGetResult
             * @augments paxoskv.client.GetResult.$Properties
             * @deprecated Use paxoskv.client.GetResult.$Properties instead.
             */

            /**
             * Shape of a GetResult.
             * @typedef {paxoskv.client.GetResult.$Properties} paxoskv.client.GetResult.$Shape
             */

            /**
             * Constructs a new GetResult.
             * @memberof paxoskv.client
             * @classdesc Represents a GetResult.
             * @constructor
             * @param {paxoskv.client.GetResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var GetResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * GetResult found.
             * @member {boolean} found
             * @memberof paxoskv.client.GetResult
             * @instance
             */
            GetResult.prototype.found = false;

            /**
             * GetResult value.
             * @member {Uint8Array} value
             * @memberof paxoskv.client.GetResult
             * @instance
             */
            GetResult.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new GetResult instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.GetResult
             * @static
             * @param {paxoskv.client.GetResult.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.GetResult} GetResult instance
             * @type {{
             *   (properties: paxoskv.client.GetResult.$Shape): paxoskv.client.GetResult & paxoskv.client.GetResult.$Shape;
             *   (properties?: paxoskv.client.GetResult.$Properties): paxoskv.client.GetResult;
             * }}
             */
            GetResult.create = function(properties) {
                return new GetResult(properties);
            };

            /**
             * Encodes the specified GetResult message. Does not implicitly {@link paxoskv.client.GetResult.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.GetResult
             * @static
             * @param {paxoskv.client.GetResult.$Properties} m GetResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GetResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.found != null && $Object.hasOwnProperty.call(m, "found") && m.found !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.found);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 2, wireType 2 =*/18).bytes(m.value);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a GetResult message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.GetResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.GetResult & paxoskv.client.GetResult.$Shape} GetResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GetResult.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.GetResult();
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
                                m.found = v;
                            else
                                delete m.found;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
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
             * Creates a GetResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.GetResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.GetResult} GetResult
             */
            GetResult.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.GetResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.GetResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.GetResult();
                if (d.found != null) {
                    if (d.found) {
                        m.found = $Boolean(d.found);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a GetResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.GetResult
             * @static
             * @param {paxoskv.client.GetResult} m GetResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            GetResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.found = false;
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                }
                if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                    d.found = m.found;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                return d;
            };

            /**
             * Converts this GetResult to JSON.
             * @function toJSON
             * @memberof paxoskv.client.GetResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            GetResult.prototype.toJSON = function() {
                return GetResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for GetResult
             * @function getTypeUrl
             * @memberof paxoskv.client.GetResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            GetResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.GetResult";
            };

            return GetResult;
        })();

        client.WriteResult = (function() {

            /**
             * Properties of a WriteResult.
             * @typedef {Object} paxoskv.client.WriteResult.$Properties
             * @property {boolean|null} [ok] WriteResult ok
             * @property {boolean|null} [existed] WriteResult existed
             * @property {Uint8Array|null} [value] WriteResult value
             * @property {boolean|null} [found] WriteResult found
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WriteResult.
             * @memberof paxoskv.client
             * @interface IWriteResult
             * @augments paxoskv.client.WriteResult.$Properties
             * @deprecated Use paxoskv.client.WriteResult.$Properties instead.
             */

            /**
             * Shape of a WriteResult.
             * @typedef {paxoskv.client.WriteResult.$Properties} paxoskv.client.WriteResult.$Shape
             */

            /**
             * Constructs a new WriteResult.
             * @memberof paxoskv.client
             * @classdesc Represents a WriteResult.
             * @constructor
             * @param {paxoskv.client.WriteResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var WriteResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WriteResult ok.
             * @member {boolean} ok
             * @memberof paxoskv.client.WriteResult
             * @instance
             */
            WriteResult.prototype.ok = false;

            /**
             * WriteResult existed.
             * @member {boolean} existed
             * @memberof paxoskv.client.WriteResult
             * @instance
             */
            WriteResult.prototype.existed = false;

            /**
             * WriteResult value.
             * @member {Uint8Array} value
             * @memberof paxoskv.client.WriteResult
             * @instance
             */
            WriteResult.prototype.value = $util.newBuffer([]);

            /**
             * WriteResult found.
             * @member {boolean} found
             * @memberof paxoskv.client.WriteResult
             * @instance
             */
            WriteResult.prototype.found = false;

            /**
             * Creates a new WriteResult instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.WriteResult
             * @static
             * @param {paxoskv.client.WriteResult.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.WriteResult} WriteResult instance
             * @type {{
             *   (properties: paxoskv.client.WriteResult.$Shape): paxoskv.client.WriteResult & paxoskv.client.WriteResult.$Shape;
             *   (properties?: paxoskv.client.WriteResult.$Properties): paxoskv.client.WriteResult;
             * }}
             */
            WriteResult.create = function(properties) {
                return new WriteResult(properties);
            };

            /**
             * Encodes the specified WriteResult message. Does not implicitly {@link paxoskv.client.WriteResult.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.WriteResult
             * @static
             * @param {paxoskv.client.WriteResult.$Properties} m WriteResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WriteResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok") && m.ok !== false)
                    w.uint32(/* id 1, wireType 0 =*/8).bool(m.ok);
                if (m.existed != null && $Object.hasOwnProperty.call(m, "existed") && m.existed !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.existed);
                if (m.value != null && $Object.hasOwnProperty.call(m, "value") && m.value.length)
                    w.uint32(/* id 3, wireType 2 =*/26).bytes(m.value);
                if (m.found != null && $Object.hasOwnProperty.call(m, "found") && m.found !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.found);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a WriteResult message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.WriteResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.WriteResult & paxoskv.client.WriteResult.$Shape} WriteResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WriteResult.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.WriteResult();
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
                                m.ok = v;
                            else
                                delete m.ok;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.existed = v;
                            else
                                delete m.existed;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.bytes()).length)
                                m.value = v;
                            else
                                delete m.value;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.found = v;
                            else
                                delete m.found;
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
             * Creates a WriteResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.WriteResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.WriteResult} WriteResult
             */
            WriteResult.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.WriteResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.WriteResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.WriteResult();
                if (d.ok != null) {
                    if (d.ok) {
                        m.ok = $Boolean(d.ok);
                    }
                }
                if (d.existed != null) {
                    if (d.existed) {
                        m.existed = $Boolean(d.existed);
                    }
                }
                if (d.value != null) {
                    if (d.value.length) {
                        if (typeof d.value === "string")
                            $util.base64.decode(d.value, m.value = $util.newBuffer($util.base64.length(d.value)), 0);
                        else if (d.value.length >= 0)
                            m.value = d.value;
                    }
                }
                if (d.found != null) {
                    if (d.found) {
                        m.found = $Boolean(d.found);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WriteResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.WriteResult
             * @static
             * @param {paxoskv.client.WriteResult} m WriteResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WriteResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.ok = false;
                    d.existed = false;
                    if (o.bytes === $String)
                        d.value = "";
                    else {
                        d.value = [];
                        if (o.bytes !== $Array)
                            d.value = $util.newBuffer(d.value);
                    }
                    d.found = false;
                }
                if (m.ok != null && $Object.hasOwnProperty.call(m, "ok")) {
                    d.ok = m.ok;
                }
                if (m.existed != null && $Object.hasOwnProperty.call(m, "existed")) {
                    d.existed = m.existed;
                }
                if (m.value != null && $Object.hasOwnProperty.call(m, "value")) {
                    d.value = o.bytes === $String ? $util.base64.encode(m.value, 0, m.value.length) : o.bytes === $Array ? $Array.prototype.slice.call(m.value) : m.value;
                }
                if (m.found != null && $Object.hasOwnProperty.call(m, "found")) {
                    d.found = m.found;
                }
                return d;
            };

            /**
             * Converts this WriteResult to JSON.
             * @function toJSON
             * @memberof paxoskv.client.WriteResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WriteResult.prototype.toJSON = function() {
                return WriteResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WriteResult
             * @function getTypeUrl
             * @memberof paxoskv.client.WriteResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WriteResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.WriteResult";
            };

            return WriteResult;
        })();

        client.KeysResult = (function() {

            /**
             * Properties of a KeysResult.
             * @typedef {Object} paxoskv.client.KeysResult.$Properties
             * @property {Array.<string>|null} [keys] KeysResult keys
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KeysResult.
             * @memberof paxoskv.client
             * @interface IKeysResult
             * @augments paxoskv.client.KeysResult.$Properties
             * @deprecated Use paxoskv.client.KeysResult.$Properties instead.
             */

            /**
             * Shape of a KeysResult.
             * @typedef {paxoskv.client.KeysResult.$Properties} paxoskv.client.KeysResult.$Shape
             */

            /**
             * Constructs a new KeysResult.
             * @memberof paxoskv.client
             * @classdesc Represents a KeysResult.
             * @constructor
             * @param {paxoskv.client.KeysResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var KeysResult = function (p) {
                this.keys = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * KeysResult keys.
             * @member {Array.<string>} keys
             * @memberof paxoskv.client.KeysResult
             * @instance
             */
            KeysResult.prototype.keys = $util.emptyArray;

            /**
             * Creates a new KeysResult instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.KeysResult
             * @static
             * @param {paxoskv.client.KeysResult.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.KeysResult} KeysResult instance
             * @type {{
             *   (properties: paxoskv.client.KeysResult.$Shape): paxoskv.client.KeysResult & paxoskv.client.KeysResult.$Shape;
             *   (properties?: paxoskv.client.KeysResult.$Properties): paxoskv.client.KeysResult;
             * }}
             */
            KeysResult.create = function(properties) {
                return new KeysResult(properties);
            };

            /**
             * Encodes the specified KeysResult message. Does not implicitly {@link paxoskv.client.KeysResult.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.KeysResult
             * @static
             * @param {paxoskv.client.KeysResult.$Properties} m KeysResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KeysResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.keys != null && m.keys.length) {
                    for (var i = 0; i < m.keys.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.keys[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a KeysResult message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.KeysResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.KeysResult & paxoskv.client.KeysResult.$Shape} KeysResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KeysResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.client.KeysResult();
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
                            if (!(m.keys && m.keys.length))
                                m.keys = [];
                            m.keys.push(r.stringVerify());
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
             * Creates a KeysResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.KeysResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.KeysResult} KeysResult
             */
            KeysResult.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.KeysResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.KeysResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.KeysResult();
                if (d.keys) {
                    if (!$Array.isArray(d.keys))
                        throw $TypeError(".paxoskv.client.KeysResult.keys: array expected");
                    m.keys = $Array(d.keys.length);
                    for (var i = 0; i < d.keys.length; ++i) {
                        m.keys[i] = $String(d.keys[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a KeysResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.KeysResult
             * @static
             * @param {paxoskv.client.KeysResult} m KeysResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            KeysResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.keys = [];
                }
                if (m.keys && m.keys.length) {
                    d.keys = $Array(m.keys.length);
                    for (var j = 0; j < m.keys.length; ++j) {
                        d.keys[j] = m.keys[j];
                    }
                }
                return d;
            };

            /**
             * Converts this KeysResult to JSON.
             * @function toJSON
             * @memberof paxoskv.client.KeysResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            KeysResult.prototype.toJSON = function() {
                return KeysResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for KeysResult
             * @function getTypeUrl
             * @memberof paxoskv.client.KeysResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            KeysResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.KeysResult";
            };

            return KeysResult;
        })();

        client.ImageMatch = (function() {

            /**
             * Properties of an ImageMatch.
             * @typedef {Object} paxoskv.client.ImageMatch.$Properties
             * @property {string|null} [phash] ImageMatch phash
             * @property {string|null} [sha256] ImageMatch sha256
             * @property {string|null} [metadata] ImageMatch metadata
             * @property {number|null} [distance] ImageMatch distance
             * @property {boolean|null} [exact] ImageMatch exact
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageMatch.
             * @memberof paxoskv.client
             * @interface IImageMatch
             * @augments paxoskv.client.ImageMatch.$Properties
             * @deprecated Use paxoskv.client.ImageMatch.$Properties instead.
             */

            /**
             * Shape of an ImageMatch.
             * @typedef {paxoskv.client.ImageMatch.$Properties} paxoskv.client.ImageMatch.$Shape
             */

            /**
             * Constructs a new ImageMatch.
             * @memberof paxoskv.client
             * @classdesc Represents an ImageMatch.
             * @constructor
             * @param {paxoskv.client.ImageMatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ImageMatch = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ImageMatch phash.
             * @member {string} phash
             * @memberof paxoskv.client.ImageMatch
             * @instance
             */
            ImageMatch.prototype.phash = "";

            /**
             * ImageMatch sha256.
             * @member {string} sha256
             * @memberof paxoskv.client.ImageMatch
             * @instance
             */
            ImageMatch.prototype.sha256 = "";

            /**
             * ImageMatch metadata.
             * @member {string} metadata
             * @memberof paxoskv.client.ImageMatch
             * @instance
             */
            ImageMatch.prototype.metadata = "";

            /**
             * ImageMatch distance.
             * @member {number} distance
             * @memberof paxoskv.client.ImageMatch
             * @instance
             */
            ImageMatch.prototype.distance = 0;

            /**
             * ImageMatch exact.
             * @member {boolean} exact
             * @memberof paxoskv.client.ImageMatch
             * @instance
             */
            ImageMatch.prototype.exact = false;

            /**
             * Creates a new ImageMatch instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.ImageMatch
             * @static
             * @param {paxoskv.client.ImageMatch.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.ImageMatch} ImageMatch instance
             * @type {{
             *   (properties: paxoskv.client.ImageMatch.$Shape): paxoskv.client.ImageMatch & paxoskv.client.ImageMatch.$Shape;
             *   (properties?: paxoskv.client.ImageMatch.$Properties): paxoskv.client.ImageMatch;
             * }}
             */
            ImageMatch.create = function(properties) {
                return new ImageMatch(properties);
            };

            /**
             * Encodes the specified ImageMatch message. Does not implicitly {@link paxoskv.client.ImageMatch.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.ImageMatch
             * @static
             * @param {paxoskv.client.ImageMatch.$Properties} m ImageMatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageMatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.phash != null && $Object.hasOwnProperty.call(m, "phash") && m.phash !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.phash);
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256") && m.sha256 !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.sha256);
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata") && m.metadata !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.metadata);
                if (m.distance != null && $Object.hasOwnProperty.call(m, "distance") && m.distance !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).uint32(m.distance);
                if (m.exact != null && $Object.hasOwnProperty.call(m, "exact") && m.exact !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.exact);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ImageMatch message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.ImageMatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.ImageMatch & paxoskv.client.ImageMatch.$Shape} ImageMatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageMatch.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.ImageMatch();
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
                                m.phash = v;
                            else
                                delete m.phash;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sha256 = v;
                            else
                                delete m.sha256;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.metadata = v;
                            else
                                delete m.metadata;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.uint32())
                                m.distance = v;
                            else
                                delete m.distance;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.exact = v;
                            else
                                delete m.exact;
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
             * Creates an ImageMatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.ImageMatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.ImageMatch} ImageMatch
             */
            ImageMatch.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.ImageMatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.ImageMatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.ImageMatch();
                if (d.phash != null) {
                    if (typeof d.phash !== "string" || d.phash.length) {
                        m.phash = $String(d.phash);
                    }
                }
                if (d.sha256 != null) {
                    if (typeof d.sha256 !== "string" || d.sha256.length) {
                        m.sha256 = $String(d.sha256);
                    }
                }
                if (d.metadata != null) {
                    if (typeof d.metadata !== "string" || d.metadata.length) {
                        m.metadata = $String(d.metadata);
                    }
                }
                if (d.distance != null) {
                    if ($Number(d.distance) !== 0) {
                        m.distance = d.distance >>> 0;
                    }
                }
                if (d.exact != null) {
                    if (d.exact) {
                        m.exact = $Boolean(d.exact);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ImageMatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.ImageMatch
             * @static
             * @param {paxoskv.client.ImageMatch} m ImageMatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageMatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.phash = "";
                    d.sha256 = "";
                    d.metadata = "";
                    d.distance = 0;
                    d.exact = false;
                }
                if (m.phash != null && $Object.hasOwnProperty.call(m, "phash")) {
                    d.phash = m.phash;
                }
                if (m.sha256 != null && $Object.hasOwnProperty.call(m, "sha256")) {
                    d.sha256 = m.sha256;
                }
                if (m.metadata != null && $Object.hasOwnProperty.call(m, "metadata")) {
                    d.metadata = m.metadata;
                }
                if (m.distance != null && $Object.hasOwnProperty.call(m, "distance")) {
                    d.distance = m.distance;
                }
                if (m.exact != null && $Object.hasOwnProperty.call(m, "exact")) {
                    d.exact = m.exact;
                }
                return d;
            };

            /**
             * Converts this ImageMatch to JSON.
             * @function toJSON
             * @memberof paxoskv.client.ImageMatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageMatch.prototype.toJSON = function() {
                return ImageMatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageMatch
             * @function getTypeUrl
             * @memberof paxoskv.client.ImageMatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageMatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.ImageMatch";
            };

            return ImageMatch;
        })();

        client.ImageGetResult = (function() {

            /**
             * Properties of an ImageGetResult.
             * @typedef {Object} paxoskv.client.ImageGetResult.$Properties
             * @property {Array.<paxoskv.client.ImageMatch.$Properties>|null} [matches] ImageGetResult matches
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ImageGetResult.
             * @memberof paxoskv.client
             * @interface IImageGetResult
             * @augments paxoskv.client.ImageGetResult.$Properties
             * @deprecated Use paxoskv.client.ImageGetResult.$Properties instead.
             */

            /**
             * Shape of an ImageGetResult.
             * @typedef {paxoskv.client.ImageGetResult.$Properties} paxoskv.client.ImageGetResult.$Shape
             */

            /**
             * Constructs a new ImageGetResult.
             * @memberof paxoskv.client
             * @classdesc Represents an ImageGetResult.
             * @constructor
             * @param {paxoskv.client.ImageGetResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ImageGetResult = function (p) {
                this.matches = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ImageGetResult matches.
             * @member {Array.<paxoskv.client.ImageMatch.$Properties>} matches
             * @memberof paxoskv.client.ImageGetResult
             * @instance
             */
            ImageGetResult.prototype.matches = $util.emptyArray;

            /**
             * Creates a new ImageGetResult instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.ImageGetResult
             * @static
             * @param {paxoskv.client.ImageGetResult.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.ImageGetResult} ImageGetResult instance
             * @type {{
             *   (properties: paxoskv.client.ImageGetResult.$Shape): paxoskv.client.ImageGetResult & paxoskv.client.ImageGetResult.$Shape;
             *   (properties?: paxoskv.client.ImageGetResult.$Properties): paxoskv.client.ImageGetResult;
             * }}
             */
            ImageGetResult.create = function(properties) {
                return new ImageGetResult(properties);
            };

            /**
             * Encodes the specified ImageGetResult message. Does not implicitly {@link paxoskv.client.ImageGetResult.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.ImageGetResult
             * @static
             * @param {paxoskv.client.ImageGetResult.$Properties} m ImageGetResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ImageGetResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.matches != null && m.matches.length) {
                    for (var i = 0; i < m.matches.length; ++i)
                        $root.paxoskv.client.ImageMatch.encode(m.matches[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes an ImageGetResult message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.ImageGetResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.ImageGetResult & paxoskv.client.ImageGetResult.$Shape} ImageGetResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ImageGetResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.paxoskv.client.ImageGetResult();
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
                            if (!(m.matches && m.matches.length))
                                m.matches = [];
                            m.matches.push($root.paxoskv.client.ImageMatch.decode(r, r.size(), $undefined, q + 1));
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
             * Creates an ImageGetResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.ImageGetResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.ImageGetResult} ImageGetResult
             */
            ImageGetResult.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.ImageGetResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.ImageGetResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.ImageGetResult();
                if (d.matches) {
                    if (!$Array.isArray(d.matches))
                        throw $TypeError(".paxoskv.client.ImageGetResult.matches: array expected");
                    m.matches = $Array(d.matches.length);
                    for (var i = 0; i < d.matches.length; ++i) {
                        if (!$util.isObject(d.matches[i]))
                            throw $TypeError(".paxoskv.client.ImageGetResult.matches: object expected");
                        m.matches[i] = $root.paxoskv.client.ImageMatch.fromObject(d.matches[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an ImageGetResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.ImageGetResult
             * @static
             * @param {paxoskv.client.ImageGetResult} m ImageGetResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ImageGetResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.matches = [];
                }
                if (m.matches && m.matches.length) {
                    d.matches = $Array(m.matches.length);
                    for (var j = 0; j < m.matches.length; ++j) {
                        d.matches[j] = $root.paxoskv.client.ImageMatch.toObject(m.matches[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ImageGetResult to JSON.
             * @function toJSON
             * @memberof paxoskv.client.ImageGetResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ImageGetResult.prototype.toJSON = function() {
                return ImageGetResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ImageGetResult
             * @function getTypeUrl
             * @memberof paxoskv.client.ImageGetResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ImageGetResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.ImageGetResult";
            };

            return ImageGetResult;
        })();

        client.StatusResult = (function() {

            /**
             * Properties of a StatusResult.
             * @typedef {Object} paxoskv.client.StatusResult.$Properties
             * @property {string|null} [json] StatusResult json
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusResult.
             * @memberof paxoskv.client
             * @interface IStatusResult
             * @augments paxoskv.client.StatusResult.$Properties
             * @deprecated Use paxoskv.client.StatusResult.$Properties instead.
             */

            /**
             * Shape of a StatusResult.
             * @typedef {paxoskv.client.StatusResult.$Properties} paxoskv.client.StatusResult.$Shape
             */

            /**
             * Constructs a new StatusResult.
             * @memberof paxoskv.client
             * @classdesc Represents a StatusResult.
             * @constructor
             * @param {paxoskv.client.StatusResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var StatusResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * StatusResult json.
             * @member {string} json
             * @memberof paxoskv.client.StatusResult
             * @instance
             */
            StatusResult.prototype.json = "";

            /**
             * Creates a new StatusResult instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.StatusResult
             * @static
             * @param {paxoskv.client.StatusResult.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.StatusResult} StatusResult instance
             * @type {{
             *   (properties: paxoskv.client.StatusResult.$Shape): paxoskv.client.StatusResult & paxoskv.client.StatusResult.$Shape;
             *   (properties?: paxoskv.client.StatusResult.$Properties): paxoskv.client.StatusResult;
             * }}
             */
            StatusResult.create = function(properties) {
                return new StatusResult(properties);
            };

            /**
             * Encodes the specified StatusResult message. Does not implicitly {@link paxoskv.client.StatusResult.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.StatusResult
             * @static
             * @param {paxoskv.client.StatusResult.$Properties} m StatusResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.json != null && $Object.hasOwnProperty.call(m, "json") && m.json !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.json);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a StatusResult message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.StatusResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.StatusResult & paxoskv.client.StatusResult.$Shape} StatusResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusResult.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.StatusResult();
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
                                m.json = v;
                            else
                                delete m.json;
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
             * Creates a StatusResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.StatusResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.StatusResult} StatusResult
             */
            StatusResult.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.StatusResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.StatusResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.StatusResult();
                if (d.json != null) {
                    if (typeof d.json !== "string" || d.json.length) {
                        m.json = $String(d.json);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a StatusResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.StatusResult
             * @static
             * @param {paxoskv.client.StatusResult} m StatusResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            StatusResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.json = "";
                }
                if (m.json != null && $Object.hasOwnProperty.call(m, "json")) {
                    d.json = m.json;
                }
                return d;
            };

            /**
             * Converts this StatusResult to JSON.
             * @function toJSON
             * @memberof paxoskv.client.StatusResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            StatusResult.prototype.toJSON = function() {
                return StatusResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for StatusResult
             * @function getTypeUrl
             * @memberof paxoskv.client.StatusResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            StatusResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.StatusResult";
            };

            return StatusResult;
        })();

        client.ClientResponse = (function() {

            /**
             * Properties of a ClientResponse.
             * @typedef {Object} paxoskv.client.ClientResponse.$Properties
             * @property {number|null} [id] ClientResponse id
             * @property {paxoskv.client.ErrorInfo.$Properties|null} [error] ClientResponse error
             * @property {string|null} [leaderHint] ClientResponse leaderHint
             * @property {paxoskv.client.GetResult.$Properties|null} [get] ClientResponse get
             * @property {paxoskv.client.WriteResult.$Properties|null} [write] ClientResponse write
             * @property {paxoskv.client.KeysResult.$Properties|null} [keys] ClientResponse keys
             * @property {paxoskv.client.ImageGetResult.$Properties|null} [imageGet] ClientResponse imageGet
             * @property {paxoskv.client.StatusResult.$Properties|null} [status] ClientResponse status
             * @property {"get"|"write"|"keys"|"imageGet"|"status"} [result] ClientResponse result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientResponse.
             * @memberof paxoskv.client
             * @interface IClientResponse
             * @augments paxoskv.client.ClientResponse.$Properties
             * @deprecated Use paxoskv.client.ClientResponse.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientResponse.
             * @typedef {{
             *   id?: number|null;
             *   error?: paxoskv.client.ErrorInfo.$Shape|null;
             *   leaderHint?: string|null;
             *   get?: paxoskv.client.GetResult.$Shape|null;
             *   write?: paxoskv.client.WriteResult.$Shape|null;
             *   keys?: paxoskv.client.KeysResult.$Shape|null;
             *   imageGet?: paxoskv.client.ImageGetResult.$Shape|null;
             *   status?: paxoskv.client.StatusResult.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; get?: null; write?: null; keys?: null; imageGet?: null; status?: null }|{ result?: "get"; get: paxoskv.client.GetResult.$Shape; write?: null; keys?: null; imageGet?: null; status?: null }|{ result?: "write"; get?: null; write: paxoskv.client.WriteResult.$Shape; keys?: null; imageGet?: null; status?: null }|{ result?: "keys"; get?: null; write?: null; keys: paxoskv.client.KeysResult.$Shape; imageGet?: null; status?: null }|{ result?: "imageGet"; get?: null; write?: null; keys?: null; imageGet: paxoskv.client.ImageGetResult.$Shape; status?: null }|{ result?: "status"; get?: null; write?: null; keys?: null; imageGet?: null; status: paxoskv.client.StatusResult.$Shape })
             * )} paxoskv.client.ClientResponse.$Shape
             */

            /**
             * Constructs a new ClientResponse.
             * @memberof paxoskv.client
             * @classdesc Represents a ClientResponse.
             * @constructor
             * @param {paxoskv.client.ClientResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            var ClientResponse = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClientResponse id.
             * @member {number} id
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.id = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientResponse error.
             * @member {paxoskv.client.ErrorInfo.$Properties|null|undefined} error
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.error = null;

            /**
             * ClientResponse leaderHint.
             * @member {string} leaderHint
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.leaderHint = "";

            /**
             * ClientResponse get.
             * @member {paxoskv.client.GetResult.$Properties|null|undefined} get
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.get = null;

            /**
             * ClientResponse write.
             * @member {paxoskv.client.WriteResult.$Properties|null|undefined} write
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.write = null;

            /**
             * ClientResponse keys.
             * @member {paxoskv.client.KeysResult.$Properties|null|undefined} keys
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.keys = null;

            /**
             * ClientResponse imageGet.
             * @member {paxoskv.client.ImageGetResult.$Properties|null|undefined} imageGet
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.imageGet = null;

            /**
             * ClientResponse status.
             * @member {paxoskv.client.StatusResult.$Properties|null|undefined} status
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            ClientResponse.prototype.status = null;

            // OneOf field names bound to virtual getters and setters
            var $oneOfFields;

            /**
             * ClientResponse result.
             * @member {"get"|"write"|"keys"|"imageGet"|"status"|undefined} result
             * @memberof paxoskv.client.ClientResponse
             * @instance
             */
            $Object.defineProperty(ClientResponse.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["get", "write", "keys", "imageGet", "status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientResponse instance using the specified properties.
             * @function create
             * @memberof paxoskv.client.ClientResponse
             * @static
             * @param {paxoskv.client.ClientResponse.$Properties=} [properties] Properties to set
             * @returns {paxoskv.client.ClientResponse} ClientResponse instance
             * @type {{
             *   (properties: paxoskv.client.ClientResponse.$Shape): paxoskv.client.ClientResponse & paxoskv.client.ClientResponse.$Shape;
             *   (properties?: paxoskv.client.ClientResponse.$Properties): paxoskv.client.ClientResponse;
             * }}
             */
            ClientResponse.create = function(properties) {
                return new ClientResponse(properties);
            };

            /**
             * Encodes the specified ClientResponse message. Does not implicitly {@link paxoskv.client.ClientResponse.verify|verify} messages.
             * @function encode
             * @memberof paxoskv.client.ClientResponse
             * @static
             * @param {paxoskv.client.ClientResponse.$Properties} m ClientResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && (typeof m.id === "object" ? m.id.low || m.id.high : m.id !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).uint64(m.id);
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.paxoskv.client.ErrorInfo.encode(m.error, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.leaderHint != null && $Object.hasOwnProperty.call(m, "leaderHint") && m.leaderHint !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.leaderHint);
                if (m.get != null && $Object.hasOwnProperty.call(m, "get"))
                    $root.paxoskv.client.GetResult.encode(m.get, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.write != null && $Object.hasOwnProperty.call(m, "write"))
                    $root.paxoskv.client.WriteResult.encode(m.write, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.keys != null && $Object.hasOwnProperty.call(m, "keys"))
                    $root.paxoskv.client.KeysResult.encode(m.keys, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.imageGet != null && $Object.hasOwnProperty.call(m, "imageGet"))
                    $root.paxoskv.client.ImageGetResult.encode(m.imageGet, w.uint32(/* id 13, wireType 2 =*/106).fork(), q + 1).ldelim();
                if (m.status != null && $Object.hasOwnProperty.call(m, "status"))
                    $root.paxoskv.client.StatusResult.encode(m.status, w.uint32(/* id 14, wireType 2 =*/114).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Decodes a ClientResponse message from the specified reader or buffer.
             * @function decode
             * @memberof paxoskv.client.ClientResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {paxoskv.client.ClientResponse & paxoskv.client.ClientResponse.$Shape} ClientResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientResponse.decode = function (r, l, z, q, g) {
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
                m = g || new $root.paxoskv.client.ClientResponse();
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
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.error = $root.paxoskv.client.ErrorInfo.decode(r, r.size(), $undefined, q + 1, m.error);
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.leaderHint = v;
                            else
                                delete m.leaderHint;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.get = $root.paxoskv.client.GetResult.decode(r, r.size(), $undefined, q + 1, m.get);
                            m.result = "get";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.write = $root.paxoskv.client.WriteResult.decode(r, r.size(), $undefined, q + 1, m.write);
                            m.result = "write";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.keys = $root.paxoskv.client.KeysResult.decode(r, r.size(), $undefined, q + 1, m.keys);
                            m.result = "keys";
                            continue;
                        }
                    case 13: {
                            if (u !== 2)
                                break;
                            m.imageGet = $root.paxoskv.client.ImageGetResult.decode(r, r.size(), $undefined, q + 1, m.imageGet);
                            m.result = "imageGet";
                            continue;
                        }
                    case 14: {
                            if (u !== 2)
                                break;
                            m.status = $root.paxoskv.client.StatusResult.decode(r, r.size(), $undefined, q + 1, m.status);
                            m.result = "status";
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
             * Creates a ClientResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof paxoskv.client.ClientResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {paxoskv.client.ClientResponse} ClientResponse
             */
            ClientResponse.fromObject = function (d, q) {
                if (d instanceof $root.paxoskv.client.ClientResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".paxoskv.client.ClientResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.paxoskv.client.ClientResponse();
                if (d.id != null) {
                    if (typeof d.id === "object" ? d.id.low || d.id.high : $Number(d.id) !== 0) {
                        if ($util.Long)
                            m.id = $util.Long.fromValue(d.id, true);
                        else if (typeof d.id === "string")
                            m.id = $parseInt(d.id, 10);
                        else if (typeof d.id === "number")
                            m.id = d.id;
                        else if (typeof d.id === "object")
                            m.id = new $util.LongBits(d.id.low >>> 0, d.id.high >>> 0).toNumber(true);
                    }
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw $TypeError(".paxoskv.client.ClientResponse.error: object expected");
                    m.error = $root.paxoskv.client.ErrorInfo.fromObject(d.error, q + 1);
                }
                if (d.leaderHint != null) {
                    if (typeof d.leaderHint !== "string" || d.leaderHint.length) {
                        m.leaderHint = $String(d.leaderHint);
                    }
                }
                if (d.get != null) {
                    if (!$util.isObject(d.get))
                        throw $TypeError(".paxoskv.client.ClientResponse.get: object expected");
                    m.get = $root.paxoskv.client.GetResult.fromObject(d.get, q + 1);
                }
                if (d.write != null) {
                    if (!$util.isObject(d.write))
                        throw $TypeError(".paxoskv.client.ClientResponse.write: object expected");
                    m.write = $root.paxoskv.client.WriteResult.fromObject(d.write, q + 1);
                }
                if (d.keys != null) {
                    if (!$util.isObject(d.keys))
                        throw $TypeError(".paxoskv.client.ClientResponse.keys: object expected");
                    m.keys = $root.paxoskv.client.KeysResult.fromObject(d.keys, q + 1);
                }
                if (d.imageGet != null) {
                    if (!$util.isObject(d.imageGet))
                        throw $TypeError(".paxoskv.client.ClientResponse.imageGet: object expected");
                    m.imageGet = $root.paxoskv.client.ImageGetResult.fromObject(d.imageGet, q + 1);
                }
                if (d.status != null) {
                    if (!$util.isObject(d.status))
                        throw $TypeError(".paxoskv.client.ClientResponse.status: object expected");
                    m.status = $root.paxoskv.client.StatusResult.fromObject(d.status, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ClientResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof paxoskv.client.ClientResponse
             * @static
             * @param {paxoskv.client.ClientResponse} m ClientResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientResponse.toObject = function (m, o, q) {
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
                        d.id = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.id = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.error = null;
                    d.leaderHint = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.id = typeof m.id === "number" ? $BigInt(m.id) : $util.Long.fromBits(m.id.low >>> 0, m.id.high >>> 0, true).toBigInt();
                    else if (typeof m.id === "number")
                        d.id = o.longs === $String ? $String(m.id) : m.id;
                    else
                        d.id = o.longs === $String ? $util.Long.prototype.toString.call(m.id) : o.longs === $Number ? new $util.LongBits(m.id.low >>> 0, m.id.high >>> 0).toNumber(true) : m.id;
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.paxoskv.client.ErrorInfo.toObject(m.error, o, q + 1);
                }
                if (m.leaderHint != null && $Object.hasOwnProperty.call(m, "leaderHint")) {
                    d.leaderHint = m.leaderHint;
                }
                if (m.get != null && $Object.hasOwnProperty.call(m, "get")) {
                    d.get = $root.paxoskv.client.GetResult.toObject(m.get, o, q + 1);
                    if (o.oneofs)
                        d.result = "get";
                }
                if (m.write != null && $Object.hasOwnProperty.call(m, "write")) {
                    d.write = $root.paxoskv.client.WriteResult.toObject(m.write, o, q + 1);
                    if (o.oneofs)
                        d.result = "write";
                }
                if (m.keys != null && $Object.hasOwnProperty.call(m, "keys")) {
                    d.keys = $root.paxoskv.client.KeysResult.toObject(m.keys, o, q + 1);
                    if (o.oneofs)
                        d.result = "keys";
                }
                if (m.imageGet != null && $Object.hasOwnProperty.call(m, "imageGet")) {
                    d.imageGet = $root.paxoskv.client.ImageGetResult.toObject(m.imageGet, o, q + 1);
                    if (o.oneofs)
                        d.result = "imageGet";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = $root.paxoskv.client.StatusResult.toObject(m.status, o, q + 1);
                    if (o.oneofs)
                        d.result = "status";
                }
                return d;
            };

            /**
             * Converts this ClientResponse to JSON.
             * @function toJSON
             * @memberof paxoskv.client.ClientResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientResponse.prototype.toJSON = function() {
                return ClientResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientResponse
             * @function getTypeUrl
             * @memberof paxoskv.client.ClientResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/paxoskv.client.ClientResponse";
            };

            return ClientResponse;
        })();

        return client;
    })();

    return paxoskv;
})();

module.exports = $root;
