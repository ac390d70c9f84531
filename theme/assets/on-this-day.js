// "On this day" on the home page: incidents that started on today's month and day in earlier years,
// picked in the browser so the static site stays current without a rebuild. Without JavaScript (or
// when the data cannot be fetched, as from disk) the section stays hidden.
(function () {
  'use strict';
  var section = document.getElementById('on-this-day');
  if (!section || !window.fetch) return;
  var now = new Date();
  var day = String(now.getMonth() + 1).padStart(2, '0') + '-' + String(now.getDate()).padStart(2, '0');
  var root = section.getAttribute('data-root') || '';
  fetch(section.getAttribute('data-src'))
    .then(function (response) { return response.ok ? response.json() : []; })
    .then(function (entries) {
      var today = entries
        .filter(function (e) { return e.day === day && e.year < now.getFullYear(); })
        .sort(function (a, b) { return b.year - a.year; });
      if (!today.length) return;
      var list = section.querySelector('ul');
      today.forEach(function (e) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + e.url;
        link.textContent = e.title;
        item.appendChild(link);
        item.appendChild(document.createTextNode(' (' + e.year + ', ' + (now.getFullYear() - e.year) + ' year' + (now.getFullYear() - e.year === 1 ? '' : 's') + ' ago)'));
        list.appendChild(item);
      });
      section.hidden = false;
    })
    .catch(function () { /* stays hidden */ });
})();
