import unittest
from student import {{cls}}


class TestLight(unittest.TestCase):
    def test_starts_off(self):
        light = {{cls}}()
        self.assertEqual(light.is_on, False, "a new {{cls}} should be off (is_on is False)")
        self.assertEqual(light.presses, 0, "a new {{cls}} has been switched 0 times")
        self.assertEqual(light.status(), "off", 'status() of a new {{cls}} should be "off"')

    def test_switch_on(self):
        light = {{cls}}()
        light.switch()
        self.assertEqual(light.is_on, True, "after one switch() the light should be on")
        self.assertEqual(light.status(), "on", 'status() should be "on" after one switch()')

    def test_switch_back_off(self):
        light = {{cls}}()
        light.switch()
        light.switch()
        self.assertEqual(light.status(), "off", 'after two switch() calls the light should be "off" again')
        self.assertEqual(light.presses, 2, "presses should count every switch(): 2")

    def test_lights_are_separate(self):
        kitchen = {{cls}}()
        hall = {{cls}}()
        kitchen.switch()
        self.assertEqual(hall.status(), "off", "switching one {{cls}} must not change another one")
        self.assertEqual(kitchen.status(), "on", "the {{cls}} that was switched should be on")
