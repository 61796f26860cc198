"""Files and pages to articles: the corpus walker, header lines, text normalisation with its offset
map, reading regular files, saved and fetched web pages."""
