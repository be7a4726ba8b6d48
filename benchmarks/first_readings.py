"""Confidence calibrated on first readings: each written batch's dev half as the pipeline read it while blind.

(Work in progress: the landing rule is fixed in this commit's message before any comparison is read.)
"""
