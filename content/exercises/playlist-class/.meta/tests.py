import unittest
from student import Playlist


def road_trip():
    trip = Playlist("Road trip")
    trip.add("Yellow", 269)
    trip.add("Go", 156)
    return trip


class TestPlaylist(unittest.TestCase):
    def test_len_counts_the_songs(self):
        self.assertEqual(len(Playlist("Empty")), 0, "a new playlist should have len() 0: write __len__")
        self.assertEqual(len(road_trip()), 2, "after adding two songs, len() should be 2")

    def test_in_finds_an_added_song(self):
        trip = road_trip()
        self.assertTrue("Go" in trip, '"Go" in trip should be True: write __contains__')
        self.assertFalse("Help" in trip, '"Help" in trip should be False: that song was never added')

    def test_duration_adds_up_the_songs(self):
        self.assertEqual(road_trip().duration(), "7:05", '269 + 156 = 425 seconds should be "7:05" (seconds always with two digits)')
        self.assertEqual(Playlist("Empty").duration(), "0:00", 'an empty playlist lasts "0:00"')

    def test_longest_names_the_longest_song(self):
        trip = road_trip()
        self.assertEqual(trip.longest(), "Yellow", 'the longest song is "Yellow"')
        trip.add("Tie", 269)
        self.assertEqual(trip.longest(), "Yellow", "when two songs are equally long, longest() gives the one added first")
        self.assertIsNone(Playlist("Empty").longest(), "longest() of an empty playlist should be None")

    def test_str_shows_name_count_and_duration(self):
        self.assertEqual(str(road_trip()), "Road trip: 2 songs, 7:05", 'str() should be "Road trip: 2 songs, 7:05": write __str__')
        one = Playlist("Solo")
        one.add("Hello", 61)
        self.assertEqual(str(one), "Solo: 1 song, 1:01", 'with one song, say "1 song", not "1 songs"')

    def test_refuses_bad_songs(self):
        trip = road_trip()
        with self.assertRaises(ValueError, msg="add() with 0 seconds should raise ValueError"):
            trip.add("Silence", 0)
        with self.assertRaises(ValueError, msg='adding "Go" a second time should raise ValueError'):
            trip.add("Go", 100)
        self.assertEqual(len(trip), 2, "a refused song must not be added")
