// The network of countries drawn with Cytoscape.js from /export?view=countries&format=cytoscape.
// Filters run in the page: the date range keeps relations with a fact on a day inside it, the topic
// keeps relations on that topic; countries without a visible relation are hidden unless they have a
// fact in range of their own. Clicking a country opens its linked-data page on this server.
(function () {
  'use strict';

  const DATA_URL = '/export?view=countries&format=cytoscape';
  const state = { cy: null, days: [], elements: null };
  const statusEl = document.getElementById('status');
  const fromEl = document.getElementById('from');
  const toEl = document.getElementById('to');
  const topicEl = document.getElementById('topic');

  function words(s) {
    return typeof s === 'string' && s.trim() !== '' ? s.trim().split(/\s+/) : [];
  }

  // The page a node links to: its IRI's path on this server (/id/country/RU), so the server's
  // linked-data pages answer it whatever base the IRIs were minted under.
  function pagePath(iri) {
    try {
      const u = new URL(iri);
      return u.pathname + u.search;
    } catch (e) {
      return null;
    }
  }

  function setStatus(text) {
    statusEl.textContent = text;
  }

  function showDetails(title, fields) {
    const aside = document.getElementById('details');
    aside.replaceChildren();
    const h = document.createElement('h2');
    h.textContent = title;
    aside.appendChild(h);
    const dl = document.createElement('dl');
    for (const [k, v] of fields) {
      if (v === undefined || v === null || v === '') {
        continue;
      }
      const dt = document.createElement('dt');
      dt.textContent = k;
      const dd = document.createElement('dd');
      dd.textContent = String(v);
      dl.append(dt, dd);
    }
    aside.appendChild(dl);
  }

  // Sizes grow with the square root of the value, from lo (nothing) to hi (the largest value).
  function scale(values, lo, hi) {
    const max = values.reduce((m, v) => Math.max(m, v), 0);
    return v => (max <= 0 ? lo : lo + (hi - lo) * Math.sqrt(Math.max(0, v) / max));
  }

  function applyFilters() {
    const cy = state.cy;
    if (!cy) {
      return;
    }
    let a = Number(fromEl.value);
    let b = Number(toEl.value);
    if (a > b) {
      [a, b] = [b, a];
    }
    const days = state.days;
    const fullRange = days.length === 0 || (a === 0 && b === days.length - 1);
    const lo = days[a];
    const hi = days[b];
    document.getElementById('from-value').textContent = lo || '…';
    document.getElementById('to-value').textContent = hi || '…';
    const topic = topicEl.value;
    const inRange = ds => fullRange || words(ds).some(d => d >= lo && d <= hi);

    cy.batch(() => {
      let edges = 0;
      cy.edges().forEach(e => {
        const ok = inRange(e.data('dates')) && (topic === '' || words(e.data('topics')).includes(topic));
        e.style('display', ok ? 'element' : 'none');
        if (ok) {
          edges++;
        }
      });
      let nodes = 0;
      cy.nodes().forEach(n => {
        const related = n.connectedEdges().some(e => e.style('display') !== 'none');
        const own = topic === '' && inRange(n.data('dates'));
        const ok = related || own;
        n.style('display', ok ? 'element' : 'none');
        if (ok) {
          nodes++;
        }
      });
      setStatus(nodes + (nodes === 1 ? ' country, ' : ' countries, ') + edges + (edges === 1 ? ' relation' : ' relations')
        + (fullRange ? '' : ', ' + lo + ' to ' + hi) + (topic ? ', topic ' + topic : ''));
    });
  }

  function setup(doc) {
    const elements = doc.elements || { nodes: [], edges: [] };
    const nodes = elements.nodes || [];
    const edges = elements.edges || [];
    const daySet = new Set();
    const topicSet = new Set();
    nodes.forEach(n => words(n.data.dates).forEach(d => daySet.add(d)));
    edges.forEach(e => {
      words(e.data.dates).forEach(d => daySet.add(d));
      words(e.data.topics).forEach(t => topicSet.add(t));
    });
    state.days = Array.from(daySet).sort();
    const last = Math.max(0, state.days.length - 1);
    for (const el of [fromEl, toEl]) {
      el.min = '0';
      el.max = String(last);
      el.disabled = state.days.length < 2;
    }
    fromEl.value = '0';
    toEl.value = String(last);
    Array.from(topicSet).sort().forEach(t => {
      const o = document.createElement('option');
      o.value = t;
      o.textContent = t;
      topicEl.appendChild(o);
    });

    const nodeSize = scale(nodes.map(n => Number(n.data.weight) || 0), 16, 80);
    const edgeWidth = scale(edges.map(e => Number(e.data.weight) || 0), 1, 12);
    nodes.forEach(n => { n.data.size = nodeSize(Number(n.data.weight) || 0); });
    edges.forEach(e => { e.data.width = edgeWidth(Number(e.data.weight) || 0); });

    const cy = cytoscape({
      container: document.getElementById('cy'),
      elements: { nodes: nodes, edges: edges },
      minZoom: 0.05,
      maxZoom: 1.5,
      style: [
        { selector: 'node', style: {
          'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
          'background-color': '#3d6fb6', 'color': '#1d2433', 'font-size': 12,
          'text-valign': 'bottom', 'text-margin-y': 4, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
        { selector: 'edge', style: {
          'width': 'data(width)', 'line-color': '#d08a2e', 'opacity': 0.8, 'curve-style': 'bezier' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1d2433' } }
      ],
      layout: { name: nodes.length > 1 ? 'cose' : 'grid', animate: false, randomize: false, padding: 30 }
    });
    state.cy = cy;

    cy.on('mouseover', 'node', ev => {
      const d = ev.target.data();
      showDetails(d.label, [['code', d.code], ['meetings', d.meetings], ['commitments', d.commitments],
        ['statements', d.statements], ['first', d.first], ['last', d.last], ['topics', d.topics], ['IRI', d.id]]);
    });
    cy.on('mouseover', 'edge', ev => {
      const d = ev.target.data();
      showDetails(d.label, [['weight', d.weight], ['meetings', d.meetings], ['commitments', d.commitments],
        ['statements', d.statements], ['first', d.first], ['last', d.last], ['topics', d.topics]]);
    });
    cy.on('tap', 'node', ev => {
      const path = pagePath(ev.target.id());
      if (path) {
        window.location.assign(path);
      }
    });

    fromEl.addEventListener('input', applyFilters);
    toEl.addEventListener('input', applyFilters);
    topicEl.addEventListener('change', applyFilters);
    applyFilters();
    if (nodes.length === 0) {
      setStatus('No countries in the store yet.');
    }
    return cy;
  }

  // For scripts and tests: resolves to the Cytoscape instance once the data is drawn.
  window.bkgNetwork = {
    ready: fetch(DATA_URL, { headers: { 'Accept': 'application/json' } })
      .then(r => {
        if (!r.ok) {
          throw new Error('the server answered ' + r.status + ' for ' + DATA_URL);
        }
        return r.json();
      })
      .then(setup)
      .catch(err => {
        setStatus('Could not load the network: ' + err.message);
        throw err;
      }),
    applyFilters: applyFilters,
    state: state
  };
})();
