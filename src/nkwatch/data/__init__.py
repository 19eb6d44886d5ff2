"""Domain knowledge as data: lexicons, gazetteer aliases, brand names, evaluation sets."""
