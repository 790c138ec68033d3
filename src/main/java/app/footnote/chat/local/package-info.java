/**
 * Local play: a JSON API and a web page served by the bot itself, so anyone can play without Discord. Local players
 * form one server, "local", and their names are their ids.
 */
package app.footnote.chat.local;
