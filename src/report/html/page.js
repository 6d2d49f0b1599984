/* claimdiff review page: filters by kind, type and outlet (their state is
   the URL fragment, #filter=kind:contradiction,outlet:CBS%20News), j/k to
   the next or previous finding, collapsible groups, and the findings of a
   clicked claim. It writes only text (textContent), never markup. */
(function () {
  'use strict';
  var doc = document;
  var DIMS = ['kind', 'type', 'outlet'];
  var data = { mode: 'extract', findings: [], claims: [] };
  try {
    var parsed = JSON.parse(doc.getElementById('claimdiff-data').textContent);
    if (parsed && Array.isArray(parsed.findings) && Array.isArray(parsed.claims)) {
      data = parsed;
    }
  } catch (e) {
    /* Without its data the page still reads; only the panel is empty. */
  }
  var byId = {};
  data.findings.forEach(function (f) { byId[f.id] = f; });

  function all(sel, root) {
    return Array.prototype.slice.call((root || doc).querySelectorAll(sel));
  }
  var cards = all('article[data-finding]');
  var groups = all('section.group');
  var nav = doc.getElementById('filters');
  var chips = nav ? all('button[data-dim]', nav) : [];
  var status = doc.getElementById('filter-status');
  var note = doc.getElementById('filter-note');
  var main = doc.getElementById('main');
  var panel = doc.getElementById('panel');
  var panelBody = doc.getElementById('panel-body');
  var state = empty();
  var current = null;
  var opener = null;

  function empty() { return { kind: [], type: [], outlet: [] }; }
  function active() { return DIMS.some(function (d) { return state[d].length > 0; }); }
  function has(list, v) { return list.indexOf(v) >= 0; }

  /* ---- filters */
  function matches(card) {
    var f = byId[card.getAttribute('data-finding')];
    var outlets = f && Array.isArray(f.outlets) ? f.outlets : [];
    if (state.kind.length && !has(state.kind, card.getAttribute('data-kind'))) return false;
    if (state.type.length && !has(state.type, card.getAttribute('data-type'))) return false;
    if (state.outlet.length && !outlets.some(function (o) { return has(state.outlet, o); })) {
      return false;
    }
    return true;
  }

  function serialize() {
    var parts = [];
    DIMS.forEach(function (d) {
      state[d].forEach(function (v) { parts.push(d + ':' + encodeURIComponent(v)); });
    });
    return parts.join(',');
  }

  /* The filter of a fragment, or null when the fragment is no filter. */
  function parse(hash) {
    var m = /^#filter=(.*)$/.exec(hash || '');
    if (!m) return null;
    var s = empty();
    m[1].split(',').forEach(function (part) {
      var i = part.indexOf(':');
      if (i < 0) return;
      var dim = part.slice(0, i);
      var value;
      try { value = decodeURIComponent(part.slice(i + 1)); } catch (e) { return; }
      if (has(DIMS, dim) && !has(s[dim], value)) s[dim].push(value);
    });
    return s;
  }

  function describe() {
    return DIMS.filter(function (d) { return state[d].length; })
      .map(function (d) { return d + ': ' + state[d].join(' or '); })
      .join('; ');
  }

  function setExpanded(group, open) {
    var btn = group.querySelector('.toggle');
    var body = group.querySelector('.group-body');
    if (!btn || !body) return;
    btn.setAttribute('aria-expanded', open ? 'true' : 'false');
    body.hidden = !open;
  }
  function isOpen(group) {
    var body = group.querySelector('.group-body');
    return !!body && !body.hidden;
  }

  /* Shows the cards the filter lets through; with a kind or type chosen,
     opens the groups that have some. */
  function apply() {
    var expand = state.kind.length > 0 || state.type.length > 0;
    var shown = 0;
    cards.forEach(function (card) {
      var ok = matches(card);
      card.hidden = !ok;
      if (ok) shown += 1;
    });
    groups.forEach(function (g) {
      var total = all('article[data-finding]', g).length;
      var n = all('article[data-finding]:not([hidden])', g).length;
      g.hidden = n === 0;
      var count = g.querySelector('.count');
      if (count) count.textContent = n === total ? '(' + total + ')' : '(' + n + ' of ' + total + ')';
      if (expand && n > 0) setExpanded(g, true);
    });
    chips.forEach(function (c) {
      var on = has(state[c.getAttribute('data-dim')] || [], c.getAttribute('data-value'));
      c.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
    var text = active()
      ? 'Showing ' + shown + ' of ' + cards.length + ' findings (' + describe() + ')'
      : 'Showing all ' + cards.length + ' findings';
    if (status) status.textContent = text;
    if (note) {
      note.hidden = !active();
      note.textContent = 'Filtered view. ' + text + '.';
    }
    if (main) main.setAttribute('data-filter', serialize());
  }

  function writeHash() {
    var f = serialize();
    try {
      history.replaceState(null, '', location.pathname + location.search + (f ? '#filter=' + f : ''));
    } catch (e) {
      /* Some viewers forbid it; the view still changes. */
    }
  }

  function toggleChip(chip) {
    var list = state[chip.getAttribute('data-dim')];
    if (!list) return;
    var v = chip.getAttribute('data-value');
    var i = list.indexOf(v);
    if (i >= 0) list.splice(i, 1); else list.push(v);
    apply();
    writeHash();
  }

  function clearFilters() {
    state = empty();
    apply();
    writeHash();
  }

  /* ---- moving between findings */
  function groupOf(card) { return card.closest('section.group'); }
  function visibleCards() {
    return cards.filter(function (c) {
      var g = groupOf(c);
      return !c.hidden && !(g && g.hidden);
    });
  }

  /* Makes a card visible (its group open, the filter cleared if it hid it). */
  function reveal(card) {
    if (!card) return;
    if (card.hidden) clearFilters();
    var g = groupOf(card);
    if (g && !isOpen(g)) setExpanded(g, true);
    if (current) current.classList.remove('current');
    current = card;
    card.classList.add('current');
  }

  function move(step) {
    var list = visibleCards();
    if (!list.length) return;
    var focused = doc.activeElement && doc.activeElement.closest
      ? doc.activeElement.closest('article[data-finding]')
      : null;
    var at = list.indexOf(focused || current);
    var next = at < 0 ? (step > 0 ? 0 : list.length - 1) : at + step;
    next = Math.max(0, Math.min(list.length - 1, next));
    var card = list[next];
    reveal(card);
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'start' });
  }

  /* ---- the panel of a clicked claim */
  function el(tag, text, cls) {
    var e = doc.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function select(refs) {
    all('mark.seg.sel').forEach(function (m) { m.classList.remove('sel'); });
    all('mark.seg[data-claim-refs]').forEach(function (m) {
      var mine = m.getAttribute('data-claim-refs').split(' ');
      if (refs.some(function (n) { return has(mine, String(n)); })) m.classList.add('sel');
    });
  }

  function showClaims(refs, from) {
    if (!panel || !panelBody) return;
    panelBody.textContent = '';
    refs.forEach(function (n) {
      var c = data.claims[n - 1];
      if (!c) return;
      var sec = el('section');
      sec.appendChild(el('h3', 'Claim ' + c.id));
      sec.appendChild(el('p', c.source + ' · ' + c.at, 'meta'));
      if (data.mode === 'compare') {
        var list = Array.isArray(c.findings) ? c.findings : [];
        if (!list.length) sec.appendChild(el('p', 'In no finding.'));
        var ul = el('ul');
        list.forEach(function (k) {
          var f = data.findings[k - 1];
          if (!f) return;
          var li = el('li');
          var a = el('a', f.id + ' · ' + f.label);
          a.setAttribute('href', '#finding-' + k);
          a.setAttribute('data-goto-finding', String(k));
          li.appendChild(a);
          li.appendChild(doc.createTextNode(': ' + f.summary));
          ul.appendChild(li);
        });
        if (ul.childNodes.length) sec.appendChild(ul);
      }
      panelBody.appendChild(sec);
    });
    select(refs);
    opener = from || null;
    panel.hidden = false;
    var h = doc.getElementById('panel-h');
    if (h) h.focus({ preventScroll: true });
  }

  function closePanel() {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    select([]);
    if (opener) opener.focus({ preventScroll: true });
    opener = null;
  }

  /* ---- events */
  doc.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest) return;
    var chip = t.closest('button[data-dim]');
    if (chip) { toggleChip(chip); return; }
    var toggle = t.closest('button.toggle');
    if (toggle) {
      var g = toggle.closest('section.group');
      if (g) setExpanded(g, !isOpen(g));
      return;
    }
    if (t.closest('#filter-clear')) { clearFilters(); return; }
    if (t.closest('#panel-close')) { closePanel(); return; }
    var toFinding = t.closest('a[data-goto-finding]');
    if (toFinding) {
      reveal(doc.getElementById('finding-' + toFinding.getAttribute('data-goto-finding')));
      return;
    }
    var toClaim = t.closest('a[data-goto]');
    if (toClaim) { showLinkedClaim('#claim-' + toClaim.getAttribute('data-goto')); return; }
    var claim = t.closest('[data-claim-refs]');
    if (claim && !t.closest('a')) {
      var refs = claim.getAttribute('data-claim-refs').split(' ').map(Number)
        .filter(function (n) { return n > 0; });
      showClaims(refs, claim.tagName === 'BUTTON' ? claim : null);
    }
  });

  doc.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName || ''))) return;
    if (e.key === 'j') { move(1); e.preventDefault(); }
    else if (e.key === 'k') { move(-1); e.preventDefault(); }
    else if (e.key === 'Escape') closePanel();
  });

  /* #claim-N (a card's link to its passage, or a shared link): the claim's
     findings in the panel. */
  function showLinkedClaim(hash) {
    var m = /^#claim-([0-9]+)$/.exec(hash || '');
    if (!m) return false;
    showClaims([Number(m[1])], doc.getElementById('claim-' + m[1]));
    return true;
  }

  window.addEventListener('hashchange', function () {
    if (showLinkedClaim(location.hash)) return;
    var s = parse(location.hash);
    if (!s) return;
    state = s;
    apply();
    var findings = doc.getElementById('findings');
    if (findings) findings.scrollIntoView({ block: 'start' });
  });

  /* ---- start: groups after the first collapsed, the fragment's filter */
  groups.forEach(function (g) {
    if (g.getAttribute('data-start') === 'collapsed') setExpanded(g, false);
  });
  state = parse(location.hash) || empty();
  apply();
  showLinkedClaim(location.hash);
  if (nav) nav.hidden = false;
  doc.documentElement.setAttribute('data-ready', 'true');
})();
