// The dashboard page: one self-contained HTML document (CSS and JS inline, no CDN, no
// build step). The script polls every member's /v1/status directly (addresses from
// /v1/members), so the page keeps working when the node that served it goes down. All
// data reaches the DOM through textContent, never innerHTML: keys and values are user
// content. The script avoids backticks and dollar-brace so it can live in this literal.
export const DASHBOARD_HTML = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>paxoskv dashboard</title>
<style>
  :root { --bg:#0f1419; --panel:#182029; --line:#2a3542; --text:#d8e0e8; --dim:#7d8b99;
          --leader:#f0b429; --follower:#4ea8de; --ok:#3ecf8e; --bad:#ef5350; --warn:#ff9f43; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif; background:var(--bg); color:var(--text); }
  header { display:flex; flex-wrap:wrap; gap:18px; align-items:baseline; padding:12px 20px; border-bottom:1px solid var(--line); }
  header h1 { margin:0; font-size:18px; letter-spacing:.5px; }
  header .stat b { color:#fff; }
  main { padding:16px 20px; display:grid; gap:16px; }
  h2 { margin:0 0 8px; font-size:13px; text-transform:uppercase; letter-spacing:1px; color:var(--dim); font-weight:600; }
  .panel { background:var(--panel); border:1px solid var(--line); border-radius:8px; padding:12px 14px; }
  #members { display:grid; grid-template-columns:repeat(auto-fill,minmax(220px,1fr)); gap:12px; }
  .card { background:var(--panel); border:1px solid var(--line); border-left:4px solid var(--follower); border-radius:8px; padding:10px 12px; }
  .card.leader { border-left-color:var(--leader); box-shadow:0 0 0 1px rgba(240,180,41,.25); }
  .card.down { border-left-color:var(--bad); background:#1c1619; }
  .card.down .name, .card.down .addr { color:var(--dim); } .card.down dd { color:#e9a3a1; }
  .card.partitioned { border-left-color:var(--warn); }
  .card.catching-up { border-left-color:var(--warn); }
  .card .top { display:flex; justify-content:space-between; align-items:flex-start; gap:6px; }
  .card .badges { display:flex; flex-wrap:wrap; justify-content:flex-end; gap:4px; }
  .card .name { font-weight:700; font-size:16px; }
  .card .addr { color:var(--dim); font-size:12px; margin-bottom:6px; }
  .badge { display:inline-block; padding:1px 7px; border-radius:10px; font-size:11px; font-weight:700; text-transform:uppercase; white-space:nowrap; }
  .badge.leader { background:var(--leader); color:#000; }
  .badge.follower, .badge.candidate { background:var(--follower); color:#000; }
  .badge.down { background:var(--bad); color:#fff; }
  .badge.partitioned { background:var(--warn); color:#000; }
  .badge.origin { background:var(--line); color:var(--text); }
  .badge.catching-up { background:var(--warn); color:#000; }
  .progress { margin-top:8px; font-size:12px; }
  .progress .what { display:flex; justify-content:space-between; gap:6px; }
  .progress .what b { font-weight:600; }
  .progress .bar { height:6px; margin:3px 0 2px; background:var(--bg); border:1px solid var(--line); border-radius:3px; overflow:hidden; }
  .progress .bar i { display:block; height:100%; width:0; background:var(--warn); transition:width .4s; }
  .progress .detail { color:var(--dim); font-variant-numeric:tabular-nums; }
  .progress.done, .progress.failed { margin-top:4px; color:var(--dim); }
  .progress.done .what b { color:var(--ok); font-weight:400; } .progress.failed .what b { color:var(--bad); font-weight:400; }
  dl { display:grid; grid-template-columns:auto 1fr; gap:2px 10px; margin:0; font-size:13px; }
  dt { color:var(--dim); } dd { margin:0; font-variant-numeric:tabular-nums; word-break:break-all; }
  .peers { margin-top:6px; display:flex; flex-wrap:wrap; gap:4px; }
  .peer { font-size:11px; padding:1px 6px; border-radius:4px; border:1px solid var(--line); }
  .peer.up { color:var(--ok); border-color:var(--ok); } .peer.cut { color:var(--bad); border-color:var(--bad); }
  .row { display:grid; grid-template-columns:minmax(280px,1fr) minmax(280px,1fr); gap:16px; }
  @media (max-width: 760px) { .row { grid-template-columns:1fr; } }
  #spark { width:100%; height:70px; display:block; }
  #spark polyline { fill:none; stroke:var(--ok); stroke-width:1.5; }
  #spark .area { fill:rgba(62,207,142,.15); stroke:none; }
  ol.list { list-style:none; margin:0; padding:0; max-height:220px; overflow:auto; font-size:13px; }
  ol.list li { padding:3px 0; border-bottom:1px solid var(--line); display:flex; gap:8px; }
  ol.list .t { color:var(--dim); font-variant-numeric:tabular-nums; white-space:nowrap; }
  li.bad { color:var(--bad); } li.good { color:var(--ok); } li.lead { color:var(--leader); }
  form { display:flex; gap:8px; margin-bottom:8px; }
  input { flex:1; background:var(--bg); color:var(--text); border:1px solid var(--line); border-radius:4px; padding:5px 8px; }
  button { background:var(--line); color:var(--text); border:1px solid var(--line); border-radius:4px; padding:5px 12px; cursor:pointer; }
  #keys li { cursor:pointer; font-family:ui-monospace,monospace; } #keys li:hover { color:#fff; }
  pre { background:var(--bg); border:1px solid var(--line); border-radius:4px; padding:8px; margin:8px 0 0; max-height:260px; overflow:auto; white-space:pre-wrap; word-break:break-all; }
  .dim { color:var(--dim); }
</style>
</head>
<body>
<div id="paxoskv-dashboard">
<header>
  <h1>paxoskv</h1>
  <span class="stat">leader <b id="sum-leader">?</b></span>
  <span class="stat">ballot <b id="sum-ballot">?</b></span>
  <span class="stat">chosen slot <b id="sum-chosen">?</b></span>
  <span class="stat">members up <b id="sum-up">?</b></span>
  <span class="stat">throughput <b id="sum-rate">?</b> slots/s</span>
  <span class="stat dim" id="sum-stream">stream: connecting</span>
</header>
<main>
  <section><h2>Members</h2><div id="members"><p class="dim">loading members...</p></div></section>
  <div class="row">
    <section class="panel"><h2>Throughput (chosen slots / s)</h2>
      <svg id="spark" viewBox="0 0 300 70" preserveAspectRatio="none"><polygon class="area" points=""></polygon><polyline points=""></polyline></svg>
      <div class="dim" id="spark-label">waiting for samples</div>
    </section>
    <section class="panel"><h2>Leader timeline</h2><ol class="list" id="timeline"></ol></section>
  </div>
  <div class="row">
    <section class="panel"><h2>Recent events</h2><ol class="list" id="events"></ol></section>
    <section class="panel"><h2>Keys</h2>
      <form id="key-form"><input id="key-prefix" placeholder="prefix (empty lists all; img/ for images)" autocomplete="off"><input id="key-token" type="password" placeholder="client token (when the nodes need one)" autocomplete="off"><button type="submit">Search</button></form>
      <ol class="list" id="keys"></ol>
      <pre id="key-value" hidden></pre>
    </section>
  </div>
</main>
</div>
<script>
(function () {
  'use strict';
  var POLL_MS = 1000, TIMEOUT_MS = 900, SPARK_POINTS = 90, LIST_MAX = 200, KEYS_LIMIT = 200;
  var proto = location.protocol === 'https:' ? 'https://' : 'http://';
  var state = {
    self: null, members: [], results: {}, polling: false, leader: null, leaderBallot: null,
    timeline: [], events: [], samples: [], lastChosen: null, lastAt: 0, seen: {}, lastUp: {}, downSince: {}
  };

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function clock(t) { return new Date(t).toLocaleTimeString(); }
  function ballotText(b) {
    if (b === null || b === undefined) return '-';
    if (typeof b === 'object') return (b.round !== undefined ? b.round : '?') + '.' + (b.node !== undefined ? b.node : '?');
    return String(b);
  }
  function ballotCmp(a, b) {
    if (!a || typeof a !== 'object') return -1;
    if (!b || typeof b !== 'object') return 1;
    return a.round !== b.round ? a.round - b.round : a.node - b.node;
  }
  function num(v) { return typeof v === 'number' && isFinite(v) ? v : null; }

  function getJson(url, timeoutMs, headers) {
    var ctl = new AbortController();
    var timer = setTimeout(function () { ctl.abort(); }, timeoutMs);
    return fetch(url, { signal: ctl.signal, cache: 'no-store', headers: headers || {} }).then(function (r) {
      return r.text().then(function (text) {
        clearTimeout(timer);
        var body = null;
        try { body = JSON.parse(text); } catch (e) { body = { text: text }; }
        return { status: r.status, body: body };
      });
    }, function (e) { clearTimeout(timer); throw e; });
  }

  function logEvent(kind, text) {
    state.events.unshift({ t: Date.now(), kind: kind, text: text });
    if (state.events.length > LIST_MAX) state.events.length = LIST_MAX;
  }

  // Members: from this node's hostfile; if it is empty, this node alone.
  function loadMembers() {
    var sources = ['/v1/members'].concat(state.members.map(function (m) { return proto + m.address + '/v1/members'; }));
    var tryAt = function (i) {
      if (i >= sources.length) { setTimeout(loadMembers, 2000); return; }
      getJson(sources[i], 2000).then(function (r) {
        var list = r.body && Array.isArray(r.body.members) ? r.body.members : [];
        if (r.status !== 200) throw new Error('status ' + r.status);
        state.self = r.body.self || null;
        state.members = reachable(list.length ? list : [{ name: r.body.self || location.host, address: location.host }]);
        logEvent('info', 'watching ' + state.members.length + ' member(s): ' +
          state.members.map(function (m) { return m.name + ' ' + m.address; }).join(', '));
        poll();
        setInterval(poll, POLL_MS);
      }).catch(function () { tryAt(i + 1); });
    };
    tryAt(0);
  }

  // The hostfile names members as the nodes see each other (Docker: container0:7000),
  // which a browser outside that network may not reach. ?members=[name@]host:port,...
  // overrides; otherwise, when the page's own address is not its hostfile address, the
  // members are assumed to be published side by side (Docker: 127.0.0.1:7100 + index).
  function reachable(list) {
    var override = new URLSearchParams(location.search).get('members');
    if (override) {
      return override.split(',').filter(Boolean).map(function (item) {
        var at = item.indexOf('@');
        return at < 0 ? { name: item, address: item } : { name: item.slice(0, at), address: item.slice(at + 1) };
      });
    }
    var selfIndex = -1;
    list.forEach(function (m, i) { if (m.name === state.self) selfIndex = i; });
    var port = Number(location.port || (location.protocol === 'https:' ? 443 : 80));
    if (selfIndex < 0 || list[selfIndex].address === location.host || !location.host) return list;
    logEvent('info', 'hostfile address ' + list[selfIndex].address + ' is not this page\'s ' + location.host +
      '; assuming members at ' + location.hostname + ':' + (port - selfIndex) + '+index (override with ?members=)');
    return list.map(function (m, i) { return { name: m.name, address: location.hostname + ':' + (port - selfIndex + i) }; });
  }

  function poll() {
    if (state.polling) return;
    state.polling = true;
    var started = Date.now();
    Promise.all(state.members.map(function (m) {
      return getJson(proto + m.address + '/v1/status', TIMEOUT_MS).then(function (r) {
        return r.status === 200 ? { ok: true, status: r.body } : { ok: false, error: 'HTTP ' + r.status };
      }, function (e) { return { ok: false, error: e && e.name === 'AbortError' ? 'timeout' : 'unreachable' }; });
    })).then(function (results) {
      state.polling = false;
      var next = {};
      state.members.forEach(function (m, i) { next[m.name] = results[i]; });
      observe(next, started);
      state.results = next;
      render();
    });
  }

  function quorum() { return Math.floor(state.members.length / 2) + 1; }
  function connectedPeers(s) {
    return (s.peers || []).filter(function (p) { return p.connected; }).length;
  }
  function isPartitioned(r) {
    return r.ok && state.members.length > 1 && connectedPeers(r.status) + 1 < quorum();
  }

  // Compare with the previous poll: down/up, role changes, leader changes, throughput.
  function observe(next, at) {
    var leader = null, leaderBallot = null, chosen = null;
    state.members.forEach(function (m) {
      var r = next[m.name], before = state.seen[m.name];
      var now = !r.ok ? 'down' : isPartitioned(r) ? 'partitioned' : r.status.role;
      if (before !== undefined && before !== now) {
        logEvent(now === 'down' || now === 'partitioned' ? 'bad' : before === 'down' ? 'good' : 'info',
          m.name + ': ' + before + ' -> ' + now + (now === 'down' ? ' (' + r.error + ')' : ''));
      } else if (before === undefined && now === 'down') {
        logEvent('bad', m.name + ' is down (' + r.error + ')');
      }
      if (now === 'down' && before !== 'down') state.downSince[m.name] = at;
      state.seen[m.name] = now;
      if (!r.ok) return;
      state.lastUp[m.name] = { t: at, role: r.status.role, chosen: r.status.chosenSlot };
      var c = num(r.status.chosenSlot);
      if (c !== null && (chosen === null || c > chosen)) chosen = c;
      if (r.status.role === 'leader' && (leader === null || ballotCmp(r.status.ballot, leaderBallot) > 0)) {
        leader = r.status.name || m.name; leaderBallot = r.status.ballot;
      }
    });
    if (leader === null) {
      // No reachable leader: go with what a majority of the reachable members believe.
      var votes = {};
      state.members.forEach(function (m) {
        var r = next[m.name];
        if (r.ok && r.status.leader) votes[r.status.leader] = (votes[r.status.leader] || 0) + 1;
      });
      Object.keys(votes).forEach(function (name) { if (votes[name] >= quorum()) leader = name; });
    }
    var ballotChanged = leader !== null && ballotText(leaderBallot) !== ballotText(state.leaderBallot) && leaderBallot !== null;
    if (leader !== state.leader || ballotChanged) {
      state.timeline.unshift({ t: at, leader: leader, ballot: leaderBallot });
      if (state.timeline.length > LIST_MAX) state.timeline.length = LIST_MAX;
      logEvent(leader ? 'lead' : 'bad', leader ? 'leader is ' + leader + ' (ballot ' + ballotText(leaderBallot) + ')' : 'no leader');
    }
    state.leader = leader; state.leaderBallot = leaderBallot;
    if (chosen !== null) {
      if (state.lastChosen !== null && at > state.lastAt) {
        var rate = Math.max(0, chosen - state.lastChosen) * 1000 / (at - state.lastAt);
        state.samples.push(rate);
        if (state.samples.length > SPARK_POINTS) state.samples.shift();
      }
      state.lastChosen = chosen; state.lastAt = at;
    }
  }

  function leaderChosen() {
    var r = state.leader ? state.results[state.leader] : null;
    if (r && r.ok && num(r.status.chosenSlot) !== null) return r.status.chosenSlot;
    return state.lastChosen;
  }

  function render() {
    renderSummary();
    renderCards();
    renderSpark();
    renderList($('timeline'), state.timeline, function (e) {
      return { cls: e.leader ? 'lead' : 'bad', text: e.leader ? e.leader + ' leads, ballot ' + ballotText(e.ballot) : 'no leader' };
    });
    renderList($('events'), state.events, function (e) { return { cls: e.kind, text: e.text }; });
  }

  function renderSummary() {
    var up = state.members.filter(function (m) { var r = state.results[m.name]; return r && r.ok; }).length;
    $('sum-leader').textContent = state.leader || 'none';
    $('sum-ballot').textContent = ballotText(state.leaderBallot);
    $('sum-chosen').textContent = state.lastChosen === null ? '?' : String(state.lastChosen);
    $('sum-up').textContent = up + ' / ' + state.members.length;
    var last = state.samples.length ? state.samples[state.samples.length - 1] : null;
    $('sum-rate').textContent = last === null ? '?' : last.toFixed(1);
  }

  function row(dl, name, value) { dl.appendChild(el('dt', '', name)); dl.appendChild(el('dd', '', value)); }

  function renderCards() {
    var box = $('members');
    box.textContent = '';
    var top = leaderChosen();
    state.members.forEach(function (m) {
      var r = state.results[m.name] || { ok: false, error: 'not polled yet' };
      var s = r.ok ? r.status : null;
      var role = s ? String(s.role) : 'down';
      var partitioned = isPartitioned(r);
      var ops = s && Array.isArray(s.progress) ? s.progress : [];
      var catchingUp = !!(s && (s.catchingUp || ops.some(function (p) { return p.state === 'running' && p.kind !== 'snapshot-write' && p.kind !== 'snapshot-send'; })));
      var card = el('div', 'card ' + role + (partitioned ? ' partitioned' : '') + (catchingUp ? ' catching-up' : ''));
      card.setAttribute('data-member', m.name);
      card.setAttribute('data-role', role);
      card.setAttribute('data-up', s ? 'true' : 'false');
      if (catchingUp) card.setAttribute('data-catching-up', 'true');
      var head = el('div', 'top');
      head.appendChild(el('span', 'name', m.name));
      var badges = el('span', 'badges');
      badges.appendChild(el('span', 'badge ' + role, role));
      if (partitioned) badges.appendChild(el('span', 'badge partitioned', 'partitioned'));
      if (catchingUp) badges.appendChild(el('span', 'badge catching-up', 'catching up'));
      if (m.name === state.self) badges.appendChild(el('span', 'badge origin', 'this page'));
      head.appendChild(badges);
      card.appendChild(head);
      card.appendChild(el('div', 'addr', m.address));
      var dl = el('dl');
      if (!s) {
        var last = state.lastUp[m.name];
        row(dl, 'status', r.error);
        if (state.downSince[m.name]) row(dl, 'down since', clock(state.downSince[m.name]));
        if (last) row(dl, 'last seen', last.role + ' at slot ' + last.chosen);
      } else {
        var chosen = num(s.chosenSlot);
        row(dl, 'ballot', ballotText(s.ballot));
        row(dl, 'leader', s.leader || 'none');
        row(dl, 'chosen', chosen === null ? '-' : chosen);
        row(dl, 'applied', num(s.appliedSlot) === null ? '-' : s.appliedSlot);
        row(dl, 'lag', chosen === null || top === null ? '-' : Math.max(0, top - chosen) + ' slots');
        row(dl, 'snapshot', num(s.snapshotSlot) === null ? '-' : s.snapshotSlot);
        row(dl, 'incarnation', s.incarnation ? String(s.incarnation).slice(0, 12) : '-');
      }
      card.appendChild(dl);
      ops.forEach(function (p) { card.appendChild(progressBar(p)); });
      if (s && Array.isArray(s.peers)) {
        var peers = el('div', 'peers');
        s.peers.forEach(function (p) {
          var tag = el('span', 'peer ' + (p.connected ? 'up' : 'cut'), (p.connected ? '\u2194 ' : '\u2715 ') + p.name);
          tag.title = p.connected ? 'connected' + (p.lag !== null && p.lag !== undefined ? ', lag ' + p.lag : '') : 'not connected';
          peers.appendChild(tag);
        });
        card.appendChild(peers);
      }
      box.appendChild(card);
    });
  }

  var KIND_TEXT = { 'snapshot-write': 'writing snapshot', 'snapshot-send': 'sending snapshot', 'snapshot-receive': 'receiving snapshot', 'catch-up': 'catching up' };
  var KIND_DONE = { 'snapshot-write': 'snapshot written', 'snapshot-send': 'snapshot sent', 'snapshot-receive': 'snapshot received', 'catch-up': 'caught up' };
  function amount(n, unit) {
    if (unit !== 'bytes') return String(Math.round(n)) + ' slots';
    if (n >= 1048576) return (n / 1048576).toFixed(1) + ' MiB';
    if (n >= 1024) return (n / 1024).toFixed(0) + ' KiB';
    return String(Math.round(n)) + ' B';
  }
  function duration(ms) {
    if (ms < 10000) return (ms / 1000).toFixed(1) + ' s';
    if (ms < 120000) return Math.round(ms / 1000) + ' s';
    return Math.floor(ms / 60000) + ' min ' + Math.round((ms % 60000) / 1000) + ' s';
  }

  // One long operation of a node (GET /v1/status "progress"): while it runs, a bar with how
  // far, how fast and how long still; once it ended (shown for a few seconds), one line.
  function progressBar(p) {
    var state = p.state === 'done' || p.state === 'failed' ? p.state : 'running';
    var box = el('div', 'progress ' + state);
    box.setAttribute('data-progress-kind', String(p.kind));
    box.setAttribute('data-progress-state', state);
    var where = (p.peer ? (p.kind === 'snapshot-send' ? ' to ' : ' from ') + p.peer : '') + (num(p.slot) !== null ? ' @' + p.slot : '');
    var total = num(p.total), rate = num(p.ratePerSec), eta = num(p.etaMs), elapsed = num(p.elapsedMs), pct = num(p.percent);
    var amounts = amount(num(p.done) || 0, p.unit) + (total !== null ? ' / ' + amount(total, p.unit) : '');
    var what = el('div', 'what');
    if (state !== 'running') {
      what.appendChild(el('b', '', (state === 'done' ? KIND_DONE[p.kind] || p.kind + ' done' : (KIND_TEXT[p.kind] || p.kind) + ' failed') + where));
      what.appendChild(el('span', '', state === 'done'
        ? amount(total !== null ? total : num(p.done) || 0, p.unit) + (elapsed !== null ? ' in ' + duration(elapsed) : '')
        : p.reason || ''));
      box.appendChild(what);
      return box;
    }
    what.appendChild(el('b', '', (KIND_TEXT[p.kind] || String(p.kind)) + where));
    what.appendChild(el('span', '', pct === null ? '...' : pct.toFixed(pct < 10 ? 1 : 0) + '%'));
    box.appendChild(what);
    var bar = el('div', 'bar'), fill = el('i');
    fill.setAttribute('style', 'width:' + (pct === null ? 0 : Math.max(0, Math.min(100, pct))) + '%');
    bar.appendChild(fill);
    box.appendChild(bar);
    box.appendChild(el('div', 'detail', amounts + (rate !== null && rate > 0 ? ' \u00b7 ' + amount(rate, p.unit) + '/s' : '') +
      (eta !== null ? ' \u00b7 ETA ' + duration(eta) : '')));
    return box;
  }

  function renderSpark() {
    var svg = $('spark'), pts = state.samples;
    if (!pts.length) return;
    var max = Math.max.apply(null, pts.concat([1]));
    var step = 300 / Math.max(1, SPARK_POINTS - 1);
    var offset = 300 - step * (pts.length - 1);
    var line = pts.map(function (v, i) { return (offset + i * step).toFixed(1) + ',' + (68 - (v / max) * 64).toFixed(1); }).join(' ');
    svg.querySelector('polyline').setAttribute('points', line);
    svg.querySelector('polygon').setAttribute('points', offset.toFixed(1) + ',70 ' + line + ' 300,70');
    $('spark-label').textContent = 'now ' + pts[pts.length - 1].toFixed(1) + ' / s, peak ' + max.toFixed(1) + ' / s over the last ' + pts.length + ' s';
  }

  function renderList(list, items, describe) {
    list.textContent = '';
    items.forEach(function (item) {
      var d = describe(item), li = el('li', d.cls);
      li.appendChild(el('span', 't', clock(item.t)));
      li.appendChild(el('span', '', d.text));
      list.appendChild(li);
    });
  }

  // Reads go to the page's own node first, then to any member that answered last poll.
  // Key reads need a client token when the nodes have them (status polls never do). The
  // token lives in this tab's sessionStorage only, and goes out as Authorization: Bearer.
  var tokenStore = (function () { try { return window.sessionStorage || null; } catch (e) { return null; } })();
  if (tokenStore) $('key-token').value = tokenStore.getItem('paxoskv-token') || '';
  function tokenHeaders() {
    var token = String($('key-token').value || '').trim();
    if (tokenStore) { if (token) tokenStore.setItem('paxoskv-token', token); else tokenStore.removeItem('paxoskv-token'); }
    return token ? { authorization: 'Bearer ' + token } : {};
  }

  function readFrom(path) {
    var bases = [''].concat(state.members.filter(function (m) {
      var r = state.results[m.name]; return r && r.ok && m.name !== state.self;
    }).map(function (m) { return proto + m.address; }));
    var attempt = function (i, lastError) {
      if (i >= bases.length) return Promise.reject(lastError || new Error('no member answered'));
      return getJson(bases[i] + path, 3000, tokenHeaders()).then(function (r) {
        if (r.status >= 500) return attempt(i + 1, new Error('HTTP ' + r.status));
        return r;
      }, function (e) { return attempt(i + 1, e); });
    };
    return attempt(0, null);
  }

  function showValue(text) { var pre = $('key-value'); pre.hidden = false; pre.textContent = text; }

  function searchKeys(prefix) {
    var list = $('keys');
    list.textContent = '';
    readFrom('/v1/keys?consistency=stale&limit=' + KEYS_LIMIT + '&prefix=' + encodeURIComponent(prefix)).then(function (r) {
      var keys = r.body && Array.isArray(r.body.keys) ? r.body.keys : [];
      if (r.status !== 200) { list.appendChild(el('li', 'bad', 'error: ' + JSON.stringify(r.body))); return; }
      if (!keys.length) list.appendChild(el('li', 'dim', 'no keys with prefix "' + prefix + '"'));
      keys.forEach(function (key) {
        var li = el('li', '', key);
        li.addEventListener('click', function () { openKey(key); });
        list.appendChild(li);
      });
      if (keys.length >= KEYS_LIMIT) list.appendChild(el('li', 'dim', 'first ' + KEYS_LIMIT + ' shown; narrow the prefix'));
    }, function (e) { list.appendChild(el('li', 'bad', 'no member answered: ' + e)); });
  }

  function openKey(key) {
    showValue('loading ' + key + ' ...');
    readFrom('/v1/kv/' + encodeURIComponent(key) + '?consistency=stale').then(function (r) {
      if (r.status !== 200) { showValue(key + ': ' + JSON.stringify(r.body)); return; }
      var value = r.body.value;
      if (key.indexOf('img/') === 0) {
        try {
          var record = JSON.parse(value);
          try { record.metadata = JSON.parse(record.metadata); } catch (e) { /* metadata stays a string */ }
          showValue(key + ' (image record)\n' + JSON.stringify(record, null, 2));
          return;
        } catch (e) { /* not JSON: show as text */ }
      }
      showValue(key + '\n' + value);
    }, function (e) { showValue(key + ': no member answered (' + e + ')'); });
  }

  $('key-form').addEventListener('submit', function (ev) { ev.preventDefault(); searchKeys($('key-prefix').value); });

  // The page's own node streams its status; polling covers every member either way.
  if (window.EventSource) {
    var source = new EventSource('/v1/events');
    source.addEventListener('status', function (ev) {
      try {
        var s = JSON.parse(ev.data);
        $('sum-stream').textContent = 'stream: live from ' + s.name + ' (slot ' + s.chosenSlot + ')';
      } catch (e) { /* ignore a torn event */ }
    });
    source.onerror = function () { $('sum-stream').textContent = 'stream: lost; polling members directly'; };
  }
  loadMembers();
  searchKeys('');
})();
</script>
</body>
</html>
`;
