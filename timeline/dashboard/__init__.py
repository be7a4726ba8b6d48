"""What the dashboard shows: charts, views, URL state, labels, exports. No streamlit import here."""
