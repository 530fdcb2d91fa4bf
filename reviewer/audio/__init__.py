"""The playback engine (PortAudio through sounddevice), decoding with soundfile."""
