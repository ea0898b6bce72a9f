<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>Controls</name>
    <message>
      <source>Blur (weaker)</source>
      <translation>Размытие (слабее)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Disguise voices</source>
      <translation>Изменить голоса</translation>
    </message>
    <message>
      <source>Ellipse</source>
      <translation>Эллипс</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>Higher finds more faces, including doubtful ones. A false alarm costs a blurred patch of wall; a miss can cost a person.</source>
      <translation>Чем выше, тем больше лиц, включая сомнительные. Ложная тревога стоит размытого куска стены, пропуск может стоить человеку свободы.</translation>
    </message>
    <message>
      <source>How faces are hidden. Solid fill and pixelate are strong; blur is weaker. Hover over a choice for what was measured.</source>
      <translation>Как скрываются лица. Сплошная заливка и пикселизация надёжны, размытие слабее. Наведите на вариант, чтобы увидеть результаты измерений.</translation>
    </message>
    <message>
      <source>Keep original names</source>
      <translation>Сохранить исходные имена</translation>
    </message>
    <message>
      <source>Keep sound (voices stay recognisable)</source>
      <translation>Оставить звук (голоса узнаваемы)</translation>
    </message>
    <message>
      <source>Names:</source>
      <translation>Имена:</translation>
    </message>
    <message>
      <source>Numbered</source>
      <translation>По номерам</translation>
    </message>
    <message>
      <source>Original names often carry the date and time a photo was taken (IMG_20240115_183012) or the camera's name. Use random names unless you need these.</source>
      <translation>Исходные имена часто содержат дату и время съёмки (IMG_20240115_183012) или название камеры. Используйте случайные имена, если эти вам не нужны.</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Pixelate (strong)</source>
      <translation>Пикселизация (надёжно)</translation>
    </message>
    <message>
      <source>Random names (safest)</source>
      <translation>Случайные имена (безопаснее)</translation>
    </message>
    <message>
      <source>Rectangle</source>
      <translation>Прямоугольник</translation>
    </message>
    <message>
      <source>Redaction</source>
      <translation>Скрытие</translation>
    </message>
    <message>
      <source>Remove sound (safest)</source>
      <translation>Удалить звук (безопаснее)</translation>
    </message>
    <message>
      <source>Sensitivity:</source>
      <translation>Чувствительность:</translation>
    </message>
    <message>
      <source>Shape:</source>
      <translation>Форма:</translation>
    </message>
    <message>
      <source>Solid fill (strongest)</source>
      <translation>Сплошная заливка (надёжнее всего)</translation>
    </message>
    <message>
      <source>Sound:</source>
      <translation>Звук:</translation>
    </message>
    <message>
      <source>Strong: a few calm colour cells with noise, sized to the face. In our tests a face recogniser matched 5-7% of the faces, about as many as a texture with no face in it.</source>
      <translation>Надёжно: несколько спокойных цветных клеток с шумом, по размеру лица. В наших тестах система распознавания сопоставила 5–7% лиц — примерно столько же, сколько текстуру, в которой лица нет вовсе.</translation>
    </message>
    <message>
      <source>Strongest: keeps nothing of the face. In our tests a face recogniser matched none of the redacted faces to the originals.</source>
      <translation>Надёжнее всего: от лица не остаётся ничего. В наших тестах система распознавания лиц не сопоставила с оригиналом ни одного скрытого лица.</translation>
    </message>
    <message>
      <source>Style:</source>
      <translation>Способ:</translation>
    </message>
    <message>
      <source>Video</source>
      <translation>Видео</translation>
    </message>
    <message>
      <source>Weaker: in our tests a face recogniser matched about 10% of blurred faces. Use solid fill when it matters.</source>
      <translation>Слабее: в наших тестах система распознавания сопоставила около 10% размытых лиц. Когда это важно, выбирайте сплошную заливку.</translation>
    </message>
    <message>
      <source>fewer</source>
      <translation>меньше</translation>
    </message>
    <message>
      <source>more</source>
      <translation>больше</translation>
    </message>
    <message>
      <source>not chosen yet</source>
      <translation>ещё не выбрана</translation>
    </message>
  </context>
  <context>
    <name>Edits</name>
    <message>
      <source>Add region</source>
      <translation>Добавить область</translation>
    </message>
    <message>
      <source>Brush stroke</source>
      <translation>Мазок кистью</translation>
    </message>
    <message>
      <source>Change frame range</source>
      <translation>Изменить диапазон кадров</translation>
    </message>
    <message>
      <source>Cover this spot</source>
      <translation>Закрыть это место</translation>
    </message>
    <message>
      <source>Delete region</source>
      <translation>Удалить область</translation>
    </message>
    <message>
      <source>Leave this spot visible</source>
      <translation>Оставить это место видимым</translation>
    </message>
    <message>
      <source>Mark as not reviewed</source>
      <translation>Снять отметку «проверено»</translation>
    </message>
    <message>
      <source>Mark as reviewed</source>
      <translation>Отметить как проверенное</translation>
    </message>
    <message>
      <source>Move or resize region</source>
      <translation>Переместить или изменить область</translation>
    </message>
    <message>
      <source>Switch face track off</source>
      <translation>Выключить трек лица</translation>
    </message>
    <message>
      <source>Switch face track on</source>
      <translation>Включить трек лица</translation>
    </message>
    <message>
      <source>Switch region off</source>
      <translation>Выключить область</translation>
    </message>
    <message>
      <source>Switch region on</source>
      <translation>Включить область</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <source>An unexpected error occurred; no output was written.</source>
      <translation>Непредвиденная ошибка; ничего не записано.</translation>
    </message>
    <message>
      <source>Camera RAW files cannot be cleaned safely. Export a JPEG from your photo app first.</source>
      <translation>RAW-файлы камеры нельзя надёжно очистить. Сначала экспортируйте JPEG из фоторедактора.</translation>
    </message>
    <message>
      <source>Cancelled.</source>
      <translation>Отменено.</translation>
    </message>
    <message>
      <source>Only the flattened picture of this Photoshop file was cleaned and kept; its layers were dropped.</source>
      <translation>Из этого файла Photoshop очищено и сохранено только сведённое изображение; его слои отброшены.</translation>
    </message>
    <message>
      <source>Processing failed inside the app; no output was written.</source>
      <translation>Внутренняя ошибка обработки; ничего не записано.</translation>
    </message>
    <message>
      <source>The cleaned copy could not be encoded (an encoder failure, not a problem with your file); no output was written.</source>
      <translation>Не удалось закодировать очищенную копию (сбой кодировщика, а не проблема с вашим файлом); ничего не записано.</translation>
    </message>
    <message>
      <source>The cleaned copy could not be written (is the output folder writable and not full?).</source>
      <translation>Не удалось записать очищенную копию (доступна ли папка для записи и есть ли место?).</translation>
    </message>
    <message>
      <source>The cleaned copy failed the final safety check and was deleted.</source>
      <translation>Очищенная копия не прошла итоговую проверку и удалена.</translation>
    </message>
    <message>
      <source>The face detection model has been modified or damaged; refusing to run. Reinstall the app.</source>
      <translation>Модель поиска лиц изменена или повреждена; работа невозможна. Переустановите приложение.</translation>
    </message>
    <message>
      <source>The face detection model is missing. Reinstall the app.</source>
      <translation>Модель поиска лиц отсутствует. Переустановите приложение.</translation>
    </message>
    <message>
      <source>The face detector could not be started.</source>
      <translation>Не удалось запустить поиск лиц.</translation>
    </message>
    <message>
      <source>The file could not be opened (missing, not a regular file, or not readable).</source>
      <translation>Не удалось открыть файл (его нет, это не обычный файл или нет прав на чтение).</translation>
    </message>
    <message>
      <source>The file has no video picture to clean (audio only or empty).</source>
      <translation>В файле нет видеоизображения (только звук или пусто).</translation>
    </message>
    <message>
      <source>The file is damaged or incomplete and cannot be read completely.</source>
      <translation>Файл повреждён или неполон и не читается целиком.</translation>
    </message>
    <message>
      <source>The file is empty (0 bytes).</source>
      <translation>Файл пуст (0 байт).</translation>
    </message>
    <message>
      <source>The file was cleaned, with a warning.</source>
      <translation>Файл очищен, но с предупреждением.</translation>
    </message>
    <message>
      <source>The image declares a size too large to open safely (possible decompression bomb).</source>
      <translation>Изображение заявляет слишком большой размер для безопасного открытия (возможна «бомба-распаковка»).</translation>
    </message>
    <message>
      <source>The output folder's path is too long for this system (Windows allows 260 characters). Choose a folder with a shorter path.</source>
      <translation>Путь к папке для результата слишком длинный для этой системы (Windows допускает 260 символов). Выберите папку с более коротким путём.</translation>
    </message>
    <message>
      <source>The video has no face track with the number given, at these settings. Run detect again with the same settings and use its track numbers.</source>
      <translation>При этих настройках в видео нет трека лица с указанным номером. Запустите detect ещё раз с теми же настройками и возьмите номера треков из его вывода.</translation>
    </message>
    <message>
      <source>The video or the detection settings changed after its faces were reviewed. Look at it again before exporting.</source>
      <translation>Видео или настройки распознавания изменились после проверки лиц. Просмотрите его ещё раз перед экспортом.</translation>
    </message>
    <message>
      <source>This animation is too long or too large to be cleaned as an animation. Convert it to a video first.</source>
      <translation>Эта анимация слишком длинная или слишком большая, чтобы очистить её как анимацию. Сначала преобразуйте её в видео.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: reading it needed more memory than the app allows. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Этот файл не удалось безопасно открыть: для его чтения нужно больше памяти, чем разрешает приложение. Возможно, он создан для атаки на приложение; остальные файлы это не затронуло.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: reading it took far longer than a file of its size should, so it was stopped. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Этот файл не удалось безопасно открыть: его чтение заняло гораздо больше времени, чем нужно файлу такого размера, и было остановлено. Возможно, он создан для атаки на приложение; остальные файлы это не затронуло.</translation>
    </message>
    <message>
      <source>This file could not be opened safely: the reader crashed on it. It may have been made to attack the app; the other files are not affected.</source>
      <translation>Этот файл не удалось безопасно открыть: программа чтения на нём аварийно завершилась. Возможно, он создан для атаки на приложение; остальные файлы это не затронуло.</translation>
    </message>
    <message>
      <source>This is a JPEG XL image, and this copy of the app has no JPEG XL reader. Export a JPEG from your photo app first.</source>
      <translation>Это изображение JPEG XL, а в этой копии приложения нет модуля для чтения JPEG XL. Сначала экспортируйте JPEG из своего фотоприложения.</translation>
    </message>
    <message>
      <source>This is a QuickTime reference movie: its pictures are stored in other files, which the app does not open. Export it as a self-contained movie first.</source>
      <translation>Это ссылочный фильм QuickTime: его кадры хранятся в других файлах, которые приложение не открывает. Сначала экспортируйте его как самодостаточный фильм.</translation>
    </message>
    <message>
      <source>This is a device, not a file; it was skipped.</source>
      <translation>Это устройство, а не файл; оно пропущено.</translation>
    </message>
    <message>
      <source>This is a link to a file that no longer exists; there was nothing to clean.</source>
      <translation>Это ссылка на файл, которого больше нет; очищать было нечего.</translation>
    </message>
    <message>
      <source>This is a link to something outside the folder; links are not followed while a folder is walked. Add the file itself to clean it.</source>
      <translation>Это ссылка на что-то за пределами папки; при обходе папки приложение не переходит по ссылкам. Чтобы очистить файл, добавьте его напрямую.</translation>
    </message>
    <message>
      <source>This is a named pipe (FIFO), not a file; it was skipped.</source>
      <translation>Это именованный канал (FIFO), а не файл; он пропущен.</translation>
    </message>
    <message>
      <source>This is a socket, not a file; it was skipped.</source>
      <translation>Это сокет, а не файл; он пропущен.</translation>
    </message>
    <message>
      <source>This is an animated image: it is cleaned frame by frame when it is exported, but it cannot be opened as a single photo.</source>
      <translation>Это анимированное изображение: при экспорте оно очищается кадр за кадром, но открыть его как одно фото нельзя.</translation>
    </message>
    <message>
      <source>This is not a photo or video format the app can read.</source>
      <translation>Это не фото или видео в формате, который приложение умеет читать.</translation>
    </message>
    <message>
      <source>This kind of animated image is not supported (animated GIF and WebP are). Convert the animation to a video first.</source>
      <translation>Такие анимированные изображения не поддерживаются (анимированные GIF и WebP поддерживаются). Сначала преобразуйте анимацию в видео.</translation>
    </message>
    <message>
      <source>This kind of file is not supported.</source>
      <translation>Такие файлы не поддерживаются.</translation>
    </message>
  </context>
  <context>
    <name>Help</name>
    <message>
      <source>About</source>
      <translation>О программе</translation>
    </message>
    <message>
      <source>Covers faces and removes hidden data from photos and videos, offline. No network access, no update check, no telemetry.</source>
      <translation>Закрывает лица и удаляет скрытые данные из фото и видео без подключения к сети. Никакого доступа к сети, проверки обновлений и телеметрии.</translation>
    </message>
    <message>
      <source>Delete the selected region you drew</source>
      <translation>Удалить выбранную область, нарисованную вами</translation>
    </message>
    <message>
      <source>Draw the other shape</source>
      <translation>Нарисовать другую форму</translation>
    </message>
    <message>
      <source>Embedded thumbnails and previews (they show the original unredacted), Motion Photo videos, data after the end of the image.</source>
      <translation>Встроенные миниатюры и превью (на них оригинал без закрытых лиц), видео Motion Photo, данные после конца изображения.</translation>
    </message>
    <message>
      <source>Face model: RetinaFace (MobileNetV2), from the weights of the retinaface 1.1.1 package (MIT licence), trained on the WIDER FACE data set. It ships inside the app and is checked against its SHA-256 at every start.</source>
      <translation>Модель лиц: RetinaFace (MobileNetV2), веса из пакета retinaface 1.1.1 (лицензия MIT), обучена на наборе данных WIDER FACE. Поставляется внутри приложения и при каждом запуске сверяется с её SHA-256.</translation>
    </message>
    <message>
      <source>Faces the detector missed and nobody covered: always look before you share, and use the crowd check (G) on crowds.</source>
      <translation>Лица, которые детектор пропустил и никто не закрыл: всегда смотрите перед публикацией и используйте проверку толпы (G) на снимках толпы.</translation>
    </message>
    <message>
      <source>Faces: the detector covers the faces it is sure of; the ones it is unsure of are shown to you to decide (U, C, X).</source>
      <translation>Лица: детектор закрывает лица, в которых уверен; сомнительные показываются вам для решения (U, C, X).</translation>
    </message>
    <message>
      <source>Gait, clothes, tattoos, hair, bags and body shape.</source>
      <translation>Походку, одежду, татуировки, волосы, сумки и телосложение.</translation>
    </message>
    <message>
      <source>Got it</source>
      <translation>Понятно</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Справка</translation>
    </message>
    <message>
      <source>In videos: container and stream tags, chapters, subtitles, GPS tracks, and the sound unless you keep it.</source>
      <translation>В видео: теги контейнера и потоков, главы, субтитры, GPS-треки и звук, если вы его не оставите.</translation>
    </message>
    <message>
      <source>Licence: GNU General Public License, version 3 or later. You may get, change and share its source code under the same terms.</source>
      <translation>Лицензия: GNU General Public License версии 3 или более поздней. Вы можете получать, изменять и распространять исходный код на тех же условиях.</translation>
    </message>
    <message>
      <source>Location, time, camera make, model and serial numbers, owner names, maker notes, XMP, IPTC, comments.</source>
      <translation>Место, время, марку, модель и серийные номера камеры, имена владельцев, заметки производителя, XMP, IPTC, комментарии.</translation>
    </message>
    <message>
      <source>Nothing is uploaded: everything happens on this computer.</source>
      <translation>Ничего не загружается в сеть: всё происходит на этом компьютере.</translation>
    </message>
    <message>
      <source>Pan the picture</source>
      <translation>Сдвинуть изображение</translation>
    </message>
    <message>
      <source>Select the next or previous region</source>
      <translation>Выбрать следующую или предыдущую область</translation>
    </message>
    <message>
      <source>Shift + drag</source>
      <translation>Shift + перетаскивание</translation>
    </message>
    <message>
      <source>Shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Space + drag, or the middle mouse button</source>
      <translation>Пробел + перетаскивание или средняя кнопка мыши</translation>
    </message>
    <message>
      <source>Stop the crowd check</source>
      <translation>Закончить проверку толпы</translation>
    </message>
    <message>
      <source>The background: street signs, shop fronts, landmarks.</source>
      <translation>Фон: таблички с названиями улиц, витрины, достопримечательности.</translation>
    </message>
    <message>
      <source>The camera's sensor fingerprint, which survives in the pixels.</source>
      <translation>Отпечаток матрицы камеры, который остаётся в пикселях.</translation>
    </message>
    <message>
      <source>This app finds faces and covers them, and writes new copies without location, time, camera and other hidden data. It cannot hide what still identifies people: gait, clothes, tattoos, the background, voices (unless you remove the sound) and the camera's own sensor fingerprint. Check every photo, cover what the detector missed, and share only the cleaned copies.</source>
      <translation>Приложение находит лица и скрывает их, а затем записывает новые копии без местоположения, времени, модели камеры и других скрытых данных. Оно не может скрыть то, что всё равно выдаёт человека: походку, одежду, татуировки, фон, голос (если не удалить звук) и собственный «отпечаток» матрицы камеры. Проверьте каждое фото, закройте то, что пропустил поиск, и публикуйте только очищенные копии.</translation>
    </message>
    <message>
      <source>Voices, if you keep a video's sound; accent and words even when disguised.</source>
      <translation>Голоса, если вы оставите звук видео; акцент и слова — даже при изменённом голосе.</translation>
    </message>
    <message>
      <source>What is removed</source>
      <translation>Что удаляется</translation>
    </message>
    <message>
      <source>What it cannot remove</source>
      <translation>Что нельзя удалить</translation>
    </message>
    <message>
      <source>What it removes</source>
      <translation>Что удаляется</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%1 px across</source>
      <translation>%1 пикс. в поперечнике</translation>
    </message>
    <message numerus="yes">
      <source>%n cleaned copy(ies) written.</source>
      <translation>
        <numerusform>Записана %n очищенная копия.</numerusform>
        <numerusform>Записаны %n очищенные копии.</numerusform>
        <numerusform>Записано %n очищенных копий.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face track(s) found: click one to leave it visible</source>
      <translation>
        <numerusform>Найден %n трек лица: щёлкните по треку, чтобы оставить его видимым</numerusform>
        <numerusform>Найдено %n трека лиц: щёлкните по треку, чтобы оставить его видимым</numerusform>
        <numerusform>Найдено %n треков лиц: щёлкните по треку, чтобы оставить его видимым</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n face(s) found on this frame</source>
      <translation>
        <numerusform>На этом кадре найдено %n лицо</numerusform>
        <numerusform>На этом кадре найдено %n лица</numerusform>
        <numerusform>На этом кадре найдено %n лиц</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) added</source>
      <translation>
        <numerusform>Добавлен %n файл</numerusform>
        <numerusform>Добавлено %n файла</numerusform>
        <numerusform>Добавлено %n файлов</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) could not be cleaned (see the list).</source>
      <translation>
        <numerusform>%n файл не удалось очистить (см. список).</numerusform>
        <numerusform>%n файла не удалось очистить (см. список).</numerusform>
        <numerusform>%n файлов не удалось очистить (см. список).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n file(s) in the list have no cleaned copy yet; your review of them will be lost. Quit anyway?</source>
      <translation>
        <numerusform>Для %n файла в списке ещё нет очищенной копии; ваша проверка будет потеряна. Всё равно выйти?</numerusform>
        <numerusform>Для %n файлов в списке ещё нет очищенной копии; ваша проверка будет потеряна. Всё равно выйти?</numerusform>
        <numerusform>Для %n файлов в списке ещё нет очищенной копии; ваша проверка будет потеряна. Всё равно выйти?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n минута</numerusform>
        <numerusform>%n минуты</numerusform>
        <numerusform>%n минут</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n of %1 file(s) have not been reviewed</source>
      <translation>
        <numerusform>%n из %1 файлов не проверен</numerusform>
        <numerusform>%n из %1 файлов не проверены</numerusform>
        <numerusform>%n из %1 файлов не проверены</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n секунда</numerusform>
        <numerusform>%n секунды</numerusform>
        <numerusform>%n секунд</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n unsure spot(s) not decided</source>
      <translation>
        <numerusform>%n сомнительное место не решено</numerusform>
        <numerusform>%n сомнительных места не решены</numerusform>
        <numerusform>%n сомнительных мест не решено</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Review</source>
      <translation>&amp;Проверка</translation>
    </message>
    <message>
      <source>&amp;Settings</source>
      <translation>&amp;Настройки</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <source>About Anonymizer</source>
      <translation>О программе Anonymizer</translation>
    </message>
    <message>
      <source>Add every photo and video in a folder</source>
      <translation>Добавить все фото и видео из папки</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Добавить файлы…</translation>
    </message>
    <message>
      <source>Add folder…</source>
      <translation>Добавить папку…</translation>
    </message>
    <message>
      <source>Add photos or videos to the list</source>
      <translation>Добавить фото или видео в список</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Все файлы (*)</translation>
    </message>
    <message>
      <source>An export is running. Cancel it and quit?</source>
      <translation>Идёт экспорт. Отменить его и выйти?</translation>
    </message>
    <message>
      <source>Anonymizer – cover faces, remove hidden data</source>
      <translation>Anonymizer — скрыть лица, удалить скрытые данные</translation>
    </message>
    <message>
      <source>Brush</source>
      <translation>Кисть</translation>
    </message>
    <message>
      <source>Brush size ([ and ]):</source>
      <translation>Размер кисти ([ и ]):</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Cancelled: nothing was left half-written.</source>
      <translation>Отменено: недописанных файлов не осталось.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>Change shape</source>
      <translation>Сменить форму</translation>
    </message>
    <message>
      <source>Cleaned copy</source>
      <translation>Очищенная копия</translation>
    </message>
    <message>
      <source>Cover this spot</source>
      <translation>Закрыть это место</translation>
    </message>
    <message>
      <source>Crowd check</source>
      <translation>Проверка толпы</translation>
    </message>
    <message>
      <source>Crowd check done.</source>
      <translation>Проверка толпы закончена.</translation>
    </message>
    <message>
      <source>Crowd check: part %1 of %2. Click a face to cover it; G for the next part, Esc to stop.</source>
      <translation>Проверка толпы: часть %1 из %2. Щёлкните по лицу, чтобы закрыть его; G — следующая часть, Esc — закончить.</translation>
    </message>
    <message>
      <source>Crowd check: previous part</source>
      <translation>Проверка толпы: предыдущая часть</translation>
    </message>
    <message>
      <source>Drag on the picture to cover an area (hold Shift for the other shape); click a region to switch it off or on; drag its handles to resize</source>
      <translation>Протяните по изображению, чтобы закрыть область (с Shift — другой формы); щелчок по области выключает или включает её; маркеры меняют размер</translation>
    </message>
    <message>
      <source>Draw a region on the frame to cover something the detector misses.</source>
      <translation>Нарисуйте область на кадре, чтобы закрыть то, что пропускает поиск.</translation>
    </message>
    <message>
      <source>Drop photos, videos or folders here, or use File &gt; Add files.

