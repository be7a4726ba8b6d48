// The story list as one page element (app.py mounts it with st.components.v2, see timeline/dashboard/story.py):
// one native <button> per event (a real click, Tab and Enter reach it), its date and title, and under it the
// actors and articles. Every text is set with textContent: article text never becomes markup.
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  let list = parentElement.querySelector("ol.story-list");
  if (!list) {
    list = document.createElement("ol");
    list.className = "story-list";
    parentElement.appendChild(list);
  }
  const items = [];
  for (const [eventId, label, more] of (data && data.rows) || []) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.dataset.event = eventId;
    button.addEventListener("click", () => setTriggerValue("open", eventId));
    item.appendChild(button);
    if (more) {
      const line = document.createElement("div");
      line.className = "story-more";
      line.textContent = more;
      item.appendChild(line);
    }
    items.push(item);
  }
  list.replaceChildren(...items);
}
