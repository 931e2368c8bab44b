/* The dashboard's charts, drawn from the JSON that the page carries in #chart-data.
 * htmx swaps #stats when TMDB data arrives; the charts are then drawn again from the new JSON. */
(function () {
  "use strict";

  var ORANGE = "#ff8000";
  var GREEN = "#00e054";
  var BLUE = "#40bcf4";
  var RED = "#ff5b5b";
  var MUTED = "#99aabb";
  var GRID = "rgba(154, 170, 187, 0.15)";

  // How each chart is drawn: its type, colour and the label of its values.
  var KINDS = {
    ratings: { color: GREEN, label: "Films", stars: true },
    rating_vs_tmdb: { horizontal: true, label: "Stars above TMDB", signed: true },
    release_years: { color: BLUE, label: "Films" },
    decades: { color: ORANGE, label: "Films" },
    months: { type: "line", color: GREEN, label: "Diary entries" },
    weekdays: { color: BLUE, label: "Diary entries" },
    genres_watched: { horizontal: true, color: ORANGE, label: "Films" },
    genres_rated: { horizontal: true, color: GREEN, label: "Average rating", max: 5 },
    directors_watched: { horizontal: true, color: ORANGE, label: "Films" },
    directors_rated: { horizontal: true, color: GREEN, label: "Average rating", max: 5 },
    actors_watched: { horizontal: true, color: BLUE, label: "Films" },
    actors_rated: { horizontal: true, color: GREEN, label: "Average rating", max: 5 },
    countries: { horizontal: true, color: BLUE, label: "Films" },
    languages: { horizontal: true, color: ORANGE, label: "Films" },
    runtimes: { color: BLUE, label: "Films" },
    box_office: { horizontal: true, money: true },
    popularity: { color: ORANGE, label: "Films" },
    tags_used: { horizontal: true, color: ORANGE, label: "Films" },
    tags_rated: { horizontal: true, color: GREEN, label: "Average rating", max: 5 },
    watchlist_genres: { horizontal: true, color: BLUE, label: "Films" },
    watchlist_decades: { color: ORANGE, label: "Films" },
    lists_sizes: { horizontal: true, color: BLUE, label: "Films" },
    lists_films: { horizontal: true, color: ORANGE, label: "Lists" },
  };

  // Lines a label of a horizontal chart may take.
  var MAX_LINES = 5;

  var drawn = [];
  var animate = true;

  function shortMoney(value) {
    var abs = Math.abs(value);
    if (abs >= 1e9) return "$" + (value / 1e9).toFixed(1) + "B";
    if (abs >= 1e6) return "$" + Math.round(value / 1e6) + "M";
    if (abs >= 1e3) return "$" + Math.round(value / 1e3) + "K";
    return "$" + value;
  }

  // "3.5" → "★★★½", as Letterboxd writes ratings.
  function stars(value) {
    var halves = Math.round(parseFloat(value) * 2);
    return "★".repeat(Math.floor(halves / 2)) + (halves % 2 ? "½" : "");
  }

  // A long label (a film's title) on lines of at most `width` characters, broken between
  // words, rather than cut short; only beyond `maxLines` lines does it end in "…".
  function wrap(label, width, maxLines) {
    var words = String(label).split(/\s+/);
    var lines = [];
    var line = "";
    words.forEach(function (word) {
      while (word.length > width) {
        if (line) {
          lines.push(line);
          line = "";
        }
        lines.push(word.slice(0, width - 1) + "-");
        word = word.slice(width - 1);
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= width) line += " " + word;
      else {
        lines.push(line);
        line = word;
      }
    });
    if (line) lines.push(line);
    if (lines.length > maxLines) {
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1] = lines[maxLines - 1].slice(0, width - 1) + "…";
    }
    return lines;
  }

  function labelWidth(chart) {
    return chart.width < 480 ? 18 : 26;
  }

  function config(name, data) {
    var kind = KINDS[name] || {};
    var horizontal = !!kind.horizontal;
    var datasets;
    if (kind.money) {
      datasets = [
        { label: "Box office", data: data.values, backgroundColor: GREEN, borderRadius: 3, maxBarThickness: 14 },
        { label: "Budget", data: data.budgets, backgroundColor: ORANGE, borderRadius: 3, maxBarThickness: 14 },
      ];
    } else {
      var color = kind.color || BLUE;
      if (kind.signed) {
        color = data.values.map(function (v) {
          return v >= 0 ? GREEN : RED;
        });
      }
      datasets = [
        {
          label: kind.label || "",
          data: data.values,
          backgroundColor: kind.type === "line" ? "rgba(0, 224, 84, 0.15)" : color,
          borderColor: color,
          borderWidth: kind.type === "line" ? 2 : 0,
          borderRadius: kind.type === "line" ? 0 : 3,
          maxBarThickness: horizontal ? 22 : 48,
          fill: kind.type === "line",
          pointRadius: kind.type === "line" && data.values.length > 36 ? 0 : 3,
          tension: 0.25,
        },
      ];
    }
    var valueAxis = {
      beginAtZero: true,
      grid: { color: GRID },
      ticks: { color: MUTED, precision: kind.max || kind.signed ? undefined : 0 },
    };
    if (kind.max) valueAxis.max = kind.max;
    if (kind.money) valueAxis.ticks.callback = shortMoney;
    var labelAxis = {
      grid: { display: false },
      ticks: {
        color: MUTED,
        // Every rating is named (slanted where they do not fit side by side).
        autoSkip: !horizontal && !kind.stars,
        font: kind.stars ? { size: 11 } : undefined,
        callback: function (value) {
          var label = this.getLabelForValue(value);
          if (kind.stars) return stars(label);
          var lines = wrap(label, labelWidth(this.chart), horizontal ? MAX_LINES : 1);
          return lines.length > 1 ? lines : lines[0];
        },
      },
    };
    return {
      type: kind.type || "bar",
      data: { labels: data.labels, datasets: datasets },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: animate ? { duration: 400 } : false,
        plugins: {
          legend: { display: !!kind.money, labels: { color: MUTED } },
          tooltip: {
            callbacks: kind.money
              ? {
                  label: function (ctx) {
                    return ctx.dataset.label + ": " + shortMoney(ctx.parsed.x);
                  },
                }
              : kind.stars
                ? {
                    title: function (items) {
                      return stars(items[0].label);
                    },
                  }
                : {},
          },
        },
        scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
      },
    };
  }

  // Every section's chart data: the statistics' (#chart-data) and those of the sections
  // outside them (the watchlist's, the tags' and lists'), each in a JSON block of its own.
  function chartData() {
    var charts = {};
    document.querySelectorAll('script[type="application/json"][id$="chart-data"]').forEach(
      function (script) {
        Object.assign(charts, JSON.parse(script.textContent));
      },
    );
    return charts;
  }

  function draw(root) {
    if (!window.Chart) return;
    var charts = chartData();
    drawn.forEach(function (chart) {
      chart.destroy();
    });
    drawn = [];
    window.Chart.defaults.color = MUTED;
    window.Chart.defaults.font.family =
      '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      var name = canvas.dataset.chart;
      var data = charts[name];
      if (!data) return;
      var kind = KINDS[name] || {};
      if (kind.horizontal) {
        // One readable row per bar, however many bars there are, tall enough for its label's
        // lines.
        var width = canvas.parentNode.clientWidth < 480 ? 18 : 26;
        var height = data.labels.reduce(function (sum, label) {
          var lines = wrap(label, width, MAX_LINES).length;
          return sum + Math.max(kind.money ? 34 : 26, lines * 15 + 8);
        }, 0);
        canvas.parentNode.style.height = Math.max(160, height + 60) + "px";
      }
      drawn.push(new window.Chart(canvas, config(name, data)));
    });
  }

  function start() {
    draw(document);
    // New TMDB data: htmx swapped the statistics; draw them again, without animation.
    document.body.addEventListener("htmx:afterSwap", function (event) {
      if (event.detail.target && event.detail.target.id === "stats") {
        animate = false;
        // Every chart is destroyed and drawn again, those outside the statistics too.
        draw(document);
      }
    });
    // Chart.js follows its box with a ResizeObserver, but Chromium leaves the charts scrolled
    // out of view at their old width when the window narrows (a phone turned, a window
    // dragged): they then widen the page. Fit every chart to its box once the resizing stops.
    var resizing;
    window.addEventListener("resize", function () {
      clearTimeout(resizing);
      resizing = setTimeout(function () {
        drawn.forEach(function (chart) {
          chart.resize();
        });
      }, 150);
    });
    // The year selector applies as soon as it changes.
    var yearForm = document.querySelector("form[data-autosubmit]");
    if (yearForm) {
      var button = yearForm.querySelector("button");
      if (button) button.hidden = true;
      yearForm.addEventListener("change", function () {
        yearForm.submit();
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
