// The interactive map: Leaflet over the bundled Natural Earth outline (no tiles, nothing fetched from outside).
// Data: the GeoJSON the server builds for the page's filters (data-src), drawn as precisely as it is known:
// city → a clustered pin; province → a hollow dashed ring; country only → the country shaded, never a pin;
// no place → on no map (counted under the map). Routes are lines from a workplace known to the city to the
// destination; a route from a place known only to its country is not drawn (it would start mid-country).
(function () {
  "use strict";
  // the timeline's colours (style.css .seg-*), so a type looks the same everywhere
  var TYPE_COLOURS = {defection: "#c0392b", "return": "#6c5ccf", closure: "#7f8c8d", opening: "#27ae60",
                      sanction: "#d4a017"};

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) e.textContent = text;
    return e;
  }

  // popups are built from DOM nodes with textContent: nothing from an article is ever parsed as HTML
  function popup(title, lines, href, linkText) {
    var box = el("div", {"class": "map-popup"});
    box.appendChild(el("strong", {}, title));
    lines.filter(Boolean).forEach(function (l) { box.appendChild(el("div", {}, l)); });
    if (href) box.appendChild(el("a", {href: href, "class": "popup-link"}, linkText));
    return box;
  }

  // a shaded country: the events it counted (known only to the country or a province), each a link, and never
  // a link to the whole country's list dressed as theirs
  function countryPopup(c) {
    var kinds = Object.keys(c.types || {}).map(function (t) { return c.types[t] + " " + t; }).join(", ");
    var regions = Object.keys(c.regions || {}).map(function (r) { return r + " (" + c.regions[r] + ")"; });
    var box = popup(c.name, [
      c.n + (c.n === 1 ? " event" : " events") + " placed only to the country" +
        (regions.length ? " or a province" : "") + ", not to a city: " + kinds,
      regions.length ? "province named: " + regions.join(", ") : null,
      c.routes_not_drawn ? c.routes_not_drawn + " of them with a route, not drawn (it would start in the middle " +
                           "of the country): its event's page gives it" : null]);
    var list = el("ul", {"class": "popup-events"});
    (c.events || []).forEach(function (e) {
      var li = el("li");
      li.appendChild(el("a", {href: e.href, "class": "popup-event"}, e.label + (e.region && (e.label || "").indexOf(e.region) < 0 ? " (" + e.region + ")" : "")));
      list.appendChild(li);
    });
    box.appendChild(list);
    var more = c.n - (c.events || []).length;
    if (more > 0) box.appendChild(el("div", {"class": "popup-more"}, "and " + more + " more"));
    if (c.href) box.appendChild(el("a", {href: c.href, "class": "popup-link popup-all"},
                                    "Every event in " + c.name + ", those placed to a city too →"));
    return box;
  }

  function pinIcon(kind, type) {
    return L.divIcon({className: "pin pin-" + kind + (type ? " pin-" + type : ""), iconSize: [14, 14],
                      iconAnchor: [7, 7], popupAnchor: [0, -6]});
  }

  function clusterIcon(kind) {
    return function (cluster) {
      var n = cluster.getChildCount();
      var size = n < 10 ? 30 : n < 100 ? 36 : 44;
      return L.divIcon({html: "<span>" + n + "</span>", className: "cluster cluster-" + kind,
                        iconSize: [size, size]});
    };
  }

  function start(box) {
    var canvas = box.querySelector(".map-canvas");
    var note = box.querySelector(".map-note");
    var map = L.map(canvas, {minZoom: 1, maxZoom: 12, worldCopyJump: false, zoomSnap: 1,
                             maxBounds: [[-85, -240], [85, 240]], attributionControl: true});
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth (public domain) · Leaflet");
    map.setView([30, 60], 2);
    function report() {
      var c = map.getCenter();
      canvas.dataset.zoom = map.getZoom();
      canvas.dataset.center = c.lat.toFixed(3) + "," + c.lng.toFixed(3);
    }
    map.on("moveend zoomend", report);

    Promise.all([fetch(box.dataset.world).then(function (r) { return r.json(); }),
                 fetch(box.dataset.src).then(function (r) {
                   if (!r.ok) throw new Error("map data: HTTP " + r.status);
                   return r.json();
                 })])
      .then(function (got) { draw(map, box, canvas, got[0], got[1], note); report(); })
      .catch(function (err) { note.textContent = "The map could not be loaded: " + err.message; });
  }

  function draw(map, box, canvas, world, data, note) {
    var countries = data.countries || {};
    var rcountries = data.restaurant_countries || {};

    L.geoJSON(world, {interactive: false, style: {color: "#9a8f7a", weight: 0.6, fillColor: "#f4f1e8",
                                                  fillOpacity: 1}}).addTo(map);

    // events known only to their country: the country is shaded, darker with more events (log scale)
    var shaded = L.geoJSON(world, {
      filter: function (f) { return !!countries[f.properties.iso2]; },
      style: function (f) {
        var n = countries[f.properties.iso2].n;
        return {color: "#b03030", weight: 1.2, dashArray: "3 3", fillColor: "#b03030",
                fillOpacity: Math.min(0.55, 0.14 + 0.1 * Math.log2(n))};
      },
      onEachFeature: function (f, layer) {
        layer.options.className = "country-shade";
        layer.bindPopup(countryPopup(countries[f.properties.iso2]));
      }
    });

    var events = L.markerClusterGroup({iconCreateFunction: clusterIcon("event"), showCoverageOnHover: false,
                                       chunkedLoading: true,  // big maps build in slices, the page stays responsive
                                       maxClusterRadius: 40});
    var provinces = L.layerGroup();
    // restaurants sit in a pane under the events', so a restaurant never hides the events at its door
    map.createPane("restaurants").style.zIndex = 590;
    var restaurants = L.markerClusterGroup({iconCreateFunction: clusterIcon("restaurant"), clusterPane: "restaurants",
                                            showCoverageOnHover: false, maxClusterRadius: 40, chunkedLoading: true});
    var routes = L.layerGroup();
    var bounds = [];
    var types = {}, returns = 0;  // what the legend has to explain

    var lonely = (data.features || []).filter(function (f) {
      return f.properties.layer === "route"; }).length === 1;
    (data.features || []).forEach(function (f) {
      var p = f.properties, g = f.geometry;
      if (!g) return;
      if (g.type === "Point") {
        var ll = [g.coordinates[1], g.coordinates[0]];
        bounds.push(ll);
        var isEvent = p.layer === "event";
        if (isEvent) types[p.type] = true;
        var inferred = p.inferred || [];
        var lines = isEvent ? [p.place + (p.place_precision === "region" ? " (region only)" : "")
                                 + (inferred.indexOf("workplace." + p.place_precision) >= 0 ? " (inferred from the sentences around it)" : ""),
                               (p.date || "date unknown")
                                 + (p.date && inferred.indexOf("date") >= 0 ? " (inferred from the publication date)" : "")
                                 + (p.status ? " · " + p.status : "")]
                            : [p.state ? "at last report: " + p.state + (p.state_as_of ? " (" + p.state_as_of + ")" : "") : null,
                               p.opened ? "opened " + p.opened : null, p.closed ? "closed " + p.closed : null];
        var content = popup(p.label, lines, p.href, isEvent ? "Open the dossier →" : "Open the restaurant →");
        if (p.place_precision === "region") {
          // a province is an area, not a spot: a hollow dashed ring, never a pin, never merged into a cluster
          L.circleMarker(ll, {radius: 16, color: isEvent ? (TYPE_COLOURS[p.type] || "#b03030") : "#1f5c99",
                              weight: 2, dashArray: "4 4", fill: true, fillOpacity: 0.05,
                              className: "province-ring"}).bindPopup(content).addTo(provinces);
        } else {
          L.marker(ll, {icon: pinIcon(p.layer, isEvent ? p.type : null), title: p.label,
                        pane: isEvent ? "markerPane" : "restaurants"})
            .bindPopup(content).addTo(isEvent ? events : restaurants);
        }
      } else if (g.type === "LineString") {
        var lls = g.coordinates.map(function (c) { return [c[1], c[0]]; });
        bounds.push.apply(bounds, lls);
        var names = (p.stops || []).map(function (s) { return s.name; }).join(" → ");
        var colour = TYPE_COLOURS[p.type] || "#b03030";
        types[p.type] = true;
        if (p.type === "return") returns += 1;
        var line = L.polyline(lls, {color: colour, weight: 2.5, opacity: 0.75, className: "route-line",
                                    dashArray: p.type === "return" ? "6 5" : null});
        line.bindPopup(popup(p.label, [names, "countries on the way are drawn at their middle",
                                       p.date || "date unknown"], p.href, "Open the dossier →"));
        line.bindTooltip(names, {sticky: true});
        line.addTo(routes);
        // each country on the way is a small hollow stop, the destination a filled one; a map of one
        // event names them, since one line alone does not say which country a bend is
        var named = lonely;
        (p.stops || []).forEach(function (stop, i) {
          if (i === 0 || !lls[i]) return;
          var end = stop.at === "destination";
          var dot = L.circleMarker(lls[i], {radius: end ? 4 : 3.5, color: colour, weight: 1.5,
                                            fillColor: end ? colour : "#fff", fillOpacity: 1, interactive: false,
                                            className: end ? "route-end" : "route-stop"}).addTo(routes);
          if (named) dot.bindTooltip(stop.name, {permanent: true, direction: "right", className: "stop-label"});
        });
      }
    });

    // each overlay with the kind the legend and the layer switch know it by (one list: they cannot drift apart)
    var overlays = [["Events (city)", events, "event"], ["Events (province: dashed ring)", provinces, "province"],
                    ["Events known only to the country or a province (shaded)", shaded, "country"],
                    ["Routes", routes, "route"], ["Restaurants", restaurants, "restaurant"]];
    [shaded, routes, provinces, events, restaurants].forEach(function (l) { l.addTo(map); });
    // the layer switch and the legend name only what this map holds
    var present = {event: events.getLayers().length, province: provinces.getLayers().length,
                   country: Object.keys(countries).length, route: routes.getLayers().length,
                   restaurant: restaurants.getLayers().length, "return-route": returns,
                   types: Object.keys(types).length, "not-drawn": data.routes_not_drawn || 0};
    var shown = {};
    overlays.forEach(function (o) { if (present[o[2]]) shown[o[0]] = o[1]; });
    if (Object.keys(shown).length > 1) {
      L.control.layers(null, shown, {collapsed: canvas.clientHeight < 400 || canvas.clientWidth < 600, position: "topright"}).addTo(map);
    }
    box.querySelectorAll(".legend [data-layer]").forEach(function (item) {
      item.hidden = !present[item.dataset.layer];
    });
    box.querySelectorAll(".legend [data-type]").forEach(function (item) {
      item.hidden = !types[item.dataset.type];
    });
    L.control.scale({imperial: false}).addTo(map);

    if (bounds.length && box.dataset.fit !== "world") {
      map.fitBounds(bounds, {padding: [30, 30], maxZoom: box.dataset.fit === "close" ? 6 : 4, animate: false});
    } else if (shaded.getLayers().length) {
      map.fitBounds(shaded.getBounds(), {padding: [30, 30], maxZoom: 5, animate: false});
    }
    var bits = [];
    var shownCountries = Object.keys(countries).length;
    if (shownCountries) bits.push(Object.keys(countries).reduce(function (s, k) { return s + countries[k].n; }, 0) +
                                  " event(s) known only to the country or a province: shaded, not pinned");
    var rc = Object.keys(rcountries).reduce(function (s, k) { return s + rcountries[k].n; }, 0);
    if (rc) bits.push(rc + " restaurant(s) known only to the country: not pinned");
    if (data.routes_not_drawn) bits.push(data.routes_not_drawn + " route(s) from a place known only to the country " +
                                         "or a province: not drawn (a line would start in the middle of the " +
                                         "country); the event's page gives the route as reported");
    if (data.unplaced) bits.push(data.unplaced + " event(s) with no place: on no map");
    if (data.capped) bits.push("only the newest " + data.events + " matching events are drawn: narrow the filters to see the rest");
    note.textContent = bits.join(" · ");
    box.classList.add("map-ready");
    box.dataset.ready = "1";
    window.nkwatchMap = map;  // for the browser tests
  }

  document.querySelectorAll(".livemap").forEach(start);
})();