Nothing is uploaded: everything happens on this computer.</source>
      <translation>Перетащите сюда фото, видео или папки либо выберите Файл &gt; Добавить файлы.

Ничего не отправляется в интернет: всё происходит на этом компьютере.</translation>
    </message>
    <message>
      <source>Export all</source>
      <translation>Экспортировать все</translation>
    </message>
    <message>
      <source>Export anyway</source>
      <translation>Всё равно экспортировать</translation>
    </message>
    <message>
      <source>Export running</source>
      <translation>Идёт экспорт</translation>
    </message>
    <message>
      <source>Export this file</source>
      <translation>Экспортировать этот файл</translation>
    </message>
    <message>
      <source>Exporting %1 (%2 of %3)</source>
      <translation>Экспорт %1 (%2 из %3)</translation>
    </message>
    <message>
      <source>Faces the detector was unsure of stay visible unless you cover them. Review them now, or export anyway?</source>
      <translation>Лица, в которых детектор не уверен, останутся видимыми, если вы их не закроете. Проверить их сейчас или всё равно экспортировать?</translation>
    </message>
    <message>
      <source>Files not looked at yet are still cleaned at export: the detector runs then, with nobody reviewing them</source>
      <translation>Ещё не просмотренные файлы всё равно будут очищены при экспорте: детектор сработает тогда, но никто их не проверит</translation>
    </message>
    <message>
      <source>Finding face tracks: %1%</source>
      <translation>Поиск треков лиц: %1%</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Вписать</translation>
    </message>
    <message>
      <source>Fit the picture to the window</source>
      <translation>Вписать изображение в окно</translation>
    </message>
    <message>
      <source>Frame %1 of %2</source>
      <translation>Кадр %1 из %2</translation>
    </message>
    <message>
      <source>Go to the next spot the detector was unsure of, largest first, zoomed in</source>
      <translation>Перейти к следующему месту, в котором детектор не уверен (сначала самые крупные), с увеличением</translation>
    </message>
    <message>
      <source>Green: face, covered. Orange ?: big and unsure, check it. Violet ?: maybe a face, not covered until you press C (X leaves it). Red cross: switched off. Blue: added by you. U: next unsure spot, G: crowd check.</source>
      <translation>Зелёный: лицо, будет закрыто. Оранжевый ?: крупное и сомнительное, проверьте. Фиолетовый ?: возможно лицо, не закрыто, пока вы не нажмёте C (X — оставить). Красный крест: выключено. Синий: добавлено вами. U: следующее сомнительное место, G: проверка толпы.</translation>
    </message>
    <message>
      <source>It is a face (or something to hide): redact it</source>
      <translation>Это лицо (или то, что нужно скрыть): закрыть</translation>
    </message>
    <message>
      <source>It is not a face: do not redact it</source>
      <translation>Это не лицо: не закрывать</translation>
    </message>
    <message>
      <source>Keep working</source>
      <translation>Продолжить работу</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Larger brush</source>
      <translation>Кисть больше</translation>
    </message>
    <message>
      <source>Leave this spot visible</source>
      <translation>Оставить это место видимым</translation>
    </message>
    <message>
      <source>Looking at files: %1 of %2</source>
      <translation>Просмотр файлов: %1 из %2</translation>
    </message>
    <message>
      <source>Looking for faces…</source>
      <translation>Поиск лиц…</translation>
    </message>
    <message>
      <source>Mark reviewed</source>
      <translation>Отметить: проверено</translation>
    </message>
    <message>
      <source>Next file</source>
      <translation>Следующий файл</translation>
    </message>
    <message>
      <source>Next unsure spot</source>
      <translation>Следующее сомнительное место</translation>
    </message>
    <message>
      <source>No file manager could be opened. The cleaned copies are in this folder:</source>
      <translation>Не удалось открыть файловый менеджер. Очищенные копии находятся в этой папке:</translation>
    </message>
    <message>
      <source>No unsure spot is left to decide.</source>
      <translation>Сомнительных мест, требующих решения, не осталось.</translation>
    </message>
    <message>
      <source>Not exported</source>
      <translation>Не экспортировано</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation>Не проверено</translation>
    </message>
    <message>
      <source>Nothing unsure here: look at the picture, then mark it reviewed (M).</source>
      <translation>Сомнительных мест нет: посмотрите на снимок, затем отметьте его как проверенный (M).</translation>
    </message>
    <message>
      <source>Opening…</source>
      <translation>Открытие…</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>Оригинал</translation>
    </message>
    <message>
      <source>Paint over anything else: a tattoo, a sign, a name tag</source>
      <translation>Закрасить что угодно ещё: татуировку, плакат, бейдж</translation>
    </message>
    <message>
      <source>Photos and videos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</source>
      <translation>Фото и видео (*.jpg *.jpeg *.png *.webp *.heic *.heif *.avif *.tif *.tiff *.gif *.bmp *.ppm *.pgm *.pbm *.pnm *.psd *.jxl *.mp4 *.mov *.m4v *.3gp *.3g2 *.mkv *.webm *.avi *.ts *.mts *.m2ts *.wmv *.asf *.mpg *.mpeg *.vob *.mod *.flv)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Previous file</source>
      <translation>Предыдущий файл</translation>
    </message>
    <message>
      <source>Previous unsure spot</source>
      <translation>Предыдущее сомнительное место</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <source>Redo: %1</source>
      <translation>Повторить: %1</translation>
    </message>
    <message>
      <source>Region ends here</source>
      <translation>Область до этого кадра</translation>
    </message>
    <message>
      <source>Region starts here</source>
      <translation>Область с этого кадра</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Области</translation>
    </message>
    <message>
      <source>Remove from list</source>
      <translation>Убрать из списка</translation>
    </message>
    <message>
      <source>Review them</source>
      <translation>Проверить их</translation>
    </message>
    <message>
      <source>Same folder as the originals</source>
      <translation>Та же папка, что и у оригиналов</translation>
    </message>
    <message>
      <source>Say that you have checked this file</source>
      <translation>Отметить, что вы проверили этот файл</translation>
    </message>
    <message>
      <source>Selected region: frames %1 to %2</source>
      <translation>Выбранная область: кадры с %1 по %2</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Показать в папке</translation>
    </message>
    <message>
      <source>Show the picture as it will be exported</source>
      <translation>Показать изображение таким, каким оно будет экспортировано</translation>
    </message>
    <message>
      <source>Smaller brush</source>
      <translation>Кисть меньше</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Запуск…</translation>
    </message>
    <message>
      <source>Step through the picture part by part, zoomed in, to find small faces in a crowd; click a face to cover it</source>
      <translation>Пройти снимок по частям с увеличением, чтобы найти мелкие лица в толпе; щёлкните по лицу, чтобы закрыть его</translation>
    </message>
    <message>
      <source>Stop looking</source>
      <translation>Остановить просмотр</translation>
    </message>
    <message>
      <source>Switch selected region on/off</source>
      <translation>Включить/выключить выбранную область</translation>
    </message>
    <message>
      <source>System language</source>
      <translation>Язык системы</translation>
    </message>
    <message>
      <source>The cleaned copies would be written next to the originals, where they are easy to mix up. Continue anyway?</source>
      <translation>Очищенные копии будут записаны рядом с оригиналами, где их легко перепутать. Всё равно продолжить?</translation>
    </message>
    <message>
      <source>This file cannot be cleaned: %1</source>
      <translation>Этот файл нельзя очистить: %1</translation>
    </message>
    <message>
      <source>This list is shown here only and is never saved: the names of the originals can carry the date and time they were taken.</source>
      <translation>Этот список показывается только здесь и нигде не сохраняется: имена оригиналов могут содержать дату и время съёмки.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Undo: %1</source>
      <translation>Отменить: %1</translation>
    </message>
    <message>
      <source>Update detected faces</source>
      <translation>Обновить найденные лица</translation>
    </message>
    <message>
      <source>What this app removes…</source>
      <translation>Что удаляет это приложение…</translation>
    </message>
    <message>
      <source>Where should the cleaned copies go?</source>
      <translation>Куда сохранить очищенные копии?</translation>
    </message>
    <message>
      <source>Which copy is which?</source>
      <translation>Какая копия из какого файла?</translation>
    </message>
    <message>
      <source>Write a cleaned copy of the shown file</source>
      <translation>Записать очищенную копию показанного файла</translation>
    </message>
    <message>
      <source>Write cleaned copies of every file in the list</source>
      <translation>Записать очищенные копии всех файлов списка</translation>
    </message>
    <message>
      <source>Yellow: faces found on this frame. Draw a region to cover something on a range of frames.</source>
      <translation>Жёлтый: лица, найденные на этом кадре. Нарисуйте область, чтобы закрыть что-то на ряде кадров.</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Увеличить</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Уменьшить</translation>
    </message>
    <message>
      <source>Zoom: %1%</source>
      <translation>Масштаб: %1%</translation>
    </message>
    <message>
      <source>about %1 left</source>
      <translation>осталось около %1</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>ошибка</translation>
    </message>
  </context>
  <context>
    <name>Metadata</name>
    <message>
      <source>After export</source>
      <translation>После экспорта</translation>
    </message>
    <message>
      <source>Device</source>
      <translation>Устройство</translation>
    </message>
    <message>
      <source>Embedded images and videos</source>
      <translation>Встроенные изображения и видео</translation>
    </message>
    <message>
      <source>Identifying information in this file</source>
      <translation>Опознающие данные в этом файле</translation>
    </message>
    <message>
      <source>Location</source>
      <translation>Местоположение</translation>
    </message>
    <message>
      <source>Nothing identifying found</source>
      <translation>Опознающих данных не найдено</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Прочее</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Люди</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <source>will be removed</source>
      <translation>будет удалено</translation>
    </message>
    <message>
      <source>⚠ The check after writing still found: %1</source>
      <translation>⚠ Проверка после записи всё ещё нашла: %1</translation>
    </message>
    <message>
      <source>✔ Checked after writing: the cleaned copy carries no identifying metadata and every redacted area was changed.</source>
      <translation>✔ Проверено после записи: в очищенной копии нет опознающих метаданных, и каждая скрытая область изменена.</translation>
    </message>
  </context>
  <context>
    <name>Queue</name>
    <message numerus="yes">
      <source>%n face(s) found</source>
      <translation>
        <numerusform>Найдено %n лицо</numerusform>
        <numerusform>Найдено %n лица</numerusform>
        <numerusform>Найдено %n лиц</numerusform>
      </translation>
    </message>
    <message>
      <source>Error: %1</source>
      <translation>Ошибка: %1</translation>
    </message>
    <message>
      <source>Exported</source>
      <translation>Экспортировано</translation>
    </message>
    <message numerus="yes">
      <source>Exported, %n face(s) covered</source>
      <translation>
        <numerusform>Экспортировано, скрыто %n лицо</numerusform>
        <numerusform>Экспортировано, скрыто %n лица</numerusform>
        <numerusform>Экспортировано, скрыто %n лиц</numerusform>
      </translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Looking for faces…</source>
      <translation>Поиск лиц…</translation>
    </message>
    <message>
      <source>Not looked at yet</source>
      <translation>Ещё не просмотрено</translation>
    </message>
    <message>
      <source>Not reviewed yet</source>
      <translation>Ещё не проверено</translation>
    </message>
    <message numerus="yes">
      <source>Not reviewed: %n unsure spot(s) to decide</source>
      <translation>
        <numerusform>Не проверено: %n сомнительное место</numerusform>
        <numerusform>Не проверено: %n сомнительных места</numerusform>
        <numerusform>Не проверено: %n сомнительных мест</numerusform>
      </translation>
    </message>
    <message>
      <source>Video: faces are found on every frame at export</source>
      <translation>Видео: лица ищутся на каждом кадре при экспорте</translation>
    </message>
    <message>
      <source>refining…</source>
      <translation>уточнение…</translation>
    </message>
    <message>
      <source>✓ Reviewed</source>
      <translation>✓ Проверено</translation>
    </message>
  </context>
  <context>
    <name>Warnings</name>
    <message>
      <source>A sidecar file (.xmp, .aae or .thm) sits next to the original. It is not copied, but it may hold location and edits: do not share it.</source>
      <translation>Рядом с оригиналом лежит файл-спутник (.xmp, .aae или .thm). Он не копируется, но может хранить местоположение и правки: не публикуйте его.</translation>
    </message>
    <message>
      <source>This file carries hidden previews of the original picture. They are not copied to the cleaned file.</source>
      <translation>В файле есть скрытые превью исходного снимка. Они не копируются в очищенный файл.</translation>
    </message>
    <message>
      <source>This is a Motion Photo: a short video, often with sound, is hidden inside it and shows everyone unredacted. The cleaned copy is a still photo without it; never share the original.</source>
      <translation>Это Motion Photo: внутри спрятано короткое видео, часто со звуком, и на нём все видны без скрытия. Очищенная копия — неподвижное фото без него; никогда не публикуйте оригинал.</translation>
    </message>
    <message>
      <source>This looks like a Live Photo: a video with the same name sits next to it and shows everyone unredacted. Add that video too if you need it, and never share the original pair.</source>
      <translation>Похоже на Live Photo: рядом лежит видео с тем же именем, и на нём все видны без скрытия. Добавьте и это видео, если оно нужно, и никогда не публикуйте исходную пару.</translation>
    </message>
  </context>
</TS>
