def busiest_weekday(dates):
    pass
