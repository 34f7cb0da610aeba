import unittest
from student import Hero


class TestHero(unittest.TestCase):
    def test_new_hero(self):
        hero = Hero("Zelda")
        self.assertEqual(hero.name, "Zelda", 'Hero("Zelda").name should be "Zelda"')
        self.assertEqual(hero.health, {{max_hp}}, "a new hero should start with {{max_hp}} health")
        self.assertEqual(hero.is_alive(), True, "a new hero is alive")

    def test_damage_and_heal(self):
        hero = Hero("Link")
        hero.take_damage(30)
        self.assertEqual(hero.health, {{max_hp}} - 30, "after take_damage(30) health should be {{max_hp}} - 30")
        hero.heal(10)
        self.assertEqual(hero.health, {{max_hp}} - 20, "after heal(10) health should go up by 10")

    def test_never_above_max(self):
        hero = Hero("Link")
        hero.take_damage(5)
        hero.heal(500)
        self.assertEqual(hero.health, {{max_hp}}, "healing can never raise health above {{max_hp}}")

    def test_never_below_zero(self):
        hero = Hero("Link")
        hero.take_damage(1000)
        self.assertEqual(hero.health, 0, "damage can never push health below 0")
        self.assertEqual(hero.is_alive(), False, "a hero with 0 health is not alive")

    def test_setting_health_directly(self):
        hero = Hero("Link")
        hero.health = -20
        self.assertEqual(hero.health, 0, "hero.health = -20 should store 0: use a property setter")
        hero.health = 9999
        self.assertEqual(hero.health, {{max_hp}}, "hero.health = 9999 should store {{max_hp}}")
        hero.health = 42
        self.assertEqual(hero.health, 42, "hero.health = 42 should store 42")
